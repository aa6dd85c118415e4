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
