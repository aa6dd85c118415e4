import { SCHEDULE_READERS, VisibleTo } from '../../common/access.js';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { crudResolver } from '../../common/crud/crud-resolver.js';
import { Assignment } from '../deployments/assignment.entity.js';
import { Division } from '../divisions/division.entity.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { upcomingAssignments } from '../scheduling/upcoming-assignments.js';
import { TrainingRecord } from '../training/training-record.entity.js';
import { ReserveOfficer } from './reserve-officer.entity.js';
import { reserveOfficerService } from './reserve-officer.service.js';

@Resolver(() => ReserveOfficer)
export class ReserveOfficerResolver extends crudResolver(reserveOfficerService) {
  @FieldResolver(() => Division)
  homeDivision(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext) {
    return ctx.loaders.byId(Division).load(reserve.homeDivisionId);
  }

  @FieldResolver(() => Recruit, { nullable: true })
  recruit(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext) {
    return reserve.recruitId ? ctx.loaders.byId(Recruit).load(reserve.recruitId) : null;
  }

  @FieldResolver(() => [TrainingRecord])
  trainingRecords(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext) {
    return ctx.loaders.manyBy(TrainingRecord, 'reserveId').load(reserve.id);
  }

  @VisibleTo(...SCHEDULE_READERS)
  @FieldResolver(() => [Assignment], { nullable: true, description: 'Null for roles that do not read the schedule' })
  assignments(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext) {
    return ctx.loaders.manyBy(Assignment, 'reserveId').load(reserve.id);
  }

  @VisibleTo(...SCHEDULE_READERS)
  @FieldResolver(() => [Assignment], {
    nullable: true,
    description: 'Assignments still ahead (ASSIGNED or CONFIRMED, on deployments that have not ended), soonest first. Null for roles that do not read the schedule',
  })
  upcomingAssignments(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext) {
    return upcomingAssignments(ctx).load(reserve.id);
  }
}
