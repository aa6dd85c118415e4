import { RecruitSource, RecruitStage } from '../modules/recruits/recruit.enums.js';
import { ReserveLevel } from '../modules/reserves/reserve.enums.js';
import type { SeededAcademy } from './academy.js';
import { addDays, laLocalToUtc } from '../common/la-time.js';
import { aName, COORDINATORS, emailOf, phoneOf } from './names.js';
import { addressIn, placesOf } from './places.js';
import type { Random } from './random.js';
import { EXIT_REASONS, STAGE_NOTES } from './recruit-texts.js';
import type { SeededDivision } from './seed-context.js';

const { PROSPECT, ORIENTATION, APPLICATION, WRITTEN_TEST, BACKGROUND, MEDICAL_PSYCH, ACADEMY, APPOINTED, WITHDRAWN, DISQUALIFIED } =
  RecruitStage;
const ORDER = [PROSPECT, ORIENTATION, APPLICATION, WRITTEN_TEST, BACKGROUND, MEDICAL_PSYCH, ACADEMY, APPOINTED];

/** How many recruits stand at each stage: a funnel, with exits. About 150 in all. */
const STAGE_COUNTS: readonly (readonly [RecruitStage, number])[] = [
  [PROSPECT, 22], [ORIENTATION, 16], [APPLICATION, 16], [WRITTEN_TEST, 14], [BACKGROUND, 14],
  [MEDICAL_PSYCH, 10], [ACADEMY, 18], [APPOINTED, 14], [WITHDRAWN, 14], [DISQUALIFIED, 12],
];

/** Days a recruit typically takes to reach a stage from the one before. */
const DAYS_TO_REACH: Partial<Record<RecruitStage, readonly [number, number]>> = {
  [ORIENTATION]: [5, 30], [APPLICATION]: [3, 21], [WRITTEN_TEST]: [10, 40], [BACKGROUND]: [7, 30],
  [MEDICAL_PSYCH]: [45, 120], [ACADEMY]: [20, 90], [APPOINTED]: [300, 420], [WITHDRAWN]: [5, 60], [DISQUALIFIED]: [5, 45],
};

/** Days since a recruit still in the pipeline reached their stage (some stalled, for the time-in-stage dashboard). */
const DAYS_IN_STAGE: Partial<Record<RecruitStage, readonly [number, number]>> = {
  [PROSPECT]: [1, 45], [ORIENTATION]: [1, 30], [APPLICATION]: [1, 40], [WRITTEN_TEST]: [2, 110], [BACKGROUND]: [5, 150], [MEDICAL_PSYCH]: [3, 80],
};

export interface PlannedStageChange {
  fromStage: RecruitStage | null;
  toStage: RecruitStage;
  changedAt: Date;
  changedBy: string | null;
  note: string | null;
}

export interface PlannedRecruit {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  address: string;
  dateOfBirth: string;
  targetLevel: ReserveLevel;
  source: RecruitSource;
  preferredDivisionId: number | null;
  /** The division whose streets the address and phone come from. */
  homeDivision: SeededDivision;
  stage: RecruitStage;
  stageChangedAt: Date;
  exitReason: string | null;
  academyClassId: number | null;
  notes: string | null;
  /** The local date each stage of `path` was reached, oldest first. */
  path: RecruitStage[];
  reachedOn: string[];
  changes: PlannedStageChange[];
}

interface RecruitContext {
  today: string;
  divisions: readonly SeededDivision[];
  academy: SeededAcademy;
}

/** The stages walked, one forward step at a time, ending at `stage` (or leaving for an exit). */
function pathTo(random: Random, stage: RecruitStage): RecruitStage[] {
  if (stage === WITHDRAWN) return [...ORDER.slice(0, random.weighted([[1, 5], [2, 4], [3, 3], [4, 2], [5, 2], [6, 1], [7, 1]])), WITHDRAWN];
  if (stage === DISQUALIFIED) return [...ORDER.slice(0, random.weighted([[4, 4], [5, 6], [6, 3], [7, 2]])), DISQUALIFIED];
  return ORDER.slice(0, ORDER.indexOf(stage) + 1);
}

/** Appointed after Module III means Level III; older appointees went on to Level I or II; Specialists skip the test. */
function targetLevelFor(random: Random, path: readonly RecruitStage[], appointedAfterModuleIII: boolean): ReserveLevel {
  if (appointedAfterModuleIII) return ReserveLevel.LEVEL_III;
  if (path.includes(APPOINTED)) return random.pick([ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_II]);
  const pastTheTest = path.includes(WRITTEN_TEST);
  return random.weighted([
    [ReserveLevel.LEVEL_I, 40], [ReserveLevel.LEVEL_II, 25], [ReserveLevel.LEVEL_III, 30], [ReserveLevel.SPECIALIST, pastTheTest ? 0 : 5],
  ]);
}

