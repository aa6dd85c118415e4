import { PriorService, ReserveStatus, type ReserveLevel } from '../modules/reserves/reserve.enums.js';
import { requiredModules, type SeededModule } from './curriculum.js';
import { addDays, addMonths } from '../common/la-time.js';
import { INSTRUCTORS } from './names.js';
import type { Random } from './random.js';

/** How far back recertification records go (the department's records before that are on paper). */
const HISTORY_YEARS = 8;

export interface PlannedTraining {
  moduleId: number;
  completedOn: string;
  score: number | null;
  passed: boolean;
  hours: number;
  instructor: string | null;
  expiresOn: string | null;
}

/** How a reserve keeps their training: current, with a lapsed recertification, or with a module never taken. */
export type TrainingHabit = 'CURRENT' | 'LAPSED' | 'MISSING';

export interface TraineeProfile {
  level: ReserveLevel;
  status: ReserveStatus;
  appointedOn: string;
  priorService: PriorService;
  habit: TrainingHabit;
}

/** One attempt at a module; a pass expires after the module's recertification interval, as the API computes it. */
export function attempt(random: Random, module: SeededModule, completedOn: string, passed: boolean, instructor?: string): PlannedTraining {
  const floor = Math.ceil(module.passingScore);
  return {
    moduleId: module.id,
    completedOn,
    score: passed ? random.int(floor, 100) : random.int(Math.max(0, floor - 25), Math.max(0, floor - 1)),
    passed,
    hours: module.hours,
    instructor: instructor ?? random.pick(INSTRUCTORS),
    expiresOn: passed && module.recertificationMonths ? addMonths(completedOn, module.recertificationMonths) : null,
  };
}

/** A pass, sometimes after a failed first try a few weeks earlier. */
function passWithRetakes(random: Random, module: SeededModule, completedOn: string, instructor?: string): PlannedTraining[] {
  const pass = attempt(random, module, completedOn, true, instructor);
  return random.chance(0.07) ? [attempt(random, module, addDays(completedOn, -random.int(7, 28)), false), pass] : [pass];
}

/** The last day a reserve trained: today for those serving, earlier for those who stopped. */
function lastTrainingDay(random: Random, profile: TraineeProfile, today: string): string {
  const latest = addDays(today, -random.int(2, 20));
  const stopped =
    profile.status === ReserveStatus.SEPARATED ? addDays(today, -random.int(60, 900))
    : profile.status === ReserveStatus.ACTIVE ? latest
    : addDays(today, -random.int(30, 500));
  return stopped < profile.appointedOn ? addDays(profile.appointedOn, 30) : stopped;
}

/**
 * A reserve's training history: each module required for their level first at the academy (or credited
 * from prior service), then renewed a little before each recertification falls due.
 */
export function planReserveTraining(random: Random, modules: readonly SeededModule[], profile: TraineeProfile, today: string): PlannedTraining[] {
  const required = requiredModules(modules, profile.level);
  const extra = required.length === 0 ? modules.filter((m) => m.code === 'ORIENT-RESERVE' || m.code === 'RIPA-BIAS') : [];
  const lastDay = lastTrainingDay(random, profile, today);
  const recertifiable = required.filter((m) => m.recertificationMonths);
  const lapsed = profile.habit === 'LAPSED' ? new Set(random.shuffle(recertifiable).slice(0, random.int(1, 2)).map((m) => m.id)) : new Set<number>();
  const skippable = required.filter((m) => ['LD37-CRISIS', 'RIPA-BIAS', 'LD03-PRINCIPLED', 'PSP-STRATCOM'].includes(m.code));
  const missing = profile.habit === 'MISSING' && skippable.length > 0 ? random.pick(skippable) : undefined;
  const recordsSince = addDays(today, -HISTORY_YEARS * 365);
  const records: PlannedTraining[] = [];
  for (const module of [...required, ...extra]) {
    if (module.id === missing?.id) continue;
    const credited = profile.priorService !== PriorService.ACADEMY_GRADUATE && module.code !== 'ORIENT-RESERVE';
    const first = module.code === 'ORIENT-RESERVE' ? addDays(profile.appointedOn, -random.int(1, 10)) : addDays(profile.appointedOn, -random.int(14, 180));
    const chain: PlannedTraining[] = passWithRetakes(random, module, first, credited ? creditFor(profile.priorService) : undefined);
    const months = module.recertificationMonths;
    if (months) {
      for (;;) {
        const next = addDays(addMonths(chain[chain.length - 1].completedOn, months), -random.int(10, 75));
        if (next > lastDay) break;
        chain.push(...passWithRetakes(random, module, next));
      }
      const last = chain[chain.length - 1];
      if (profile.status === ReserveStatus.ACTIVE && !lapsed.has(module.id) && (last.expiresOn ?? today) <= addDays(today, 42)) {
        const renewal = addDays(today, -random.int(2, 40));
        chain.push(...passWithRetakes(random, module, renewal > last.completedOn ? renewal : addDays(last.completedOn, 1)));
      }
      if (lapsed.has(module.id)) {
        while (chain.length > 1 && (chain[chain.length - 1].expiresOn ?? today) >= today) chain.pop();
        if (chain.length > 0 && !chain[chain.length - 1].passed) chain.pop();
      }
    }
    // The tracker holds recertifications of the last years only; one-time modules keep their academy record.
    records.push(...(months ? chain.filter((r) => r.completedOn >= recordsSince) : chain));
  }
  return records;
}

function creditFor(priorService: PriorService): string {
  return priorService === PriorService.RETIRED_SWORN ? 'Credited: LAPD Regular Basic Course (prior sworn service)' : 'Credited: POST academy of prior agency';
}

/** Whether every required module is passed and unexpired on a date (expiry day itself no longer counts). */
export function holdsRequiredTraining(records: readonly PlannedTraining[], required: readonly SeededModule[], date: string): boolean {
  return required.every((m) =>
    records.some((r) => r.moduleId === m.id && r.passed && r.completedOn <= date && (r.expiresOn === null || r.expiresOn > date)),
  );
}

/** Continuing professional training: hours passed in the 24 months before a date. */
export function cptHoursBefore(records: readonly PlannedTraining[], date: string): number {
  const since = addMonths(date, -24);
  return records.filter((r) => r.passed && r.completedOn > since && r.completedOn <= date).reduce((sum, r) => sum + r.hours, 0);
}
