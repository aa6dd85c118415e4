import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, COORDINATORS } from '../../../common/access.js';
import type { AppContext } from '../../../common/context.js';
import { DateTimeScalar } from '../../../common/date-time.js';
import { Deployment } from '../../deployments/deployment.entity.js';
import { ReserveOfficer } from '../../reserves/reserve-officer.entity.js';
import { autoFillService } from './autofill.service.js';
import { AutoFillProposal, AutoFillResult, ProposedAssignment, ProposedAssignmentInput } from './autofill.types.js';

/** Auto-fill: propose reserves for the open places of a period, then apply the proposal in one transaction. */
@Resolver(() => ProposedAssignment)
export class AutoFillResolver {
  @Allow(...COORDINATORS)
  @Mutation(() => AutoFillProposal, {
    description: 'Proposes reserves for the open places of the deployments starting in [from, to) (at most 31 days); writes nothing',
  })
  proposeAutoFill(
    @Arg('from', () => DateTimeScalar) from: Date,
    @Arg('to', () => DateTimeScalar) to: Date,
    @Arg('divisionIds', () => [ID], { nullable: true, description: 'Only these divisions (all when absent)' }) divisionIds: string[] | null,
    @Ctx() ctx: AppContext,
  ) {
    return autoFillService.propose(ctx, from, to, divisionIds);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => AutoFillResult, {
    description: 'Applies a proposal in one transaction, checking every rule again; what no longer fits is answered in rejected, the rest applies',
  })
  applyAutoFill(@Arg('assignments', () => [ProposedAssignmentInput]) assignments: ProposedAssignmentInput[], @Ctx() ctx: AppContext) {
    return autoFillService.apply(ctx, assignments);
  }

  @FieldResolver(() => ReserveOfficer)
  reserve(@Root() proposed: ProposedAssignment, @Ctx() ctx: AppContext) {
    return ctx.loaders.byId(ReserveOfficer).load(proposed.reserveId);
  }

  @FieldResolver(() => Deployment)
  deployment(@Root() proposed: ProposedAssignment, @Ctx() ctx: AppContext) {
    return ctx.loaders.byId(Deployment).load(proposed.deploymentId);
  }
}
