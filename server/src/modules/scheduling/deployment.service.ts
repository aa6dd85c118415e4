import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { BadInputError } from '../../common/errors.js';
import { parseTargetId } from '../../common/ids.js';
import { recordAudit } from '../audit/audit.writer.js';
import { AssignmentStatus, DeploymentStatus, INACTIVE_ASSIGNMENT_STATUSES } from '../deployments/deployment.enums.js';
import { Deployment } from '../deployments/deployment.entity.js';
import { deploymentResource } from '../deployments/deployment.resource.js';
import { isOverlapViolation, overlapConflict } from '../deployments/overlap.js';
import { NotEligibleError } from './eligibility.service.js';
import type { IneligibilityReason } from './eligibility.types.js';
import { loadDeployment, loadScheduleFacts } from './facts.js';
import { ineligibilityReasons } from './rules.js';

/** A duty longer than a day is a typing mistake, not a shift. */
export const MAX_DEPLOYMENT_HOURS = 24;

/** The statuses each lifecycle step starts from. */
const LIFECYCLE: Record<'publish' | 'cancel' | 'complete', { from: DeploymentStatus[]; to: DeploymentStatus }> = {
  publish: { from: [DeploymentStatus.DRAFT], to: DeploymentStatus.PUBLISHED },
  cancel: { from: [DeploymentStatus.DRAFT, DeploymentStatus.PUBLISHED], to: DeploymentStatus.CANCELLED },
  complete: { from: [DeploymentStatus.PUBLISHED], to: DeploymentStatus.COMPLETED },
};

class DeploymentService extends CrudService<Deployment> {
  protected override check(deployment: Partial<Deployment>): void {
    const { startsAt, endsAt } = deployment;
    if (!startsAt || !endsAt) return;
    if (endsAt.getTime() <= startsAt.getTime()) throw new BadInputError('endsAt', 'endsAt must be after startsAt');
    if (endsAt.getTime() - startsAt.getTime() > MAX_DEPLOYMENT_HOURS * 3_600_000) {
      throw new BadInputError('endsAt', `a deployment lasts at most ${MAX_DEPLOYMENT_HOURS} hours`);
    }
  }

  /**
   * A deployment that already has reserves may still move (or change kind or headcount), but only
   * if every one of them could still be assigned to it as it will be; otherwise it says who and why.
   */
  protected override async prepareUpdate(tx: EntityManager, existing: Deployment, values: Record<string, unknown>, ctx: AppContext) {
    const current = await loadDeployment(tx, existing.id);
    const moved = { ...current, ...(values as Partial<Deployment>) };
    if (moved.requiredHeadcount < current.crew.length) {
      throw new BadInputError('requiredHeadcount', `requiredHeadcount cannot go below the ${current.crew.length} reserves already assigned`);
    }
    if (current.crew.length === 0 || moved.endsAt <= moved.startsAt) return values;
    const facts = await loadScheduleFacts(tx, { from: moved.startsAt, to: moved.endsAt }, current.crew.map((member) => member.reserveId));
    const broken: IneligibilityReason[] = [];
    for (const member of current.crew) {
      const reserve = facts.reserves.get(member.reserveId)!;
      const crew = current.crew.filter((other) => other.reserveId !== member.reserveId);
      const reasons = ineligibilityReasons({ deployment: { ...moved, crew }, reserve, facts, settings: ctx.scheduling });
      broken.push(...reasons.map((reason) => ({ ...reason, message: `reserve ${reserve.id}: ${reason.message}` })));
    }
    if (broken.length) throw new NotEligibleError(broken, `Deployment ${existing.id} cannot change that way`);
    return values;
  }

  /** Moving a deployment moves its assignments: the database refuses it when a reserve would be double-booked. */
  protected override async explainFailure(ctx: AppContext, error: unknown) {
    return isOverlapViolation(error) ? overlapConflict(ctx.db, error) : error;
  }

  publish(ctx: AppContext, id: unknown): Promise<Deployment> {
    return this.step(ctx, id, 'publish', async () => {});
  }

  /** Cancels the deployment and its assignments (except those already completed), freeing the reserves' time. */
  cancel(ctx: AppContext, id: unknown): Promise<Deployment> {
    return this.step(ctx, id, 'cancel', (tx, deployment) =>
      tx.query(`UPDATE assignment SET status = $2, updated_at = now() WHERE deployment_id = $1 AND status <> ALL($3)`, [
        deployment.id,
        AssignmentStatus.CANCELLED,
        [...INACTIVE_ASSIGNMENT_STATUSES, AssignmentStatus.COMPLETED, AssignmentStatus.NO_SHOW],
      ]),
    );
  }

  /** Marks the confirmed assignments completed with the deployment's hours, unless other hours were recorded. */
  complete(ctx: AppContext, id: unknown): Promise<Deployment> {
    return this.step(ctx, id, 'complete', async (tx, deployment) => {
      if (deployment.startsAt > ctx.clock.now()) throw new BadInputError('id', 'A deployment cannot be completed before it starts');
      await tx.query(
        `UPDATE assignment SET status = $2, hours_served = COALESCE(hours_served, EXTRACT(EPOCH FROM (ends_at - starts_at)) / 3600), updated_at = now()
          WHERE deployment_id = $1 AND status = $3`,
        [deployment.id, AssignmentStatus.COMPLETED, AssignmentStatus.CONFIRMED],
      );
    });
  }

  private step(ctx: AppContext, idInput: unknown, step: keyof typeof LIFECYCLE, effects: (tx: EntityManager, d: Deployment) => Promise<unknown>) {
    const id = parseTargetId(idInput, 'Deployment');
    const { from, to } = LIFECYCLE[step];
    return this.write(ctx, async (tx) => {
      const deployment = await this.find(tx, id, true);
      if (!from.includes(deployment.status)) {
        throw new BadInputError('id', `A ${deployment.status.toLowerCase()} deployment cannot be ${to.toLowerCase()}; it must be ${from.join(' or ').toLowerCase()}`);
      }
      await effects(tx, deployment);
      await tx.update(Deployment, id, { status: to });
      await recordAudit(tx, ctx, { action: 'UPDATE', entityType: 'Deployment', entityId: id, before: { status: deployment.status }, after: { status: to } });
      return this.find(tx, id);
    });
  }
}

export const deploymentService = new DeploymentService(deploymentResource);
