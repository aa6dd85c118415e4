import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../server/src/common/date-time.js';
import { addMonths, laMonthOf, laOffsetMinutes, laWeekOf } from '../../server/src/common/la-time.js';

describe('Rule 3: time in America/Los_Angeles', () => {
  it('reads an ISO time with any offset as the instant it names', () => {
    expect(parseInstant('2026-03-07T22:00:00-08:00').toISOString()).toBe('2026-03-08T06:00:00.000Z');
    expect(parseInstant('2026-07-01T10:00:00Z').toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(parseInstant('2026-07-01T12:30:00.250+02:30').toISOString()).toBe('2026-07-01T10:00:00.250Z');
  });

  it('refuses a local time that does not exist (the hour skipped in spring), never shifting it', () => {
    expect(() => parseInstant('2026-03-08T02:30:00-08:00')).toThrow(/does not exist in America\/Los_Angeles/);
    expect(() => parseInstant('2026-03-08T02:30:00-07:00')).toThrow(/does not exist/);
  });

  it('accepts both readings of the hour repeated in autumn, each with its own offset', () => {
    expect(parseInstant('2026-11-01T01:30:00-07:00').toISOString()).toBe('2026-11-01T08:30:00.000Z');
    expect(parseInstant('2026-11-01T01:30:00-08:00').toISOString()).toBe('2026-11-01T09:30:00.000Z');
  });

  it('refuses a Los Angeles offset that is not in force on that date', () => {
    expect(() => parseInstant('2026-07-01T10:00:00-08:00')).toThrow(/on that date it is UTC-7:00/);
  });

  it('refuses a time without an offset and impossible dates', () => {
    expect(() => parseInstant('2026-07-01T10:00:00')).toThrow(/with an offset/);
    expect(() => parseInstant('2026-02-30T10:00:00Z')).toThrow(/not a valid date/);
    expect(() => parseInstant('2026-02-01T24:00:00Z')).toThrow(/not a valid date/);
  });

  it('knows the offset in force, and months and weeks as Los Angeles counts them', () => {
    expect(laOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(-480);
    expect(laOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(-420);
    // 1 March 2026 00:30 in Los Angeles is still February in UTC terms of the month that holds it.
    const march = laMonthOf(new Date('2026-03-01T08:30:00Z'));
    expect([march.start.toISOString(), march.end.toISOString()]).toEqual(['2026-03-01T08:00:00.000Z', '2026-04-01T07:00:00.000Z']);
    const week = laWeekOf(new Date('2026-03-08T12:00:00Z'));
    expect([week.start.toISOString(), week.end.toISOString()]).toEqual(['2026-03-02T08:00:00.000Z', '2026-03-09T07:00:00.000Z']);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
});
