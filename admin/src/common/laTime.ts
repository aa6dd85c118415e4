/**
 * Times in the department's zone. The API answers instants in UTC and calendar dates as YYYY-MM-DD;
 * people read and type Los Angeles wall-clock time, whatever the zone of their browser.
 */
export const TIME_ZONE = 'America/Los_Angeles';

const dateTimeFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
const timeFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, hour: 'numeric', minute: '2-digit' });
const dateFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' });
const weekdayFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });
const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const asDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));
const valid = (date: Date) => !Number.isNaN(date.getTime());

/** "Jan 5, 2026, 6:00 PM" in Los Angeles. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  const date = asDate(value);
  return valid(date) ? dateTimeFormat.format(date) : String(value);
}

/** "6:00 PM" in Los Angeles. */
export function formatTime(value: string | Date): string {
  return timeFormat.format(asDate(value));
}

/** A calendar date (YYYY-MM-DD) as "Jan 5, 2026": no zone applies, so none may shift it. */
export function formatLocalDate(value: string | null | undefined): string {
  if (!value) return '';
  if (!LOCAL_DATE.test(value)) return value;
  return dateFormat.format(new Date(`${value}T00:00:00Z`));
}

/** "Mon, Jan 5" for a calendar date. */
export function formatWeekday(day: string): string {
  return weekdayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** The Los Angeles wall-clock time of an instant, as `<input type="datetime-local">` writes it. */
export function toLaLocal(value: string | Date): string {
  const parts = Object.fromEntries(partsFormat.formatToParts(asDate(value)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The Los Angeles calendar date of an instant. */
export function toLaDay(value: string | Date): string {
  return toLaLocal(value).slice(0, 10);
}

/**
 * A Los Angeles wall-clock time as an ISO instant with the offset in force then ("2026-07-04T21:00:00-07:00").
 * Null for a time that does not exist (the hour skipped when clocks spring forward): it is never shifted.
 * In the repeated hour of the autumn change the first (daylight) one is meant.
 */
export function fromLaLocal(local: string): string | null {
  if (!LOCAL_DATE_TIME.test(local)) return null;
  for (const offset of ['-07:00', '-08:00']) {
    const iso = `${local}:00${offset}`;
    const instant = new Date(iso);
    if (valid(instant) && toLaLocal(instant) === local) return iso;
  }
  return null;
}

/** Midnight at the start of a Los Angeles day, as an ISO instant. */
export function laDayStart(day: string): string {
  return fromLaLocal(`${day}T00:00`) ?? `${day}T00:00:00-08:00`;
}

/** The calendar day after (or `days` after) a YYYY-MM-DD date. */
export function addDays(day: string, days = 1): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today in Los Angeles, YYYY-MM-DD. */
export function laToday(now: Date = new Date()): string {
  return toLaDay(now);
}

/** The Monday on or before a day (Los Angeles weeks run Monday to Sunday). */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export const isLaLocal = (value: unknown): value is string => typeof value === 'string' && LOCAL_DATE_TIME.test(value);

// ---- The week calendar's arithmetic: wall-clock minutes of a Los Angeles day, and back to instants. ----

export const MINUTES_PER_DAY = 24 * 60;
const MINUTE_MS = 60_000;

/** The Los Angeles day of an instant and its wall-clock minutes since that day's midnight (18:30 → 1110). */
export function laWallClock(value: string | Date): { day: string; minutes: number } {
  const local = toLaLocal(value);
  return { day: local.slice(0, 10), minutes: Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16)) };
}

/** Rounds minutes to the nearest step (15 minutes unless told), as a dragged edge snaps. */
export function snapMinutes(minutes: number, step = 15): number {
  return Math.round(minutes / step) * step;
}

/**
 * The instant at a wall-clock time of a Los Angeles day, given as minutes since midnight (1440 is the
 * next midnight; beyond a day rolls over). Null inside the hour the spring change skips: never shifted.
 */
export function slotInstant(day: string, minutes: number): string | null {
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const rest = minutes - days * MINUTES_PER_DAY;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return fromLaLocal(`${addDays(day, days)}T${hh}:${mm}`);
}

/** The same instant moved by whole days and wall-clock minutes (a patrol dragged to another day and time). */
export function moveWallClock(value: string | Date, days: number, minutes: number): string | null {
  const { day, minutes: start } = laWallClock(value);
  return slotInstant(addDays(day, days), start + minutes);
}

/** An instant plus elapsed minutes (a moved patrol keeps its length, across a clock change too). */
export function addElapsedMinutes(value: string | Date, minutes: number): string {
  return new Date(asDate(value).getTime() + minutes * MINUTE_MS).toISOString();
}

/** Elapsed minutes from one instant to another. */
export function elapsedMinutes(from: string | Date, to: string | Date): number {
  return Math.round((asDate(to).getTime() - asDate(from).getTime()) / MINUTE_MS);
}

/** Hours in a Los Angeles day: 24, or 23 and 25 on the days the clocks change. */
export function laDayHours(day: string): number {
  return elapsedMinutes(laDayStart(day), laDayStart(addDays(day, 1))) / 60;
}

/** The part of [startsAt, endsAt) that falls on a Los Angeles day, in wall-clock minutes; null when none does. */
export interface DaySpan {
  top: number;
  bottom: number;
  /** It began the day before (an overnight patrol continued). */
  continued: boolean;
  /** It runs on past midnight. */
  continues: boolean;
}

export function daySpan(startsAt: string | Date, endsAt: string | Date, day: string): DaySpan | null {
  const start = asDate(startsAt).getTime();
  const end = asDate(endsAt).getTime();
  const dayStart = new Date(laDayStart(day)).getTime();
  const dayEnd = new Date(laDayStart(addDays(day, 1))).getTime();
  if (end <= dayStart || start >= dayEnd) return null;
  const continued = start < dayStart;
  const continues = end > dayEnd;
  const top = continued ? 0 : laWallClock(startsAt).minutes;
  const bottom = end >= dayEnd ? MINUTES_PER_DAY : laWallClock(endsAt).minutes;
  // In the repeated autumn hour a later instant can read as an earlier wall-clock time.
  return { top, bottom: Math.max(bottom, top + 15), continued, continues };
}

/** Wall-clock minutes since midnight as "6:30 AM" (a slot's label, whether or not that day has it). */
export function formatWallMinutes(minutes: number): string {
  const hour = Math.floor(minutes / 60) % 24;
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minutes % 60).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}
