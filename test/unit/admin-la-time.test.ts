import { describe, expect, it } from 'vitest';
import {
  addDays,
  addElapsedMinutes,
  daySpan,
  elapsedMinutes,
  formatLocalDate,
  formatWallMinutes,
  fromLaLocal,
  laDayHours,
  laDayStart,
  laWallClock,
  mondayOf,
  moveWallClock,
  slotInstant,
  snapMinutes,
  toLaLocal,
} from '../../admin/src/common/laTime.js';

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

  describe('the week calendar', () => {
    it('counts 23 hours on the spring-forward day and 25 on the fall-back day', () => {
      expect(laDayHours('2026-03-08')).toBe(23);
      expect(laDayHours('2026-11-01')).toBe(25);
      expect(laDayHours('2026-07-04')).toBe(24);
    });

    it('labels a slot by its wall-clock time, midnight to midnight', () => {
      expect(formatWallMinutes(0)).toBe('12:00 AM');
      expect(formatWallMinutes(6 * 60 + 30)).toBe('6:30 AM');
      expect(formatWallMinutes(12 * 60)).toBe('12:00 PM');
      expect(formatWallMinutes(23 * 60 + 45)).toBe('11:45 PM');
      expect(formatWallMinutes(24 * 60)).toBe('12:00 AM');
    });

    it('snaps a dragged edge to 15 minutes', () => {
      expect(snapMinutes(67)).toBe(60);
      expect(snapMinutes(68)).toBe(75);
      expect(snapMinutes(1439)).toBe(1440);
      expect(snapMinutes(44, 30)).toBe(30);
    });

    it('reads an instant as its Los Angeles day and wall-clock minutes, whatever the machine zone', () => {
      expect(laWallClock('2026-07-05T01:30:00Z')).toEqual({ day: '2026-07-04', minutes: 18 * 60 + 30 });
      expect(laWallClock('2026-12-02T08:00:00Z')).toEqual({ day: '2026-12-02', minutes: 0 });
    });

    it('turns a slot of a day into the instant with the offset in force, and midnight into the next day', () => {
      expect(slotInstant('2026-07-04', 18 * 60)).toBe('2026-07-04T18:00:00-07:00');
      expect(slotInstant('2026-12-02', 9 * 60 + 15)).toBe('2026-12-02T09:15:00-08:00');
      expect(slotInstant('2026-12-02', 24 * 60)).toBe('2026-12-03T00:00:00-08:00');
      expect(slotInstant('2026-12-02', 25 * 60)).toBe('2026-12-03T01:00:00-08:00');
    });

    it('refuses a slot in the hour the spring change skips, and keeps the day\'s other slots right (Rule 3)', () => {
      expect(slotInstant('2026-03-08', 2 * 60 + 30)).toBeNull();
      expect(slotInstant('2026-03-08', 1 * 60 + 45)).toBe('2026-03-08T01:45:00-08:00');
      expect(slotInstant('2026-03-08', 3 * 60)).toBe('2026-03-08T03:00:00-07:00');
    });

    it('moves a patrol by wall-clock days and minutes across a clock change, keeping its length in elapsed time', () => {
      // Saturday 18:00 PST dragged one day on: Sunday 18:00 PDT, 23 hours later.
      const moved = moveWallClock('2026-03-07T18:00:00-08:00', 1, 0)!;
      expect(moved).toBe('2026-03-08T18:00:00-07:00');
      expect(elapsedMinutes('2026-03-07T18:00:00-08:00', moved)).toBe(23 * 60);
      expect(moveWallClock('2026-03-08T01:00:00-08:00', 0, 90)).toBeNull();
      expect(moveWallClock('2026-07-04T22:00:00-07:00', 0, 180)).toBe('2026-07-05T01:00:00-07:00');
      // A four-hour patrol over the autumn change ends at 01:00 wall clock, four elapsed hours on.
      expect(toLaLocal(addElapsedMinutes('2026-10-31T23:00:00-07:00', 240))).toBe('2026-11-01T02:00');
    });

    it('clips an overnight patrol to each day it touches', () => {
      const startsAt = '2026-07-04T22:00:00-07:00';
      const endsAt = '2026-07-05T02:00:00-07:00';
      expect(daySpan(startsAt, endsAt, '2026-07-04')).toEqual({ top: 22 * 60, bottom: 24 * 60, continued: false, continues: true });
      expect(daySpan(startsAt, endsAt, '2026-07-05')).toEqual({ top: 0, bottom: 2 * 60, continued: true, continues: false });
      expect(daySpan(startsAt, endsAt, '2026-07-06')).toBeNull();
      expect(daySpan('2026-07-04T18:00:00-07:00', '2026-07-05T00:00:00-07:00', '2026-07-05')).toBeNull();
      expect(daySpan('2026-07-04T18:00:00-07:00', '2026-07-05T00:00:00-07:00', '2026-07-04')?.bottom).toBe(24 * 60);
    });

    it('places a patrol on the day of a clock change by its wall-clock times', () => {
      // 00:00 to 04:00 on the spring day is three elapsed hours, drawn from 00:00 to 04:00.
      expect(daySpan('2026-03-08T00:00:00-08:00', '2026-03-08T04:00:00-07:00', '2026-03-08')).toEqual({ top: 0, bottom: 240, continued: false, continues: false });
      // The second 01:30 of the autumn day (PST) still reads 01:30.
      expect(daySpan('2026-11-01T01:30:00-08:00', '2026-11-01T03:00:00-08:00', '2026-11-01')).toEqual({ top: 90, bottom: 180, continued: false, continues: false });
    });
  });
});
