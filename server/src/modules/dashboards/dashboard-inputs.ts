import type { AppContext } from '../../common/context.js';
import { BadInputError } from '../../common/errors.js';
import { localDate } from '../../common/fields.js';
import { parseId } from '../../common/ids.js';
import { daysBetween, laDateOf } from '../../common/la-time.js';

/** The longest period a dashboard reads: two years, rounded up to whole weeks (105 weeks). */
export const MAX_PERIOD_DAYS = 735;

/** A period of Los Angeles dates, `from` included and `to` excluded. */
export interface Period {
  from: string;
  to: string;
}

const day = localDate();

/** Checks a dashboard period: two dates, `from` before `to`, at most MAX_PERIOD_DAYS apart. */
export function parsePeriod(fromInput: string, toInput: string): Period {
  const from = day.parse(fromInput, 'from');
  const to = day.parse(toInput, 'to');
  if (to <= from) throw new BadInputError('to', 'to must be after from (the period is [from, to), to excluded)');
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) {
    throw new BadInputError('to', `A dashboard period is at most ${MAX_PERIOD_DAYS} days (105 weeks)`);
  }
  return { from, to };
}

/** A day to compute a figure on; today in Los Angeles (by the request's clock) when not given. */
export function parseAsOf(ctx: AppContext, input: string | null | undefined): string {
  return input == null ? laDateOf(ctx.clock.now()) : day.parse(input, 'asOf');
}

/**
 * The id of a record a dashboard is narrowed to (a division, an academy class): malformed or
 * unknown is bad input naming the argument, as any other filter value would be.
 */
export async function parseFilterId(ctx: AppContext, input: string | null | undefined, field: string, table: 'division' | 'academy_class', typeName: string): Promise<number | null> {
  if (input == null) return null;
  const id = parseId(input, field);
  const [found] = (await ctx.db.query(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE id = $1) AS found`, [id])) as { found: boolean }[];
  if (!found.found) throw new BadInputError(field, `${typeName} ${id} does not exist`);
  return id;
}

/** Dollars an hour a volunteered hour is worth: given, or the VOLUNTEER_HOUR_VALUE setting. */
export function parseHourValue(ctx: AppContext, input: number | null | undefined): number {
  if (input == null) return ctx.dashboards.volunteerHourValue;
  if (!Number.isFinite(input) || input < 0 || input > 10_000) throw new BadInputError('hourValue', 'hourValue must be a number of dollars from 0 to 10000');
  return input;
}
