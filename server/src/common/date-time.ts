import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DEPARTMENT_ZONE, laLocalToUtc, laOffsetMinutes } from './la-time.js';

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i;
/** The two offsets Los Angeles uses (PST, PDT), in minutes. */
const LA_OFFSETS = new Set([-480, -420]);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads an ISO 8601 instant, which must carry an offset. A time written with one of Los Angeles's
 * offsets must be the offset in force then (Rule 3): "2026-03-08T02:30:00-08:00" names a wall-clock
 * time that does not exist there, and is refused rather than shifted to 03:30.
 */
export function parseInstant(text: string): Date {
  const match = ISO_INSTANT.exec(text);
  if (!match) throw new TypeError(`"${text}" is not an ISO 8601 time with an offset, e.g. 2026-03-07T22:00:00-08:00`);
  const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const millis = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new TypeError(`"${text}" is not a valid date and time`);
  }
  const zone = match[8].toUpperCase();
  const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const instant = new Date(wall - offset * 60_000);
  if (LA_OFFSETS.has(offset) && laOffsetMinutes(instant) !== offset) {
    const local = `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}`;
    try {
      laLocalToUtc(local.slice(0, 10), hour, minute);
    } catch {
      throw new TypeError(`${local} does not exist in ${DEPARTMENT_ZONE} (the clocks skip that hour)`);
    }
    const inForce = laOffsetMinutes(instant) / 60;
    throw new TypeError(`${text} is not ${DEPARTMENT_ZONE} time: on that date it is UTC${inForce}:00`);
  }
  return instant;
}

/** How the API answers an instant (`Date.prototype.toISOString`): UTC, milliseconds. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** How PostgreSQL writes a `timestamp` in JSON (ISO 8601, no zone, up to microseconds), within years 1000 to 9999. */
const JSON_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?$/;

/**
 * A UTC timestamp as PostgreSQL writes it in JSON, in the API's form, by string operations: digits
 * beyond the millisecond dropped, as the API's timestamp parser drops them. Anything else goes
 * through a `Date`.
 */
export function isoFromJsonTimestamp(text: string): string {
  if (!JSON_TIMESTAMP.test(text)) return new Date(`${text}Z`).toISOString();
  return text.length === 19 ? `${text}.000Z` : `${text.slice(0, 20)}${text.slice(20, 23).padEnd(3, '0')}Z`;
}

/** Instants in the API: ISO 8601 with an offset in, UTC out. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTimeISO',
  description:
    'An instant in ISO 8601 with an offset (answered in UTC). A time given with a Los Angeles offset (-08:00 or -07:00) must use the offset in force at that date; a local time that does not exist is refused.',
  serialize(value) {
    // Already in the API's form (look-ahead answers instants so): as it is.
    if (typeof value === 'string' && ISO_UTC.test(value)) return value;
    const date = value instanceof Date ? value : typeof value === 'string' ? parseInstant(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTimeISO cannot represent this value');
    return date.toISOString();
  },
  parseValue(value) {
    if (typeof value !== 'string') throw new TypeError('an ISO 8601 time with an offset is expected');
    return parseInstant(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('an ISO 8601 time with an offset is expected', { nodes: ast });
    return parseInstant(ast.value);
  },
});
