/**
 * Local dates and wall-clock times in the department's zone, America/Los_Angeles, turned into UTC
 * instants with the zone rules the runtime ships (Intl), so daylight-saving changes come out right.
 */
export const DEPARTMENT_ZONE = 'America/Los_Angeles';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: DEPARTMENT_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Los Angeles wall-clock reading of an instant, as if that reading were UTC (milliseconds). */
function wallTimeOf(instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of wallClock.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

function parseDate(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

/**
 * The UTC instant of a Los Angeles local date and time. `hour` may be 24 or more (the next day's
 * hours, for a shift that ends at midnight). A local time that does not exist (the hour skipped when
 * daylight-saving time starts) is refused, never shifted silently.
 */
export function laLocalToUtc(date: string, hour: number, minute = 0): Date {
  const [year, month, day] = parseDate(date);
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted - (wallTimeOf(wanted) - wanted);
  guess = wanted - (wallTimeOf(guess) - guess);
  if (wallTimeOf(guess) !== wanted) {
    throw new RangeError(`${date} ${hour}:${String(minute).padStart(2, '0')} does not exist in ${DEPARTMENT_ZONE}`);
  }
  return new Date(guess);
}

/** The Los Angeles calendar date (YYYY-MM-DD) of an instant. */
export function laDateOf(instant: Date): string {
  return new Date(wallTimeOf(instant.getTime())).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parseDate(from);
  const [y2, m2, d2] = parseDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / MS_PER_DAY);
}

/** 0 for Monday ... 6 for Sunday. */
export function weekdayOf(date: string): number {
  const [year, month, day] = parseDate(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** The Monday that starts the week of a date (weeks run Monday to Sunday, as PostgreSQL's date_trunc('week')). */
export function startOfWeek(date: string): string {
  return addDays(date, -weekdayOf(date));
}

export function hoursBetween(start: Date, end: Date): number {
  return (end.getTime() - start.getTime()) / MS_PER_HOUR;
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * MS_PER_HOUR);
}

/** Calendar months later (31 January + 1 month is the last day of February). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parseDate(date);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Minutes Los Angeles is ahead of UTC at an instant (-480 in winter, -420 in summer). */
export function laOffsetMinutes(instant: Date): number {
  const at = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallTimeOf(at) - at) / 60_000);
}

/** The instants that bound the Los Angeles calendar month holding an instant: [start, end). */
export function laMonthOf(instant: Date): { start: Date; end: Date } {
  const first = `${laDateOf(instant).slice(0, 7)}-01`;
  return { start: laLocalToUtc(first, 0), end: laLocalToUtc(addMonths(first, 1), 0) };
}

/** The instants that bound the Los Angeles week (Monday to Sunday) holding an instant: [start, end). */
export function laWeekOf(instant: Date): { start: Date; end: Date } {
  const monday = startOfWeek(laDateOf(instant));
  return { start: laLocalToUtc(monday, 0), end: laLocalToUtc(addDays(monday, 7), 0) };
}
