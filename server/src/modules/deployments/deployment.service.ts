import type { AppContext } from '../../common/context.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { BadInputError } from '../../common/errors.js';
import { Assignment } from './assignment.entity.js';
import { Deployment } from './deployment.entity.js';
import { assignmentResource, deploymentResource } from './deployment.resource.js';
import { isOverlapViolation, overlapConflict } from './overlap.js';

/** A duty longer than a day is a typing mistake, not a shift. */
export const MAX_DEPLOYMENT_HOURS = 24;

class DeploymentService extends CrudService<Deployment> {
  protected override check(deployment: Partial<Deployment>): void {
    const { startsAt, endsAt } = deployment;
    if (!startsAt || !endsAt) return;
    if (endsAt.getTime() <= startsAt.getTime()) throw new BadInputError('endsAt', 'endsAt must be after startsAt');
    if (endsAt.getTime() - startsAt.getTime() > MAX_DEPLOYMENT_HOURS * 3_600_000) {
      throw new BadInputError('endsAt', `a deployment lasts at most ${MAX_DEPLOYMENT_HOURS} hours`);
    }
  }

  /** Moving a deployment moves its assignments: the database refuses it when a reserve would be double-booked. */
  protected override async explainFailure(ctx: AppContext, error: unknown) {
    return isOverlapViolation(error) ? overlapConflict(ctx.db, error) : error;
  }
}

class AssignmentService extends CrudService<Assignment> {
  protected override async explainFailure(ctx: AppContext, error: unknown) {
    return isOverlapViolation(error) ? overlapConflict(ctx.db, error) : error;
  }
}

export const deploymentService = new DeploymentService(deploymentResource);
export const assignmentService = new AssignmentService(assignmentResource);
