import { DateTimeScalar } from './date-time.js';
import { Field, Float, ID, Int } from 'type-graphql';
import type { Role } from './access.js';
import { BadInputError } from './errors.js';
import { parseId } from './ids.js';
import { LocalDateScalar } from './local-date.js';

/** A type-graphql type function, as `@Field` takes it: a class, a scalar, an enum or a list of one. */
export type TypeValueThunk = () => Parameters<typeof Field>[0] extends infer T ? (T extends (...args: never[]) => infer R ? R : never) : never;

/**
 * One field of a resource, described once: its GraphQL type, how its input is validated,
 * and how lists may filter and sort on it. The CRUD machinery builds the create, update
 * and filter types and the SQL conditions from these descriptions.
 */
export interface FieldSpec<T = unknown> {
  type: TypeValueThunk;
  /** May be left out on create (the database or the service supplies a value). */
  optional: boolean;
  /** Null is a valid value. */
  nullable: boolean;
  /** `write`: create and update; `create`: create only; `read`: never an input (filter and sort only). */
  on: 'write' | 'create' | 'read';
  /** `range` adds `_lt/_lte/_gt/_gte/_neq`; `contains` tests membership in an array column. */
  filter: 'eq' | 'range' | 'contains' | 'none';
  sortable: boolean;
  /** Part of the `q` text search. */
  search: boolean;
  /** Only these roles may read, filter, search or sort on it (personal contact details). */
  visibleTo?: readonly Role[];
  /** Checks and normalises a non-null value; throws BadInputError naming the field. */
  parse(value: unknown, field: string): T;
}

type Base<T> = Omit<FieldSpec<T>, 'optional' | 'nullable' | 'on' | 'search'> &
  Partial<Pick<FieldSpec<T>, 'search'>>;

function spec<T>(base: Base<T>): FieldSpec<T> {
  return { optional: false, nullable: false, on: 'write', search: false, ...base };
}

// Control characters (NUL included) are refused everywhere; multi-line text keeps tab and newlines.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK = /[\t\n\r]/;

