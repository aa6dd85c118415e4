import { RecruitStage } from '../modules/recruits/recruit.enums.js';
import { DEFAULT_MONTHLY_MINIMUM_HOURS, PriorService, ReserveLevel, ReserveStatus } from '../modules/reserves/reserve.enums.js';
import type { SeededModule } from './curriculum.js';
import { addDays } from '../common/la-time.js';
import { aName, emailOf, phoneOf, type PersonName } from './names.js';
import { addressIn, placesOf } from './places.js';
import type { Random } from './random.js';
import type { PlannedRecruit } from './recruits.js';
import type { SeededDivision } from './seed-context.js';
import { planReserveTraining, type PlannedTraining, type TrainingHabit } from './training.js';

const { LEVEL_I, LEVEL_II, LEVEL_III, SPECIALIST } = ReserveLevel;
const { ACADEMY_GRADUATE, RETIRED_SWORN, LATERAL } = PriorService;

/** About 200 reserves: Level I 35 %, Level II 25 %, Level III 25 %, Specialists 15 %. */
const LEVEL_COUNTS: readonly (readonly [ReserveLevel, number])[] = [[LEVEL_I, 70], [LEVEL_II, 50], [LEVEL_III, 50], [SPECIALIST, 30]];

const PRIOR_SERVICE: Record<ReserveLevel, readonly (readonly [PriorService, number])[]> = {
  [LEVEL_I]: [[RETIRED_SWORN, 45], [ACADEMY_GRADUATE, 40], [LATERAL, 15]],
  [LEVEL_II]: [[ACADEMY_GRADUATE, 60], [RETIRED_SWORN, 20], [LATERAL, 20]],
  [LEVEL_III]: [[ACADEMY_GRADUATE, 70], [RETIRED_SWORN, 20], [LATERAL, 10]],
  [SPECIALIST]: [[ACADEMY_GRADUATE, 60], [RETIRED_SWORN, 40]],
};

export interface PlannedReserve extends PersonName {
  badgeNumber: string;
  email: string;
  phone: string;
  address: string;
  level: ReserveLevel;
  status: ReserveStatus;
  homeDivision: SeededDivision;
  appointedOn: string;
  priorService: PriorService;
  /** Index into the planned recruits, for those appointed from the pipeline. */
  recruitIndex: number | null;
  monthlyMinimumHours: number;
  /** Hours a week this reserve is willing to serve; the schedule never books more. */
  weeklyHours: number;
  training: PlannedTraining[];
}

interface ReserveContext {
  today: string;
  divisions: readonly SeededDivision[];
  modules: readonly SeededModule[];
  recruits: readonly PlannedRecruit[];
}

type Draft = Omit<PlannedReserve, 'badgeNumber' | 'training'> & { habit: TrainingHabit };

function willingHours(random: Random, status: ReserveStatus): number {
  if (status !== ReserveStatus.ACTIVE) return 0;
  return random.weighted([[0, 10], [random.int(4, 8), 35], [random.int(8, 12), 30], [random.int(12, 16), 15], [random.int(16, 24), 10]]);
}

export function planReserves(random: Random, ctx: ReserveContext): PlannedReserve[] {
  const { today, divisions } = ctx;
  const drafts: Draft[] = [];
  const levelsLeft = new Map(LEVEL_COUNTS);

  // Recruits who reached APPOINTED became reserves at the level they aimed for.
  ctx.recruits.forEach((recruit, index) => {
    if (recruit.stage !== RecruitStage.APPOINTED) return;
    levelsLeft.set(recruit.targetLevel, (levelsLeft.get(recruit.targetLevel) ?? 1) - 1);
    drafts.push({
      firstName: recruit.firstName, lastName: recruit.lastName, email: recruit.email, phone: recruit.phone, address: recruit.address,
      level: recruit.targetLevel, status: ReserveStatus.ACTIVE, homeDivision: recruit.homeDivision,
      appointedOn: recruit.reachedOn[recruit.reachedOn.length - 1], priorService: ACADEMY_GRADUATE, recruitIndex: index,
      monthlyMinimumHours: DEFAULT_MONTHLY_MINIMUM_HOURS[recruit.targetLevel], weeklyHours: random.int(4, 12), habit: 'CURRENT',
    });
  });

  // The rest of the roster, spread evenly over the divisions within each level.
  const levels = random.shuffle([...levelsLeft].flatMap(([level, count]) => Array.from({ length: Math.max(0, count) }, () => level)));
  const rotation = new Map(LEVEL_COUNTS.map(([level]) => [level, { order: random.shuffle(divisions), next: 0 }]));
  levels.forEach((level, index) => {
    const turn = rotation.get(level)!;
    const homeDivision = turn.order[turn.next++ % turn.order.length];
    const priorService = random.weighted(PRIOR_SERVICE[level]);
    const status = random.weighted([[ReserveStatus.ACTIVE, 82], [ReserveStatus.INACTIVE, 7], [ReserveStatus.LEAVE, 5], [ReserveStatus.SEPARATED, 6]]);
    const yearsAgo = priorService === RETIRED_SWORN ? random.int(0, 15) : random.int(0, 25);
    const name = aName(random);
    drafts.push({
      ...name,
      email: emailOf(name, 1001 + index),
      phone: phoneOf(random, placesOf(homeDivision.areaId).areaCode),
      address: addressIn(random, homeDivision.areaId),
      level, status, homeDivision, priorService,
      appointedOn: addDays(today, -(60 + yearsAgo * 365 + random.int(0, 364))),
      recruitIndex: null,
      monthlyMinimumHours: DEFAULT_MONTHLY_MINIMUM_HOURS[level],
      weeklyHours: willingHours(random, status),
      habit: status === ReserveStatus.ACTIVE ? random.weighted<TrainingHabit>([['CURRENT', 80], ['LAPSED', 14], ['MISSING', 6]]) : 'CURRENT',
    });
  });

  // Serial numbers were handed out in order of appointment.
  const bySeniority = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.appointedOn.localeCompare(b.d.appointedOn) || a.i - b.i);
  const badges = new Map<number, string>();
  let serial = 30_000;
  for (const { i } of bySeniority) badges.set(i, String((serial += random.int(3, 37))));

  return drafts.map(({ habit, ...draft }, i) => ({
    ...draft,
    badgeNumber: badges.get(i)!,
    training: planReserveTraining(random, ctx.modules, { ...draft, habit }, today),
  }));
}
