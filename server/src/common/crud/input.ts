import { BadInputError } from '../errors.js';
import type { FieldSpecs } from '../fields.js';

/**
 * Validates create or update arguments against the resource's fields. A field left out is
 * not touched; null clears a nullable field and is refused for the others.
 */
export function parseInput(fields: FieldSpecs, args: object, mode: 'create' | 'update'): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    if (field.on === 'read' || (mode === 'update' && field.on === 'create')) continue;
    const value = (args as Record<string, unknown>)[key];
    if (value === undefined) {
      if (mode === 'create' && !field.optional) throw new BadInputError(key, `${key} is required`);
      continue;
    }
    if (value === null) {
      if (!field.nullable) throw new BadInputError(key, `${key} must not be empty`);
      values[key] = null;
      continue;
    }
    values[key] = field.parse(value, key);
  }
  return values;
}
