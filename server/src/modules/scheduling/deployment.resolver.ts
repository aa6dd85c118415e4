import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { crudResolver } from '../../common/crud/crud-resolver.js';
import { many, one, relations } from '../../common/prefetch.js';
import { Division } from '../divisions/division.entity.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { Assignment } from '../deployments/assignment.entity.js';
import { Deployment } from '../deployments/deployment.entity.js';
import { assignmentService } from './assignment.service.js';
import { deploymentService } from './deployment.service.js';

const deploymentRelations = relations(Deployment, {
  division: one(Division, 'divisionId'),
  assignments: many(Assignment, 'deploymentId'),
});

const assignmentRelations = relations(Assignment, {
  deployment: one(Deployment, 'deploymentId'),
  reserve: one(ReserveOfficer, 'reserveId'),
});

@Resolver(() => Deployment)
export class DeploymentResolver extends crudResolver(deploymentService) {
  @FieldResolver(() => Division)
  division(@Root() deployment: Deployment, @Ctx() ctx: AppContext) {
    return deploymentRelations.resolve(ctx, deployment, 'division');
  }

  @FieldResolver(() => [Assignment])
  assignments(@Root() deployment: Deployment, @Ctx() ctx: AppContext) {
    return deploymentRelations.resolve(ctx, deployment, 'assignments');
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver extends crudResolver(assignmentService) {
  @FieldResolver(() => Deployment)
  deployment(@Root() assignment: Assignment, @Ctx() ctx: AppContext) {
    return assignmentRelations.resolve(ctx, assignment, 'deployment');
  }

  @FieldResolver(() => ReserveOfficer)
  reserve(@Root() assignment: Assignment, @Ctx() ctx: AppContext) {
    return assignmentRelations.resolve(ctx, assignment, 'reserve');
  }
}
