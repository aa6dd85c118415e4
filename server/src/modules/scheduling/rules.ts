import { laDateOf, laWeekOf } from '../../common/la-time.js';
import { DeploymentKind, DeploymentStatus } from '../deployments/deployment.enums.js';
import { ReserveLevel, ReserveStatus } from '../reserves/reserve.enums.js';
import { CPT_LEVELS, cptHours, moduleStanding, TrainingStanding } from '../training/training-status.js';
import { IneligibilityCode as Code, type IneligibilityReason } from './eligibility.types.js';
import type { Booking, DeploymentFact, ReserveFact, ScheduleFacts } from './facts.js';
import type { SchedulingSettings } from './scheduling.settings.js';

const HOUR_MS = 3_600_000;

/**
 * Levels that may do each kind of duty (POST H-1): a visibility patrol is field work, so Level III
 * and Specialists are not eligible; Specialists are non-sworn and do no security or traffic work.
 */
export const PERMITTED_LEVELS: Record<DeploymentKind, readonly ReserveLevel[]> = {
  [DeploymentKind.VISIBILITY_PATROL]: [ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_II],
  [DeploymentKind.EVENT_SECURITY]: [ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_II, ReserveLevel.LEVEL_III],
  [DeploymentKind.TRAFFIC_CONTROL]: [ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_II, ReserveLevel.LEVEL_III],
  [DeploymentKind.COMMUNITY_EVENT]: Object.values(ReserveLevel),
  [DeploymentKind.SEARCH_AND_RESCUE]: Object.values(ReserveLevel),
  [DeploymentKind.ADMINISTRATIVE]: Object.values(ReserveLevel),
};

export const hoursOf = (span: { startsAt: Date; endsAt: Date }) => (span.endsAt.getTime() - span.startsAt.getTime()) / HOUR_MS;

const when = (span: { startsAt: Date }) => laDateOf(span.startsAt);

/** Which of the rules to apply: all of them, or only those about the reserve's qualification (the Inspector General report). */
export type RuleScope = 'all' | 'qualification';

export interface RuleInput {
  deployment: DeploymentFact;
  reserve: ReserveFact;
  facts: ScheduleFacts;
  settings: SchedulingSettings;
  /** Bookings not yet in the database (an auto-fill proposal), by reserve. */
  proposed?: ReadonlyMap<number, readonly Booking[]>;
  /** Levels of reserves proposed for this deployment but not yet assigned. */
  proposedCrew?: readonly ReserveLevel[];
  scope?: RuleScope;
}

/** The training rules: every module the level requires passed and unexpired on the day; CPT hours. */
function trainingReasons({ deployment, reserve, facts, settings }: RuleInput): IneligibilityReason[] {
  const day = when(deployment);
  const records = facts.training.get(reserve.id) ?? [];
  const reasons: IneligibilityReason[] = [];
  for (const module of facts.modules.filter((m) => m.requiredForLevels.includes(reserve.level))) {
    const { standing, record: latest } = moduleStanding(records, module, day, 0);
    if (standing === TrainingStanding.MISSING) {
      reasons.push({ code: Code.TRAINING_MISSING, moduleId: module.id, message: `${module.title} (${module.code}) has not been passed` });
    } else if (standing === TrainingStanding.EXPIRED) {
      reasons.push({ code: Code.TRAINING_EXPIRED, moduleId: module.id, message: `${module.title} (${module.code}) expired on ${latest?.expiresOn}` });
    }
  }
  if (CPT_LEVELS.has(reserve.level)) {
    const hours = cptHours(records, day, settings.cptMonths);
    if (hours < settings.cptHours) {
      reasons.push({
        code: Code.CPT_HOURS_SHORT,
        message: `${hours} training hours in the ${settings.cptMonths} months before ${day}; ${settings.cptHours} are required`,
      });
    }
  }
  return reasons;
}

