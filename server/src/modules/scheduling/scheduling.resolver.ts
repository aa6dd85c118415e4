import { Arg, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, COORDINATORS, SCHEDULE_READERS } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { DateTimeScalar } from '../../common/date-time.js';
import { Assignment } from '../deployments/assignment.entity.js';
import { AssignmentStatus } from '../deployments/deployment.enums.js';
import { Deployment } from '../deployments/deployment.entity.js';
import { assignmentService } from './assignment.service.js';
import { deploymentService } from './deployment.service.js';
import { eligibilityService } from './eligibility.service.js';
import { EligibleCandidatePage, ReserveEligibility } from './eligibility.types.js';
import { IneligibleAssignment, ineligibleAssignments } from './report.js';

/** Putting reserves on patrols: who may go, assigning, the deployment lifecycle. */
@Resolver()
export class SchedulingResolver {
  @Allow(...SCHEDULE_READERS)
  @Query(() => ReserveEligibility, { description: 'Whether the reserve may be assigned to the deployment, with every reason why not' })
  reserveEligibility(@Arg('reserveId', () => ID) reserveId: string, @Arg('deploymentId', () => ID) deploymentId: string, @Ctx() ctx: AppContext) {
    return eligibilityService.reserveEligibility(ctx, reserveId, deploymentId);
  }

  @Allow(...SCHEDULE_READERS)
  @Query(() => EligibleCandidatePage, { description: 'Reserves ranked for a deployment: eligible first, home division, furthest below their monthly minimum' })
  eligibleReserves(
    @Arg('deploymentId', () => ID) deploymentId: string,
    @Arg('page', () => Int, { nullable: true }) page: number | null,
    @Arg('perPage', () => Int, { nullable: true }) perPage: number | null,
    @Ctx() ctx: AppContext,
  ) {
    return eligibilityService.eligibleReserves(ctx, deploymentId, page ?? 0, perPage ?? 25);
  }

  @Allow(...SCHEDULE_READERS)
  @Query(() => [IneligibleAssignment], {
    description: 'Assignments in the period whose reserve was not qualified at the time (the 2015 Inspector General recommendation)',
  })
  ineligibleAssignments(@Arg('from', () => DateTimeScalar) from: Date, @Arg('to', () => DateTimeScalar) to: Date, @Ctx() ctx: AppContext) {
    return ineligibleAssignments(ctx, from, to);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => Assignment, { description: 'Assigns a reserve; refused with the reason codes in extensions.reasons' })
  assignReserve(@Arg('deploymentId', () => ID) deploymentId: string, @Arg('reserveId', () => ID) reserveId: string, @Ctx() ctx: AppContext) {
    return assignmentService.assign(ctx, deploymentId, reserveId);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => Assignment, { description: 'Takes a reserve off a deployment; answers the assignment as it was' })
  unassignReserve(@Arg('assignmentId', () => ID) assignmentId: string, @Ctx() ctx: AppContext) {
    return assignmentService.unassign(ctx, assignmentId);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => Assignment)
  setAssignmentStatus(
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('status', () => AssignmentStatus) status: AssignmentStatus,
    @Arg('hoursServed', () => Float, { nullable: true }) hoursServed: number | null,
    @Ctx() ctx: AppContext,
  ) {
    return assignmentService.setStatus(ctx, assignmentId, status, hoursServed);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => Deployment, { description: 'DRAFT to PUBLISHED' })
  publishDeployment(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return deploymentService.publish(ctx, id);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => Deployment, { description: 'Cancels the deployment and its assignments' })
  cancelDeployment(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return deploymentService.cancel(ctx, id);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => Deployment, { description: "Completes it: confirmed assignments become COMPLETED with the deployment's hours unless recorded otherwise" })
  completeDeployment(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return deploymentService.complete(ctx, id);
  }
}
