import { BadInputError, NotFoundError } from './errors.js';

const MAX_ID = 2_147_483_647; // ids are PostgreSQL integers

function toId(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^[1-9][0-9]{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_ID ? id : null;
}

/** An id given as an input field: malformed is bad input. */
export function parseId(value: unknown, field: string): number {
  const id = toId(value);
  if (id === null) throw new BadInputError(field, `${field} must be a record id`);
  return id;
}

/** An id that names the record to read or change: malformed answers like one that does not exist. */
export function parseTargetId(value: unknown, typeName: string): number {
  const id = toId(value);
  if (id === null) throw new NotFoundError(typeName, value);
  return id;
}