/** The time rules against the reserve's other duties: no overlap, enough rest, the weekly maximum. */
function timeReasons({ deployment, reserve, facts, settings, proposed }: RuleInput): IneligibilityReason[] {
  const others = [...(facts.bookings.get(reserve.id) ?? []), ...(proposed?.get(reserve.id) ?? [])].filter(
    (booking) => booking.deploymentId !== deployment.id,
  );
  const reasons: IneligibilityReason[] = [];
  const restMs = settings.restHours * HOUR_MS;
  for (const other of others) {
    if (other.startsAt < deployment.endsAt && other.endsAt > deployment.startsAt) {
      reasons.push({ code: Code.OVERLAP, deploymentId: other.deploymentId, message: `Already on deployment ${other.deploymentId} at that time` });
    } else if (other.startsAt.getTime() < deployment.endsAt.getTime() + restMs && other.endsAt.getTime() > deployment.startsAt.getTime() - restMs) {
      reasons.push({
        code: Code.REST_TOO_SHORT,
        deploymentId: other.deploymentId,
        message: `Less than ${settings.restHours} hours of rest around deployment ${other.deploymentId}`,
      });
    }
  }
  const week = laWeekOf(deployment.startsAt);
  const inWeek = others.filter((booking) => booking.startsAt >= week.start && booking.startsAt < week.end);
  const weekHours = inWeek.reduce((sum, booking) => sum + hoursOf(booking), 0) + hoursOf(deployment);
  if (weekHours > settings.weeklyMaxHours) {
    reasons.push({
      code: Code.WEEKLY_MAX_EXCEEDED,
      message: `${weekHours} hours in the week of ${laDateOf(week.start)}; at most ${settings.weeklyMaxHours}`,
    });
  }
  return reasons;
}

/** The rules about the deployment's crew: open, not full, not twice, a Level I beside any Level II on patrol. */
function crewReasons({ deployment, reserve, proposedCrew = [] }: RuleInput): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  if (deployment.status === DeploymentStatus.CANCELLED || deployment.status === DeploymentStatus.COMPLETED) {
    reasons.push({ code: Code.DEPLOYMENT_CLOSED, message: `The deployment is ${deployment.status.toLowerCase()}` });
  }
  const crew = deployment.crew.filter((member) => member.reserveId !== reserve.id);
  if (crew.length < deployment.crew.length) reasons.push({ code: Code.ALREADY_ASSIGNED, message: 'Already assigned to this deployment' });
  if (crew.length + proposedCrew.length >= deployment.requiredHeadcount) {
    reasons.push({ code: Code.HEADCOUNT_FULL, message: `All ${deployment.requiredHeadcount} places are taken` });
  }
  return [...reasons, ...supervisionReasons(deployment, reserve, [...crew.map((member) => member.level), ...proposedCrew])];
}

/** POST H-1: a Level II reserve on patrol works beside a Level I. */
function supervisionReasons(deployment: DeploymentFact, reserve: ReserveFact, crewLevels: readonly ReserveLevel[]): IneligibilityReason[] {
  const needsLevelI = deployment.kind === DeploymentKind.VISIBILITY_PATROL && reserve.level === ReserveLevel.LEVEL_II;
  if (!needsLevelI || crewLevels.includes(ReserveLevel.LEVEL_I)) return [];
  return [{ code: Code.NEEDS_LEVEL_I, message: 'A Level II reserve on patrol needs a Level I reserve on the same patrol; assign the Level I first' }];
}

/** Every reason the reserve may not go on the deployment; none means eligible. One function for every path. */
export function ineligibilityReasons(input: RuleInput): IneligibilityReason[] {
  const { deployment, reserve, scope = 'all' } = input;
  const reasons: IneligibilityReason[] = [];
  // The report looks back: a reserve's status then is not on record, so only 'all' asks it.
  if (scope === 'all' && reserve.status !== ReserveStatus.ACTIVE) {
    reasons.push({ code: Code.NOT_ACTIVE, message: `The reserve is ${reserve.status.toLowerCase()}` });
  }
  if (!PERMITTED_LEVELS[deployment.kind].includes(reserve.level)) {
    const kind = deployment.kind.toLowerCase().replace(/_/g, ' ');
    reasons.push({ code: Code.LEVEL_NOT_PERMITTED, message: `${reserve.level.replace('_', ' ')} reserves do not do ${kind} duty (POST H-1)` });
  }
  reasons.push(...trainingReasons(input));
  if (scope === 'qualification') {
    const crewLevels = input.deployment.crew.filter((m) => m.reserveId !== reserve.id).map((m) => m.level);
    return [...reasons, ...supervisionReasons(deployment, reserve, crewLevels)];
  }
  return [...reasons, ...timeReasons(input), ...crewReasons(input)];
}
