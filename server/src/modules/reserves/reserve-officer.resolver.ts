import { SCHEDULE_READERS, VisibleTo } from '../../common/access.js';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { crudResolver } from '../../common/crud/crud-resolver.js';
import { many, one, relations } from '../../common/prefetch.js';
import { Assignment } from '../deployments/assignment.entity.js';
import { Division } from '../divisions/division.entity.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { upcoming } from '../scheduling/upcoming-assignments.js';
import { TrainingRecord } from '../training/training-record.entity.js';
import { ReserveOfficer } from './reserve-officer.entity.js';
import { reserveOfficerService } from './reserve-officer.service.js';

const reserveRelations = relations(ReserveOfficer, {
  homeDivision: one(Division, 'homeDivisionId'),
  recruit: one(Recruit, 'recruitId'),
  trainingRecords: many(TrainingRecord, 'reserveId'),
  assignments: many(Assignment, 'reserveId'),
  upcomingAssignments: upcoming,
});

@Resolver(() => ReserveOfficer)
export class ReserveOfficerResolver extends crudResolver(reserveOfficerService) {
  @FieldResolver(() => Division)
  homeDivision(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext) {
    return reserveRelations.resolve(ctx, reserve, 'homeDivision');
  }

  @FieldResolver(() => Recruit, { nullable: true })
  recruit(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext) {
    return reserveRelations.resolve(ctx, reserve, 'recruit');
  }

  @FieldResolver(() => [TrainingRecord])
  trainingRecords(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext) {
    return reserveRelations.resolve(ctx, reserve, 'trainingRecords');
  }

  @VisibleTo(...SCHEDULE_READERS)
  @FieldResolver(() => [Assignment], { nullable: true, description: 'Null for roles that do not read the schedule' })
  assignments(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext) {
    return reserveRelations.resolve(ctx, reserve, 'assignments');
  }

  @VisibleTo(...SCHEDULE_READERS)
  @FieldResolver(() => [Assignment], {
    nullable: true,
    description: 'Assignments still ahead (ASSIGNED or CONFIRMED, on deployments that have not ended), soonest first. Null for roles that do not read the schedule',
  })
  upcomingAssignments(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext) {
    return reserveRelations.resolve(ctx, reserve, 'upcomingAssignments');
  }
}
