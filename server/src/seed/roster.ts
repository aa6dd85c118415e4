import { ReserveLevel, ReserveStatus } from '../modules/reserves/reserve.enums.js';
import { requiredModules, type SeededModule } from './curriculum.js';
import { laDateOf } from '../common/la-time.js';
import type { PlannedReserve } from './reserves.js';
import { cptHoursBefore, holdsRequiredTraining } from './training.js';

const HOUR = 3_600_000;
/** Rest between two duties of one reserve, and the most hours in any seven days (the auto-fill's limits). */
export const MIN_REST_HOURS = 8;
export const MAX_HOURS_PER_7_DAYS = 24;
/** POST: Levels I and II keep 24 hours of continuing professional training every two years. */
export const MIN_CPT_HOURS = 24;

interface Booking {
  start: number;
  end: number;
  /** The Los Angeles calendar month (YYYY-MM) the duty starts in. */
  month: string;
}

/**
 * The reserves and their bookings while the schedule is drawn up: who may take a duty, and what they
 * already hold, so no reserve is ever double-booked, short of rest, or over their hours.
 */
export class Roster {
  private readonly bookings: Booking[][];
  private readonly required: Map<ReserveLevel, SeededModule[]>;
  private readonly trainedOn = new Map<string, boolean>();

  constructor(readonly reserves: readonly PlannedReserve[], modules: readonly SeededModule[]) {
    this.bookings = reserves.map(() => []);
    this.required = new Map(Object.values(ReserveLevel).map((level) => [level, requiredModules(modules, level)]));
  }

  /** Active, and trained for their level on that date (plus CPT for Levels I and II, who go into the field). */
  isEligible(index: number, date: string): boolean {
    const reserve = this.reserves[index];
    if (reserve.status !== ReserveStatus.ACTIVE) return false;
    const key = `${index}|${date}`;
    let trained = this.trainedOn.get(key);
    if (trained === undefined) {
      const field = reserve.level === ReserveLevel.LEVEL_I || reserve.level === ReserveLevel.LEVEL_II;
      trained =
        holdsRequiredTraining(reserve.training, this.required.get(reserve.level) ?? [], date) &&
        (!field || cptHoursBefore(reserve.training, date) >= MIN_CPT_HOURS);
      this.trainedOn.set(key, trained);
    }
    return trained;
  }

  /** Free, rested, and within both the seven-day maximum and the hours the reserve offered for the week. */
  isFree(index: number, startsAt: Date, endsAt: Date, weekStart: Date): boolean {
    const start = startsAt.getTime();
    const end = endsAt.getTime();
    const held = this.bookings[index];
    const rest = MIN_REST_HOURS * HOUR;
    if (held.some((b) => end + rest > b.start && b.end + rest > start)) return false;
    const hours = (end - start) / HOUR;
    const weekEnd = weekStart.getTime() + 7 * 24 * HOUR;
    const thisWeek = held.filter((b) => b.start >= weekStart.getTime() && b.start < weekEnd).reduce((sum, b) => sum + (b.end - b.start) / HOUR, 0);
    if (thisWeek + hours > this.reserves[index].weeklyHours) return false;
    const all = [...held, { start, end, month: '' }];
    const week = 7 * 24 * HOUR;
    return all
      .filter((w) => w.start > start - week && w.start <= start)
      .every((w) => all.filter((b) => b.start >= w.start && b.start < w.start + week).reduce((sum, b) => sum + (b.end - b.start) / HOUR, 0) <= MAX_HOURS_PER_7_DAYS);
  }

  book(index: number, startsAt: Date, endsAt: Date): void {
    this.bookings[index].push({ start: startsAt.getTime(), end: endsAt.getTime(), month: laDateOf(startsAt).slice(0, 7) });
  }

  /** Hours already booked in a Los Angeles calendar month (YYYY-MM). */
  hoursInMonth(index: number, month: string): number {
    return this.bookings[index].filter((b) => b.month === month).reduce((sum, b) => sum + (b.end - b.start) / HOUR, 0);
  }
}
