import { describe, expect, it } from 'vitest';
import { addDays, formatLocalDate, fromLaLocal, laDayStart, mondayOf, toLaLocal } from '../../admin/src/common/laTime.js';

/** The admin's Los Angeles time helpers (what its date-time inputs send and show). */
describe('admin Los Angeles time', () => {
  it('sends a wall-clock time with the offset in force that day (PDT in summer, PST in winter)', () => {
    expect(fromLaLocal('2026-07-04T21:00')).toBe('2026-07-04T21:00:00-07:00');
    expect(fromLaLocal('2026-12-02T18:00')).toBe('2026-12-02T18:00:00-08:00');
  });

  it('refuses a time the spring-forward change skips instead of shifting it (Rule 3)', () => {
    expect(fromLaLocal('2026-03-08T02:30')).toBeNull();
    expect(fromLaLocal('2026-03-08T03:00')).toBe('2026-03-08T03:00:00-07:00');
  });

  it('takes the first of the repeated autumn hour', () => {
    expect(fromLaLocal('2026-11-01T01:30')).toBe('2026-11-01T01:30:00-07:00');
  });

  it('shows an instant in Los Angeles whatever the machine zone', () => {
    expect(toLaLocal('2026-07-05T04:00:00.000Z')).toBe('2026-07-04T21:00');
    expect(toLaLocal('2026-01-01T07:59:00.000Z')).toBe('2025-12-31T23:59');
  });

  it('shows a calendar date as written, never a day earlier', () => {
    expect(formatLocalDate('2026-01-05')).toBe('Jan 5, 2026');
  });

  it('counts weeks Monday to Sunday and days in the calendar', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(laDayStart('2026-03-08')).toBe('2026-03-08T00:00:00-08:00');
  });
});
