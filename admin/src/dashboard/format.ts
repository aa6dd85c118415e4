/** Figures as the dashboard words them (en-US, like the rest of the admin). */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const hours = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export const formatCount = (value: number) => integer.format(value);
export const formatHours = (value: number) => `${hours.format(value)} h`;
export const formatDollars = (value: number) => dollars.format(value);
const rate = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
/** Dollars to the cent ("$46.55"): an hourly rate. */
export const formatRate = (value: number) => rate.format(value);

/** A 0-to-1 share as "83%"; "n/a" when the API has none (nobody to count). */
export const formatShare = (value: number | null | undefined) => (value == null ? 'n/a' : `${Math.round(value * 100)}%`);

const monthDay = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' });

/** A calendar date (YYYY-MM-DD) as "Sep 8": a week's Monday in a column heading. */
export const formatMonthDay = (day: string) => monthDay.format(new Date(`${day}T00:00:00Z`));