export function text(
  options: { max: number; min?: number; multiline?: boolean; pattern?: RegExp; patternMessage?: string } = {
    max: 200,
  },
): FieldSpec<string> {
  const { max, min = 1, multiline = false, pattern, patternMessage } = options;
  return spec({
    type: () => String,
    filter: 'eq',
    sortable: !multiline,
    parse(value, field) {
      if (typeof value !== 'string') throw new BadInputError(field, `${field} must be text`);
      if (CONTROL.test(value) || (!multiline && LINE_BREAK.test(value))) {
        throw new BadInputError(field, `${field} contains control characters`);
      }
      const trimmed = value.trim();
      if (trimmed.length < min) {
        throw new BadInputError(field, min === 1 ? `${field} must not be empty` : `${field} needs at least ${min} characters`);
      }
      if (trimmed.length > max) throw new BadInputError(field, `${field} must be at most ${max} characters`);
      if (pattern && !pattern.test(trimmed)) {
        throw new BadInputError(field, patternMessage ? `${field} ${patternMessage}` : `${field} has an invalid format`);
      }
      return trimmed;
    },
  });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email(): FieldSpec<string> {
  return text({ max: 254, pattern: EMAIL, patternMessage: 'must be an email address' });
}

export function phone(): FieldSpec<string> {
  return text({ max: 25, pattern: /^\+?[0-9 ().-]{7,24}$/, patternMessage: 'must be a phone number' });
}

function numberSpec(kind: 'int' | 'decimal', min: number, max: number): FieldSpec<number> {
  return spec({
    type: () => (kind === 'int' ? Int : Float),
    filter: 'range',
    sortable: true,
    parse(value, field) {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new BadInputError(field, `${field} must be a number`);
      if (kind === 'int' && !Number.isInteger(value)) throw new BadInputError(field, `${field} must be a whole number`);
      if (value < min || value > max) throw new BadInputError(field, `${field} must be between ${min} and ${max}`);
      return value;
    },
  });
}

export const int = (range: { min: number; max: number }) => numberSpec('int', range.min, range.max);
export const decimal = (range: { min: number; max: number }) => numberSpec('decimal', range.min, range.max);

export function boolean(): FieldSpec<boolean> {
  return spec({
    type: () => Boolean,
    filter: 'eq',
    sortable: true,
    parse(value, field) {
      if (typeof value !== 'boolean') throw new BadInputError(field, `${field} must be true or false`);
      return value;
    },
  });
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (YYYY-MM-DD), as the department's forms write it. */
export function localDate(): FieldSpec<string> {
  return spec({
    type: () => LocalDateScalar,
    filter: 'range',
    sortable: true,
    parse(value, field) {
      const match = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
      const [year, month, day] = match ? match.slice(1).map(Number) : [];
      const date = match ? new Date(Date.UTC(year, month - 1, day)) : null;
      if (!date || date.getUTCMonth() !== month - 1 || year < 1900 || year > 2200) {
        throw new BadInputError(field, `${field} must be a date (YYYY-MM-DD)`);
      }
      return value as string;
    },
  });
}

/** An instant; the scalar accepts ISO 8601 with an offset and answers in UTC. */
export function dateTime(): FieldSpec<Date> {
  return spec({
    type: () => DateTimeScalar,
    filter: 'range',
    sortable: true,
    parse(value, field) {
      const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) throw new BadInputError(field, `${field} must be an ISO 8601 time with an offset`);
      return date;
    },
  });
}

export function enumOf<E extends Record<string, string>>(values: E): FieldSpec<E[keyof E]> {
  const allowed = new Set<string>(Object.values(values));
  return spec({
    type: () => values,
    filter: 'eq',
    sortable: true,
    parse(value, field) {
      if (typeof value !== 'string' || !allowed.has(value)) {
        throw new BadInputError(field, `${field} must be one of ${[...allowed].join(', ')}`);
      }
      return value as E[keyof E];
    },
  });
}

export function enumList<E extends Record<string, string>>(values: E): FieldSpec<E[keyof E][]> {
  const item = enumOf(values);
  return spec({
    type: () => [values],
    filter: 'contains',
    sortable: false,
    parse(value, field) {
      if (!Array.isArray(value)) throw new BadInputError(field, `${field} must be a list`);
      return [...new Set(value.map((v) => item.parse(v, field)))];
    },
  });
}

/** The id of another record (a foreign key), e.g. `divisionId`. */
export function reference(): FieldSpec<number> {
  return spec({
    type: () => ID,
    filter: 'eq',
    sortable: true,
    parse: (value, field) => parseId(value, field),
  });
}

/** May be left out on create and set to null later. */
export const optional = <T>(field: FieldSpec<T>): FieldSpec<T> => ({ ...field, optional: true, nullable: true });
/** May be left out on create (a default applies) but never set to null. */
export const withDefault = <T>(field: FieldSpec<T>): FieldSpec<T> => ({ ...field, optional: true });
/** Given on create, changed afterwards only through a domain operation. */
export const createOnly = <T>(field: FieldSpec<T>): FieldSpec<T> => ({ ...field, on: 'create' });
/** Never an input: lists filter and sort on it. */
export const readOnly = <T>(field: FieldSpec<T>): FieldSpec<T> => ({ ...field, on: 'read', optional: true, nullable: true });
/** Read, filtered, searched and sorted only by these roles. */
export const restricted =
  (roles: readonly Role[]) =>
  <T>(field: FieldSpec<T>): FieldSpec<T> => ({ ...field, visibleTo: roles });
/** Part of the `q` text search. */
export const searchable = <T>(field: FieldSpec<T>): FieldSpec<T> => ({ ...field, search: true });

export type FieldSpecs = Record<string, FieldSpec>;

/** The timestamps every record has, for filtering and sorting. */
export const timestampFields = (): FieldSpecs => ({ createdAt: readOnly(dateTime()), updatedAt: readOnly(dateTime()) });
