import { QueryFailedError } from 'typeorm';
import { BadInputError, ConflictError, type DomainError } from './errors.js';
import { camelCase } from './naming.js';

/** The parts of a PostgreSQL error that say what went wrong (never shown to clients as they are). */
export interface PostgresError {
  code?: string;
  message?: string;
  constraint?: string;
  detail?: string;
  column?: string;
  table?: string;
}

/** CHECK constraints across fields, with the message a user can act on. */
const CHECK_MESSAGES: Record<string, [field: string, message: string]> = {
  deployment_ends_after_start: ['endsAt', 'endsAt must be after startsAt'],
  academy_class_ends_after_start: ['endsOn', 'endsOn must not be before startsOn'],
  training_record_one_trainee: ['recruitId', 'a training record belongs to exactly one recruit or one reserve'],
  training_record_expires_after_completion: ['completedOn', 'completedOn must be before the expiry date'],
  recruit_exit_needs_reason: ['exitReason', 'exitReason is required when a recruit withdraws or is disqualified'],
};

/** UNIQUE constraints over several columns, where naming the first column would mislead. */
const UNIQUE_MESSAGES: Record<string, [field: string, message: string]> = {
  assignment_deployment_reserve_key: ['reserveId', 'The reserve is already assigned to this deployment'],
};

const KEY_COLUMN = /^Key \((?:lower\()?"?([a-z_]+)/;
const MISSING_TABLE = /is not present in table "([a-z_]+)"/;
// PostgreSQL 18 words an ON DELETE RESTRICT refusal "is referenced from" (SQLSTATE 23001), NO ACTION "is still referenced from".
const REFERENCING_TABLE = /is (?:still )?referenced from table "([a-z_]+)"/;
// The table of the record being deleted; the error's `table` is the referencing one.
const REFERENCED_TABLE = /^update or delete on table "([a-z_]+)"/;

export function postgresErrorOf(error: unknown): PostgresError | null {
  if (error instanceof QueryFailedError) return error.driverError as PostgresError;
  return null;
}

const words = (table: string) => table.replace(/_/g, ' ');

/**
 * Turns a constraint violation into the error a client can use. Messages are written here,
 * from column and constraint names: SQL text and values never reach the client.
 */
export function translateDatabaseError(error: unknown): DomainError | null {
  const pg = postgresErrorOf(error);
  if (!pg?.code) return null;
  const keyField = () => camelCase(KEY_COLUMN.exec(pg.detail ?? '')?.[1] ?? 'id');
  switch (pg.code) {
    case '23505': {
      const known = UNIQUE_MESSAGES[pg.constraint ?? ''];
      if (known) return new ConflictError(known[1], { field: known[0] });
      return new ConflictError(`${keyField()} is already in use`, { field: keyField() });
    }
    case '23001':
    case '23503': {
      const referencing = REFERENCING_TABLE.exec(pg.detail ?? '')?.[1];
      if (referencing) {
        const referenced = REFERENCED_TABLE.exec(pg.message ?? '')?.[1] ?? 'record';
        return new ConflictError(`This ${words(referenced)} is still in use by ${words(referencing)}s`, {
          referencedBy: referencing,
        });
      }
      const missing = MISSING_TABLE.exec(pg.detail ?? '')?.[1] ?? 'record';
      return new BadInputError(keyField(), `${keyField()} does not name an existing ${words(missing)}`);
    }
    case '23514': {
      const known = CHECK_MESSAGES[pg.constraint ?? ''];
      if (known) return new BadInputError(known[0], known[1]);
      const column = (pg.constraint ?? '').replace(`${pg.table}_`, '').replace(/_(check|range)$/, '');
      return new BadInputError(camelCase(column), `${camelCase(column)} is out of the allowed range`);
    }
    case '23502':
      return new BadInputError(camelCase(pg.column ?? 'value'), `${camelCase(pg.column ?? 'value')} is required`);
    case '23P01':
      return new ConflictError('The reserve already has an active assignment that overlaps this time');
    case '40001':
    case '40P01':
      return new ConflictError('The record was changed by someone else at the same time; try again');
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22021':
    case '22P02':
    case '54000':
      return new BadInputError(camelCase(pg.column ?? 'input'), 'A value is malformed or out of range');
    default:
      return null;
  }
}
