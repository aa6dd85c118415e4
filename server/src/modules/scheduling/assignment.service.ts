import type { EntityManager } from 'typeorm';
import { currentUser } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { BadInputError } from '../../common/errors.js';
import { parseId, parseTargetId } from '../../common/ids.js';
import { recordAudit } from '../audit/audit.writer.js';
import { Assignment } from '../deployments/assignment.entity.js';
import { AssignmentStatus, DeploymentKind, INACTIVE_ASSIGNMENT_STATUSES } from '../deployments/deployment.enums.js';
import { assignmentResource } from '../deployments/deployment.resource.js';
import { isOverlapViolation, overlapConflict } from '../deployments/overlap.js';
import { ReserveLevel } from '../reserves/reserve.enums.js';
import { NotEligibleError } from './eligibility.service.js';
import { IneligibilityCode, type IneligibilityReason } from './eligibility.types.js';
import { loadDeployment, loadScheduleFacts, type DeploymentFact } from './facts.js';
import { hoursOf, ineligibilityReasons } from './rules.js';

/** The status changes a coordinator makes; CANCELLED comes only with the deployment. */
const NEXT_STATUSES: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  [AssignmentStatus.ASSIGNED]: [AssignmentStatus.CONFIRMED, AssignmentStatus.DECLINED],
  [AssignmentStatus.CONFIRMED]: [AssignmentStatus.DECLINED, AssignmentStatus.COMPLETED, AssignmentStatus.NO_SHOW, AssignmentStatus.ASSIGNED],
  [AssignmentStatus.DECLINED]: [AssignmentStatus.ASSIGNED],
  [AssignmentStatus.COMPLETED]: [AssignmentStatus.NO_SHOW, AssignmentStatus.CONFIRMED],
  [AssignmentStatus.NO_SHOW]: [AssignmentStatus.COMPLETED, AssignmentStatus.CONFIRMED],
  [AssignmentStatus.CANCELLED]: [],
};
const isActive = (status: AssignmentStatus) => !INACTIVE_ASSIGNMENT_STATUSES.includes(status);

/** What the check-and-insert did: the new assignment, or the rules it would break. */
export type AssignOutcome = { assignment: Assignment } | { reasons: IneligibilityReason[] };

/**
 * Putting reserves on deployments and taking them off. Every path asks the same rules
 * (ineligibilityReasons) under locks: the deployment's row serializes its crew (headcount, the
 * Level I), the reserve's row serializes their schedule (rest, weekly hours), and the exclusion
 * constraint guards overlaps whatever happens.
 */
class AssignmentService extends CrudService<Assignment> {
  protected override async explainFailure(ctx: AppContext, error: unknown) {
    return isOverlapViolation(error) ? overlapConflict(ctx.db, error) : error;
  }

  async assign(ctx: AppContext, deploymentIdInput: unknown, reserveIdInput: unknown): Promise<Assignment> {
    const deploymentId = parseId(deploymentIdInput, 'deploymentId');
    const reserveId = parseId(reserveIdInput, 'reserveId');
    currentUser(ctx);
    return this.write(ctx, async (tx) => {
      const outcome = await this.assignIn(tx, ctx, deploymentId, reserveId);
      if ('reasons' in outcome) throw new NotEligibleError(outcome.reasons);
      return outcome.assignment;
    });
  }

  /**
   * The check-and-insert behind every assignment, in the caller's transaction: locks the deployment's
   * row, then the reserve's, asks every rule, and inserts (audited) only when none is broken; otherwise
   * answers the reasons, having written nothing. The exclusion constraint may still refuse the insert.
   */
  async assignIn(tx: EntityManager, ctx: AppContext, deploymentId: number, reserveId: number): Promise<AssignOutcome> {
    const actor = currentUser(ctx);
    const deployment = await loadDeployment(tx, deploymentId, true);
    const reasons = await this.brokenRules(tx, ctx, deployment, reserveId);
    if (reasons.length) return { reasons };
    const { identifiers } = await tx.insert(Assignment, {
      deploymentId,
      reserveId,
      status: AssignmentStatus.ASSIGNED,
      assignedBy: actor.email,
      assignedAt: ctx.clock.now(),
    });
    const assignment = await this.find(tx, identifiers[0].id as number);
    await recordAudit(tx, ctx, { action: 'CREATE', entityType: 'Assignment', entityId: assignment.id, after: { ...assignment } });
    return { assignment };
  }