/** Dates each stage was reached: the last one (and the academy start) are anchored, the rest step back from them. */
function datesOf(random: Random, ctx: RecruitContext, path: readonly RecruitStage[], linkedToPastClass: boolean): string[] {
  const { today, academy } = ctx;
  const last = path[path.length - 1];
  const academyAt = path.indexOf(ACADEMY);
  const dates: (string | undefined)[] = path.map(() => undefined);
  if (academyAt >= 0 && (last !== APPOINTED || linkedToPastClass)) {
    dates[academyAt] = addDays(academy.past.startsOn, -random.int(1, 7));
  }
  if (last === APPOINTED) {
    dates[path.length - 1] = linkedToPastClass ? addDays(academy.past.endsOn, random.int(7, 28)) : addDays(today, -random.int(400, 1100));
  } else if (last === WITHDRAWN || last === DISQUALIFIED) {
    const fromAcademy = academyAt >= 0;
    dates[path.length - 1] = fromAcademy ? addDays(academy.past.startsOn, random.int(20, 200)) : addDays(today, -random.int(3, 400));
  } else if (last !== ACADEMY) {
    const [min, max] = DAYS_IN_STAGE[last] ?? [1, 30];
    dates[path.length - 1] = addDays(today, -random.int(min, max));
  }
  for (let i = path.length - 2; i >= 0; i--) {
    if (dates[i] !== undefined) continue;
    const [min, max] = DAYS_TO_REACH[path[i + 1]] ?? [5, 30];
    dates[i] = addDays(dates[i + 1] as string, -random.int(min, max));
  }
  return dates.map((date, i) => {
    if (date === undefined || date >= today || (i > 0 && date <= (dates[i - 1] as string))) throw new Error('recruit timeline out of order');
    return date;
  });
}

export function planRecruits(random: Random, ctx: RecruitContext): PlannedRecruit[] {
  const stages = random.shuffle(STAGE_COUNTS.flatMap(([stage, count]) => Array.from({ length: count }, () => stage)));
  let appointedSoFar = 0;
  return stages.map((stage, index) => {
    const path = pathTo(random, stage);
    const linkedToPastClass = stage === APPOINTED && appointedSoFar++ % 2 === 0;
    const reachedOn = datesOf(random, ctx, path, linkedToPastClass);
    const name = aName(random);
    const preferred = random.chance(0.7) ? random.pick(ctx.divisions) : null;
    const homeDivision = preferred ?? random.pick(ctx.divisions);
    const source = random.weighted([
      [RecruitSource.REFERRAL, 30], [RecruitSource.EVENT, 20], [RecruitSource.WEB, 25],
      [RecruitSource.SOCIAL_MEDIA, 15], [RecruitSource.WALK_IN, 5], [RecruitSource.OTHER, 5],
    ]);
    const exitReasons = stage === WITHDRAWN || stage === DISQUALIFIED ? EXIT_REASONS[stage] : undefined;
    const exitReason = exitReasons ? random.pick(exitReasons[path[path.length - 2]] ?? exitReasons.any) : null;
    const changes = path.map((toStage, i): PlannedStageChange => ({
      fromStage: i === 0 ? null : path[i - 1],
      toStage,
      changedAt: laLocalToUtc(reachedOn[i], random.int(8, 17), random.int(0, 59)),
      changedBy: i === 0 && source === RecruitSource.WEB ? null : random.pick(COORDINATORS),
      note: exitReason && i === path.length - 1 ? exitReason : STAGE_NOTES[toStage],
    }));
    const inAcademy = path.includes(ACADEMY);
    const academyClassId = !inAcademy || (stage === APPOINTED && !linkedToPastClass) ? null
      : stage === ACADEMY ? ctx.academy.current.id
      : reachedOn[reachedOn.length - 1] > ctx.academy.past.endsOn ? ctx.academy.current.id : ctx.academy.past.id;
    const age = random.int(21, 58);
    return {
      firstName: name.firstName,
      lastName: name.lastName,
      email: emailOf(name, index + 1),
      phone: phoneOf(random, placesOf(homeDivision.areaId).areaCode),
      address: addressIn(random, homeDivision.areaId),
      dateOfBirth: addDays(reachedOn[0], -(age * 365 + random.int(0, 364))),
      targetLevel: targetLevelFor(random, path, linkedToPastClass),
      source,
      preferredDivisionId: preferred?.id ?? null,
      homeDivision,
      stage,
      stageChangedAt: changes[changes.length - 1].changedAt,
      exitReason,
      academyClassId,
      notes: random.chance(0.12) ? random.pick(RECRUIT_NOTES) : null,
      path,
      reachedOn,
      changes,
    };
  });
}

const RECRUIT_NOTES = [
  'Bilingual English/Spanish', 'Speaks Korean', 'Speaks Armenian', 'Works nights; asked about the weekend academy schedule',
  'Retired firefighter', 'Referred by a Level I reserve at the division', 'Met at the Community Safety Day booth', 'Veteran (US Army)',
];
