import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { Role } from '../access.js';
import type { FieldSpec, FieldSpecs, TypeValueThunk } from '../fields.js';

export type SortOrder = 'ASC' | 'DESC';

/** How a resource is exposed in react-admin's conventions; everything else is derived from it. */
export interface ResourceOptions<E> {
  entity: new () => E;
  /** The GraphQL type name, e.g. `ReserveOfficer`. */
  name: string;
  /** The plural used in `all<Plural>`, e.g. `ReserveOfficers`. */
  plural: string;
  fields: FieldSpecs;
  defaultSort?: { field: string; order: SortOrder };
  /** Roles that may list and read it, and roles that may create, change and delete it. */
  access: { read: readonly Role[]; write: readonly Role[] };
}

type Constructor = new () => object;

export interface Resource<E> extends ResourceOptions<E> {
  defaultSort: { field: string; order: SortOrder };
  sortFields: ReadonlySet<string>;
  Filter: Constructor;
  ListArgs: Constructor;
  CreateArgs: Constructor;
  UpdateArgs: Constructor;
}

/** The operators a `range` field adds to its filter, with their SQL. */
export const RANGE_OPERATORS = { lt: '<', lte: '<=', gt: '>', gte: '>=', neq: '<>' } as const;

function namedClass(name: string): Constructor {
  const cls = class {};
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

function addField(target: Constructor, key: string, type: TypeValueThunk, nullable: boolean): void {
  Field(type, { nullable })(target.prototype, key);
}

/** The type a filter compares a field with: the item type for array columns. */
function filterType(field: FieldSpec): TypeValueThunk {
  if (field.filter !== 'contains') return field.type;
  return () => (field.type() as unknown[])[0] as ReturnType<TypeValueThunk>;
}

function buildFilter(name: string, fields: FieldSpecs): Constructor {
  const Filter = namedClass(`${name}Filter`);
  addField(Filter, 'q', () => String, true);
  addField(Filter, 'ids', () => [ID], true);
  addField(Filter, 'id', () => ID, true);
  for (const [key, field] of Object.entries(fields)) {
    if (field.filter === 'none') continue;
    addField(Filter, key, filterType(field), true);
    if (field.filter !== 'range') continue;
    for (const op of Object.keys(RANGE_OPERATORS)) addField(Filter, `${key}_${op}`, field.type, true);
  }
  InputType(`${name}Filter`, { description: `Filters of all${name} lists (react-admin conventions)` })(Filter);
  return Filter;
}

function buildListArgs(name: string, Filter: Constructor): Constructor {
  const ListArgs = namedClass(`${name}ListArgs`);
  addField(ListArgs, 'page', () => Int, true);
  addField(ListArgs, 'perPage', () => Int, true);
  addField(ListArgs, 'sortField', () => String, true);
  addField(ListArgs, 'sortOrder', () => String, true);
  addField(ListArgs, 'filter', () => Filter, true);
  ArgsType()(ListArgs);
  return ListArgs;
}

/** Flat arguments, as ra-data-graphql-simple sends them. */
function buildWriteArgs(name: string, fields: FieldSpecs, mode: 'create' | 'update'): Constructor {
  const Args = namedClass(`${mode === 'create' ? 'Create' : 'Update'}${name}Args`);
  if (mode === 'update') addField(Args, 'id', () => ID, false);
  for (const [key, field] of Object.entries(fields)) {
    if (field.on === 'read' || (mode === 'update' && field.on === 'create')) continue;
    addField(Args, key, field.type, mode === 'update' || field.optional);
  }
  ArgsType()(Args);
  return Args;
}

export function defineResource<E>(options: ResourceOptions<E>): Resource<E> {
  const Filter = buildFilter(options.name, options.fields);
  const sortable = Object.entries(options.fields).filter(([, field]) => field.sortable);
  return {
    ...options,
    defaultSort: options.defaultSort ?? { field: 'id', order: 'ASC' },
    sortFields: new Set(['id', ...sortable.map(([key]) => key)]),
    Filter,
    ListArgs: buildListArgs(options.name, Filter),
    CreateArgs: buildWriteArgs(options.name, options.fields, 'create'),
    UpdateArgs: buildWriteArgs(options.name, options.fields, 'update'),
  };
}