  /** Takes a reserve off a deployment (the record goes; the audit log keeps it). Served duty stays on record. */
  async unassign(ctx: AppContext, idInput: unknown): Promise<Assignment> {
    const id = parseTargetId(idInput, 'Assignment');
    return this.write(ctx, async (tx) => {
      const assignment = await this.find(tx, id, true);
      if (assignment.status === AssignmentStatus.COMPLETED || assignment.status === AssignmentStatus.NO_SHOW) {
        throw new BadInputError('assignmentId', 'A served (or missed) duty stays on record; change its status instead');
      }
      await this.keepSupervision(tx, assignment);
      await tx.delete(Assignment, id);
      await recordAudit(tx, ctx, { action: 'DELETE', entityType: 'Assignment', entityId: id, before: { ...assignment } });
      return assignment;
    });
  }

  /** Confirms, declines, completes or marks a no-show; re-activating one checks every rule again. */
  async setStatus(ctx: AppContext, idInput: unknown, status: AssignmentStatus, hoursServed: number | null | undefined): Promise<Assignment> {
    const id = parseTargetId(idInput, 'Assignment');
    if (hoursServed != null && (!Number.isFinite(hoursServed) || hoursServed < 0 || hoursServed > 24)) {
      throw new BadInputError('hoursServed', 'hoursServed must be between 0 and 24');
    }
    return this.write(ctx, async (tx) => {
      const assignment = await this.find(tx, id, true);
      if (!NEXT_STATUSES[assignment.status].includes(status)) {
        const allowed = NEXT_STATUSES[assignment.status];
        throw new BadInputError('status', `An assignment ${assignment.status.toLowerCase()} can become ${allowed.join(', ') || 'nothing else'}`);
      }
      const deployment = await loadDeployment(tx, assignment.deploymentId, true);
      if (status === AssignmentStatus.COMPLETED && deployment.startsAt > ctx.clock.now()) {
        throw new BadInputError('status', 'A duty cannot be completed before it starts');
      }
      if (!isActive(assignment.status) && isActive(status)) await this.checkRules(tx, ctx, deployment, assignment.reserveId);
      if (isActive(assignment.status) && !isActive(status)) await this.keepSupervision(tx, assignment);
      const hours = status === AssignmentStatus.COMPLETED ? (hoursServed ?? assignment.hoursServed ?? hoursOf(deployment)) : status === AssignmentStatus.NO_SHOW ? 0 : null;
      await tx.update(Assignment, id, { status, hoursServed: hours });
      const updated = await this.find(tx, id);
      await recordAudit(tx, ctx, {
        action: 'UPDATE',
        entityType: 'Assignment',
        entityId: id,
        before: { status: assignment.status, hoursServed: assignment.hoursServed },
        after: { status: updated.status, hoursServed: updated.hoursServed },
      });
      return updated;
    });
  }

  /** Locks the reserve's row (their schedule), then asks every rule; throws the reasons it breaks. */
  private async checkRules(tx: EntityManager, ctx: AppContext, deployment: DeploymentFact, reserveId: number): Promise<void> {
    const reasons = await this.brokenRules(tx, ctx, deployment, reserveId);
    if (reasons.length) throw new NotEligibleError(reasons);
  }

  /** Locks the reserve's row (their schedule), then asks every rule; answers the reasons it breaks. */
  private async brokenRules(tx: EntityManager, ctx: AppContext, deployment: DeploymentFact, reserveId: number): Promise<IneligibilityReason[]> {
    const [reserveRow] = (await tx.query(`SELECT id FROM reserve_officer WHERE id = $1 FOR UPDATE`, [reserveId])) as { id: number }[];
    if (!reserveRow) throw new BadInputError('reserveId', `reserveId does not name an existing reserve officer`);
    const facts = await loadScheduleFacts(tx, { from: deployment.startsAt, to: deployment.endsAt }, [reserveId]);
    return ineligibilityReasons({ deployment, reserve: facts.reserves.get(reserveId)!, facts, settings: ctx.scheduling });
  }

  /** The last Level I may not leave a patrol that still has a Level II on it. */
  private async keepSupervision(tx: EntityManager, assignment: Assignment): Promise<void> {
    const deployment = await loadDeployment(tx, assignment.deploymentId, true);
    if (deployment.kind !== DeploymentKind.VISIBILITY_PATROL) return;
    const remaining = deployment.crew.filter((member) => member.assignmentId !== assignment.id).map((member) => member.level);
    if (remaining.includes(ReserveLevel.LEVEL_II) && !remaining.includes(ReserveLevel.LEVEL_I)) {
      throw new NotEligibleError(
        [{ code: IneligibilityCode.NEEDS_LEVEL_I, message: 'the patrol would keep a Level II reserve without a Level I; take the Level II off first or add another Level I' }],
        'The reserve cannot leave the patrol',
      );
    }
  }
}

export const assignmentService = new AssignmentService(assignmentResource);
