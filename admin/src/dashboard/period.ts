import { addDays, laToday, mondayOf } from '../common/laTime';

/**
 * A dashboard period in Los Angeles calendar dates, as the API takes it: `from` included, `to`
 * excluded. People pick the last day they mean ("until"), so the screen shows `to - 1 day`.
 */
export interface Period {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The same day `months` months earlier or later (clamped to the month's end: Mar 31 - 1 month = Feb 28). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastOfMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date, lastOfMonth));
  return first.toISOString().slice(0, 10);
}

/** The last 12 whole Los Angeles weeks, this one included (coverage is counted by Monday-to-Sunday weeks). */
export function lastTwelveWeeks(today = laToday()): Period {
  const nextMonday = addDays(mondayOf(today), 7);
  return { from: addDays(nextMonday, -7 * 12), to: nextMonday };
}

/** The last 12 months, today included. */
export function lastTwelveMonths(today = laToday()): Period {
  const to = addDays(today, 1);
  return { from: addMonths(to, -12), to };
}

/** The period a pair of search parameters names (`<name>From`, `<name>Until`), else the fallback. */
export function periodFromSearch(search: URLSearchParams, name: string, fallback: Period): Period {
  const from = search.get(`${name}From`);
  const until = search.get(`${name}Until`);
  if (!from || !until || !DAY.test(from) || !DAY.test(until) || until < from) return fallback;
  return { from, to: addDays(until, 1) };
}

/** The last day of a period, as people read it. */
export const untilOf = (period: Period) => addDays(period.to, -1);
