import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar, isoFromJsonTimestamp } from '../../server/src/common/date-time.js';
import { parseTimestamptz } from '../../server/src/database/timestamps.js';

// pg's own parser, as the fast one must answer (only the data source, not loaded here, replaces it).
const pgParse = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (text: string) => Date;
const iso = (value: Date) => (Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString());

describe('reading PostgreSQL instants (timestamptz in the ISO date style)', () => {
  const cases: [string, string][] = [
    ['2026-11-26 08:00:00+00', '2026-11-26T08:00:00.000Z'],
    ['2026-11-26 08:00:00.123456+00', '2026-11-26T08:00:00.123Z'],
    ['2026-11-26 08:00:00.999999+00', '2026-11-26T08:00:00.999Z'],
    ['2026-11-26 08:00:00.1-08', '2026-11-26T16:00:00.100Z'],
    ['2026-03-08 01:59:59.5-08', '2026-03-08T09:59:59.500Z'],
    ['2026-11-26 08:00:00+05:30', '2026-11-26T02:30:00.000Z'],
    ['2026-11-26 08:00:00+05:30:15', '2026-11-26T02:29:45.000Z'],
    ['2024-02-29 23:59:59-07', '2024-03-01T06:59:59.000Z'],
  ];
  it.each(cases)('reads %s as %s', (text, expected) => {
    expect(parseTimestamptz(text).toISOString()).toBe(expected);
  });

  it('hands what it does not read itself to pg: years before 100, BC, infinity, five-digit years', () => {
    expect(parseTimestamptz('0099-01-01 00:00:00+00').toISOString()).toBe('0099-01-01T00:00:00.000Z');
    expect(parseTimestamptz('0001-01-01 00:00:00+00 BC').getUTCFullYear()).toBe(0);
    expect(parseTimestamptz('infinity') as unknown).toBe(Infinity);
    expect(parseTimestamptz('12345-01-01 00:00:00+00').getUTCFullYear()).toBe(12345);
  });

  it('answers as pg does for many instants and offsets', () => {
    expect(pgParse).not.toBe(parseTimestamptz);
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (let k = 0; k < 2_000; k++) {
      const date = new Date(Date.UTC(1900 + (k % 200), k % 12, 1 + (k % 28), k % 24, (k * 7) % 60, (k * 13) % 60));
      const fraction = k % 3 === 0 ? '' : `.${String(k * 7919).slice(0, 1 + (k % 6))}`;
      const offset = [`+00`, `-08`, `-07`, `+05:30`, `+09:45`, `-03:30`][k % 6];
      const text = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${fraction}${offset}`;
      expect(iso(parseTimestamptz(text)), text).toBe(iso(pgParse(text)));
    }
  });
});

describe('instants PostgreSQL writes in JSON (look-ahead) answer as the API answers a Date', () => {
  const cases = ['2026-11-26T08:00:00', '2026-11-26T08:00:00.1', '2026-11-26T08:00:00.12', '2026-11-26T08:00:00.123', '2026-11-26T08:00:00.123456', '2026-11-26T08:00:00.999999', '2024-02-29T23:59:59.5'];
  it.each(cases)('answers %s as parsing and printing it would', (text) => {
    expect(isoFromJsonTimestamp(text)).toBe(parseTimestamptz(`${text.replace('T', ' ')}+00`).toISOString());
  });

  it('goes through a Date for anything outside the common form', () => {
    expect(isoFromJsonTimestamp('0999-01-01T00:00:00')).toBe('0999-01-01T00:00:00.000Z');
  });

  it('is answered by DateTimeISO as it is, and a Date as its ISO form', () => {
    expect(DateTimeScalar.serialize('2026-11-26T08:00:00.120Z')).toBe('2026-11-26T08:00:00.120Z');
    expect(DateTimeScalar.serialize(new Date('2026-11-26T08:00:00.12Z'))).toBe('2026-11-26T08:00:00.120Z');
    expect(DateTimeScalar.serialize('2026-11-26T00:00:00-08:00')).toBe('2026-11-26T08:00:00.000Z');
  });
});
