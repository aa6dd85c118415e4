import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { crudResolver } from '../../common/crud/crud-resolver.js';
import { Division } from '../divisions/division.entity.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { Assignment } from '../deployments/assignment.entity.js';
import { Deployment } from '../deployments/deployment.entity.js';
import { assignmentService } from './assignment.service.js';
import { deploymentService } from './deployment.service.js';

@Resolver(() => Deployment)
export class DeploymentResolver extends crudResolver(deploymentService) {
  @FieldResolver(() => Division)
  division(@Root() deployment: Deployment, @Ctx() ctx: AppContext) {
    return ctx.loaders.byId(Division).load(deployment.divisionId);
  }

  @FieldResolver(() => [Assignment])
  assignments(@Root() deployment: Deployment, @Ctx() ctx: AppContext) {
    return ctx.loaders.manyBy(Assignment, 'deploymentId').load(deployment.id);
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver extends crudResolver(assignmentService) {
  @FieldResolver(() => Deployment)
  deployment(@Root() assignment: Assignment, @Ctx() ctx: AppContext) {
    return ctx.loaders.byId(Deployment).load(assignment.deploymentId);
  }

  @FieldResolver(() => ReserveOfficer)
  reserve(@Root() assignment: Assignment, @Ctx() ctx: AppContext) {
    return ctx.loaders.byId(ReserveOfficer).load(assignment.reserveId);
  }
}
