import { In } from 'typeorm';
import type { AppContext } from '../../common/context.js';
import { BadInputError, DomainError } from '../../common/errors.js';
import { parseId, parseTargetId } from '../../common/ids.js';
import { laMonthOf } from '../../common/la-time.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import {
  CONFLICT_CODES,
  type EligibleCandidate,
  type EligibleCandidatePage,
  type IneligibilityReason,
  type ReserveEligibility,
} from './eligibility.types.js';
import { loadDeployment, loadScheduleFacts, type DeploymentFact, type ReserveFact } from './facts.js';
import { completedHours } from './hours.js';
import { ineligibilityReasons } from './rules.js';

const MAX_PER_PAGE = 500;

/** An assignment refused by a rule: CONFLICT when the schedule is in the way, else BAD_USER_INPUT; the codes travel in `reasons`. */
export class NotEligibleError extends DomainError {
  constructor(reasons: IneligibilityReason[], subject = 'The reserve cannot be assigned') {
    const conflict = reasons.some((reason) => CONFLICT_CODES.has(reason.code));
    super(conflict ? 'CONFLICT' : 'BAD_USER_INPUT', `${subject}: ${reasons.map((reason) => reason.message).join('; ')}`, {
      field: 'reserveId',
      reasons: reasons.map((reason) => ({ ...reason, moduleId: reason.moduleId?.toString(), deploymentId: reason.deploymentId?.toString() })),
    });
  }
}

export const eligibilityService = {
  async reserveEligibility(ctx: AppContext, reserveIdInput: unknown, deploymentIdInput: unknown): Promise<ReserveEligibility> {
    const reserveId = parseTargetId(reserveIdInput, 'ReserveOfficer');
    const deployment = await loadDeployment(ctx.db.manager, parseTargetId(deploymentIdInput, 'Deployment'));
    const facts = await loadScheduleFacts(ctx.db.manager, { from: deployment.startsAt, to: deployment.endsAt }, [reserveId]);
    const reserve = facts.reserves.get(reserveId);
    if (!reserve) throw new BadInputError('reserveId', `ReserveOfficer ${reserveId} was not found`);
    const reasons = ineligibilityReasons({ deployment, reserve, facts, settings: ctx.scheduling });
    return { reserveId, deploymentId: deployment.id, eligible: reasons.length === 0, reasons };
  },

  /**
   * Every reserve not separated, ranked for the deployment: eligible first, then those homed in its
   * division, then those furthest below their monthly minimum; each with the reasons it cannot go.
   */
  async eligibleReserves(ctx: AppContext, deploymentIdInput: unknown, page = 0, perPage = 25): Promise<EligibleCandidatePage> {
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) throw new BadInputError('perPage', `perPage must be between 1 and ${MAX_PER_PAGE}`);
    if (!Number.isInteger(page) || page < 0) throw new BadInputError('page', 'page must be 0 or more');
    const deployment = await loadDeployment(ctx.db.manager, parseId(deploymentIdInput, 'deploymentId'));
    const facts = await loadScheduleFacts(ctx.db.manager, { from: deployment.startsAt, to: deployment.endsAt });
    const month = laMonthOf(deployment.startsAt);
    const hours = await completedHours(ctx.db.manager, null, { from: month.start, to: month.end });
    const ranked = [...facts.reserves.values()]
      .map((reserve) => rank(reserve, deployment, hours.get(reserve.id)?.hours ?? 0, ineligibilityReasons({ deployment, reserve, facts, settings: ctx.scheduling })))
      .filter((candidate) => !candidate.reasons.some((reason) => reason.code === 'ALREADY_ASSIGNED'))
      .sort(byRank);
    const slice = ranked.slice(page * perPage, (page + 1) * perPage);
    const reserves = await ctx.db.getRepository(ReserveOfficer).findBy({ id: In(slice.map((candidate) => candidate.reserveId)) });
    const byId = new Map(reserves.map((reserve) => [reserve.id, reserve]));
    return {
      total: ranked.length,
      eligibleCount: ranked.filter((candidate) => candidate.eligible).length,
      candidates: slice.map(({ reserveId, ...candidate }) => ({ ...candidate, reserve: byId.get(reserveId)! })),
    };
  },
};

type Ranked = Omit<EligibleCandidate, 'reserve'> & { reserveId: number };

function rank(reserve: ReserveFact, deployment: DeploymentFact, hoursThisMonth: number, reasons: IneligibilityReason[]): Ranked {
  return {
    reserveId: reserve.id,
    eligible: reasons.length === 0,
    reasons,
    homeDivision: reserve.homeDivisionId === deployment.divisionId,
    hoursThisMonth,
    hoursBelowMinimum: Math.max(0, reserve.monthlyMinimumHours - hoursThisMonth),
  };
}

function byRank(a: Ranked, b: Ranked): number {
  return (
    Number(b.eligible) - Number(a.eligible) ||
    Number(b.homeDivision) - Number(a.homeDivision) ||
    b.hoursBelowMinimum - a.hoursBelowMinimum ||
    a.reasons.length - b.reasons.length ||
    a.reserveId - b.reserveId
  );
}
