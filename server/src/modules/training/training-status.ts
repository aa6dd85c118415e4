import { registerEnumType } from 'type-graphql';
import { addDays, addMonths } from '../../common/la-time.js';
import { ReserveLevel } from '../reserves/reserve.enums.js';

/**
 * What "current training" means, in one place: the eligibility rules, `trainingStatus` and the
 * academy read it from here (`expiringTraining` says the same in SQL, see expiring-training.ts).
 */

/** Where a trainee stands with one module on a day. */
export enum TrainingStanding {
  /** Passed, and not expiring within the warning window. */
  CURRENT = 'CURRENT',
  /** Passed, and expires within the warning window (still current). */
  EXPIRING = 'EXPIRING',
  /** The latest pass expired on or before the day. */
  EXPIRED = 'EXPIRED',
  /** Never passed (by the day). */
  MISSING = 'MISSING',
}
registerEnumType(TrainingStanding, { name: 'TrainingStanding', description: 'Where a trainee stands with a required module today' });

/** A training record as the rules read it; `passed` absent means passed (the scheduling facts hold only passes). */
export interface TrainingFactLike {
  moduleId: number;
  completedOn: string;
  expiresOn: string | null;
  passed?: boolean;
}

/** Levels that owe continuing professional training (POST: 24 hours every 2 years for levels I and II). */
export const CPT_LEVELS: ReadonlySet<ReserveLevel> = new Set([ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_II]);

/** The expiry of a passed completion: the module's interval after it; none for a module taken once or a failure. */
export function expiryOf(completedOn: string, passed: boolean, recertificationMonths: number | null): string | null {
  return passed && recertificationMonths ? addMonths(completedOn, recertificationMonths) : null;
}

/** Whether a passed completion is still valid on a day: it expires at the start of its expiry date. */
const expiredOn = (record: TrainingFactLike, day: string) => record.expiresOn !== null && record.expiresOn <= day;

/**
 * The pass that counts for a module on a day: the latest passed completion on or before it (a failed
 * attempt after a pass does not un-pass it). Two passes on one day: the one lasting longer counts.
 */
export function latestPass<R extends TrainingFactLike>(records: readonly R[], moduleId: number, day: string): R | undefined {
  let latest: R | undefined;
  for (const record of records) {
    if (record.moduleId !== moduleId || record.passed === false || record.completedOn > day) continue;
    if (!latest || record.completedOn > latest.completedOn || (record.completedOn === latest.completedOn && lastsLonger(record, latest))) {
      latest = record;
    }
  }
  return latest;
}

const lastsLonger = (a: TrainingFactLike, b: TrainingFactLike) => b.expiresOn !== null && (a.expiresOn === null || a.expiresOn > b.expiresOn);

/**
 * The standing of a trainee with a module on a day, from their records: MISSING without a pass by
 * then, EXPIRED when the latest pass expires on or before the day, EXPIRING when it expires within
 * `expiringWithinDays` after it (1 to N days left), else CURRENT.
 */
export function moduleStanding<R extends TrainingFactLike>(
  records: readonly R[],
  module: { id: number },
  day: string,
  expiringWithinDays: number,
): { standing: TrainingStanding; record: R | undefined } {
  const record = latestPass(records, module.id, day);
  if (!record) return { standing: TrainingStanding.MISSING, record };
  if (expiredOn(record, day)) return { standing: TrainingStanding.EXPIRED, record };
  if (expiringWithinDays > 0 && expiredOn(record, addDays(day, expiringWithinDays))) return { standing: TrainingStanding.EXPIRING, record };
  return { standing: TrainingStanding.CURRENT, record };
}

/** Whether a standing lets the trainee work: a module expiring soon is still current. */
export const isCurrent = (standing: TrainingStanding) => standing === TrainingStanding.CURRENT || standing === TrainingStanding.EXPIRING;

/** Continuing training hours: passed completions in the `months` before the day (after day minus months, up to the day). */
export function cptHours(records: readonly (TrainingFactLike & { hours: number })[], day: string, months: number): number {
  const since = addMonths(day, -months);
  const hours = records.filter((r) => r.passed !== false && r.completedOn > since && r.completedOn <= day).reduce((sum, r) => sum + r.hours, 0);
  return Math.round(hours * 100) / 100; // hours are kept to the hundredth
}

/** The active modules a level requires. */
export function requiredFor<M extends { requiredForLevels: readonly ReserveLevel[]; active?: boolean }>(modules: readonly M[], level: ReserveLevel): M[] {
  return modules.filter((m) => m.active !== false && m.requiredForLevels.includes(level));
}
