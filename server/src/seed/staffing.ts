import { AssignmentStatus, DeploymentKind, DeploymentStatus } from '../modules/deployments/deployment.enums.js';
import { ReserveLevel } from '../modules/reserves/reserve.enums.js';
import type { PlannedDeployment } from './deployment-plan.js';
import { hoursBetween, laDateOf, laLocalToUtc, startOfWeek } from '../common/la-time.js';
import { COORDINATORS } from './names.js';
import type { Random } from './random.js';
import type { Roster } from './roster.js';

const { LEVEL_I, LEVEL_II, LEVEL_III, SPECIALIST } = ReserveLevel;

/**
 * Who may fill a duty. Visibility patrol is field work: Levels I and II only, led by a Level I so a
 * Level II is never without one (POST H-1). Support duties go to Level III and Specialists, with a
 * Level I in charge where Level III needs one in the vicinity. `crew` is in order of preference.
 */
const CREWS: Record<DeploymentKind, { lead: ReserveLevel | null; crew: readonly ReserveLevel[] }> = {
  [DeploymentKind.VISIBILITY_PATROL]: { lead: LEVEL_I, crew: [LEVEL_I, LEVEL_II] },
  [DeploymentKind.EVENT_SECURITY]: { lead: LEVEL_I, crew: [LEVEL_III, LEVEL_II] },
  [DeploymentKind.TRAFFIC_CONTROL]: { lead: LEVEL_I, crew: [LEVEL_III, LEVEL_II] },
  [DeploymentKind.SEARCH_AND_RESCUE]: { lead: LEVEL_I, crew: [LEVEL_III, LEVEL_I, LEVEL_II] },
  [DeploymentKind.COMMUNITY_EVENT]: { lead: null, crew: [LEVEL_III, SPECIALIST, LEVEL_II] },
  [DeploymentKind.ADMINISTRATIVE]: { lead: null, crew: [SPECIALIST, LEVEL_III] },
};

/** Share of slots filled: the past was staffed; the further ahead, the more slots are still open for the auto-fill. */
function fillRate(deployment: PlannedDeployment): number {
  if (deployment.status === DeploymentStatus.COMPLETED) return 0.95;
  return deployment.week <= 0 ? 0.9 : deployment.week === 1 ? 0.7 : 0.5;
}

function statusOf(random: Random, deployment: PlannedDeployment, slot: number, now: Date): AssignmentStatus {
  switch (deployment.status) {
    case DeploymentStatus.COMPLETED:
      return AssignmentStatus.COMPLETED;
    case DeploymentStatus.CANCELLED:
      return AssignmentStatus.CANCELLED;
    default:
      if (slot > 0 && random.chance(0.04)) return AssignmentStatus.DECLINED;
      if (deployment.startsAt <= now) return AssignmentStatus.CONFIRMED;
      return random.chance(deployment.week <= 1 ? 0.7 : 0.35) ? AssignmentStatus.CONFIRMED : AssignmentStatus.ASSIGNED;
  }
}

interface Candidate {
  index: number;
  key: readonly number[];
}

function compareKeys(a: Candidate, b: Candidate): number {
  for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
  return a.index - b.index;
}

interface Duty {
  deployment: PlannedDeployment;
  date: string;
  weekStart: Date;
  month: string;
  hours: number;
  chosen: Set<number>;
}

/**
 * Assigns reserves to the deployments, honouring every hard rule (eligibility on the day, no overlap,
 * 8 hours' rest, 24 hours in 7 days, the hours each reserve offered) and preferring reserves below
 * their monthly minimum, then those of the deployment's own division, then of its bureau. Leads
 * (the Level I a patrol needs) are found first for the whole period, then the crews, so the Level I
 * reserves' hours go where only they can serve.
 */
export function staffDeployments(random: Random, roster: Roster, deployments: readonly PlannedDeployment[], now: Date): void {
  const byLevel = new Map(Object.values(ReserveLevel).map((level) => [level, roster.reserves.flatMap((r, i) => (r.level === level ? [i] : []))]));

  const pick = (duty: Duty, levels: readonly ReserveLevel[]): number | undefined => {
    const { deployment } = duty;
    const candidates: Candidate[] = [];
    for (const [rank, level] of levels.entries()) {
      for (const index of byLevel.get(level) ?? []) {
        if (duty.chosen.has(index) || !roster.isEligible(index, duty.date)) continue;
        if (!roster.isFree(index, deployment.startsAt, deployment.endsAt, duty.weekStart)) continue;
        const reserve = roster.reserves[index];
        const place = reserve.homeDivision.id === deployment.division.id ? 0 : reserve.homeDivision.bureau === deployment.division.bureau ? 1 : 2;
        const belowMinimum = roster.hoursInMonth(index, duty.month) < reserve.monthlyMinimumHours ? 0 : 1;
        const levelRank = deployment.kind === DeploymentKind.VISIBILITY_PATROL ? 0 : rank;
        candidates.push({ index, key: [levelRank, belowMinimum, place, random.next()] });
      }
    }
    return candidates.sort(compareKeys)[0]?.index;
  };

  const assign = (duty: Duty, index: number, slot: number) => {
    const { deployment } = duty;
    duty.chosen.add(index);
    const status = statusOf(random, deployment, slot, now);
    if (status !== AssignmentStatus.DECLINED) roster.book(index, deployment.startsAt, deployment.endsAt);
    const from = deployment.createdAt.getTime();
    const until = Math.min(deployment.startsAt.getTime(), now.getTime());
    deployment.assignments.push({
      reserveIndex: index,
      status,
      hoursServed: status === AssignmentStatus.COMPLETED ? duty.hours : null,
      assignedBy: random.pick(COORDINATORS),
      assignedAt: new Date(from + Math.floor(((until - from) * (0.1 + 0.8 * random.next())) / 60_000) * 60_000),
    });
  };

  // Drafts are not staffed yet, and a few published duties have no one so far.
  const duties: Duty[] = deployments
    .filter((d) => d.status !== DeploymentStatus.DRAFT && (d.status === DeploymentStatus.COMPLETED || random.chance(Math.max(fillRate(d), 0.85))))
    .map((deployment) => {
      deployment.assignments = [];
      const date = laDateOf(deployment.startsAt);
      const weekStart = laLocalToUtc(startOfWeek(date), 0);
      const hours = hoursBetween(deployment.startsAt, deployment.endsAt);
      return { deployment, date, weekStart, month: date.slice(0, 7), hours, chosen: new Set<number>() };
    });

  const led: Duty[] = [];
  for (const duty of duties) {
    const { lead } = CREWS[duty.deployment.kind];
    const index = lead ? pick(duty, [lead]) : undefined;
    if (index !== undefined) assign(duty, index, 0);
    if (!lead || index !== undefined) led.push(duty); // with no one to lead it, the whole duty stays open
  }
  for (const duty of led) {
    const { lead, crew } = CREWS[duty.deployment.kind];
    const fill = fillRate(duty.deployment);
    for (let slot = lead ? 1 : 0; slot < duty.deployment.requiredHeadcount; slot++) {
      if (slot > 0 && !random.chance(fill)) continue;
      const index = pick(duty, crew);
      if (index !== undefined) assign(duty, index, slot);
    }
  }
}
