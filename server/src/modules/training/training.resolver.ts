import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Float, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACADEMY, Allow, EVERY_ROLE } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { LocalDateScalar } from '../../common/local-date.js';
import { one, relations } from '../../common/prefetch.js';
import { CurriculumModule } from '../curriculum/curriculum-module.entity.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { expiringTraining } from './expiring-training.js';
import { recordTrainingService } from './record-training.service.js';
import { TrainingRecord } from './training-record.entity.js';
import { ExpiringTraining } from './training-status.types.js';

const expiringRelations = relations(ExpiringTraining, {
  reserve: one(ReserveOfficer, 'reserveId'),
  recruit: one(Recruit, 'recruitId'),
  module: one(CurriculumModule, 'moduleId'),
});

/** Recording completions and seeing whose training runs out: the academy writes, everyone reads. */
@Resolver(() => ExpiringTraining)
export class TrainingResolver {
  @Allow(...ACADEMY)
  @Mutation(() => TrainingRecord, {
    description:
      "Records a completion or attempt by one recruit or one reserve: passed when score >= the module's passingScore; hours default to the module's; a pass expires after its recertification interval. Not for retired modules or future dates.",
  })
  recordTraining(
    @Arg('moduleId', () => ID) moduleId: string,
    @Arg('recruitId', () => ID, { nullable: true }) recruitId: string | null,
    @Arg('reserveId', () => ID, { nullable: true }) reserveId: string | null,
    @Arg('completedOn', () => LocalDateScalar) completedOn: string,
    @Arg('score', () => Float) score: number,
    @Arg('hours', () => Float, { nullable: true }) hours: number | null,
    @Arg('instructor', () => String, { nullable: true }) instructor: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<TrainingRecord> {
    return recordTrainingService.record(ctx, { moduleId, recruitId, reserveId, completedOn, score, hours, instructor });
  }

  @Allow(...EVERY_ROLE)
  @Query(() => [ExpiringTraining], {
    description:
      'Required modules of active reserves and academy recruits whose latest pass expires within withinDays days (default TRAINING_EXPIRING_DAYS, 60), soonest first; includeExpired adds those already expired',
  })
  expiringTraining(
    @Arg('withinDays', () => Int, { nullable: true }) withinDays: number | null,
    @Arg('includeExpired', () => Boolean, { nullable: true }) includeExpired: boolean | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ExpiringTraining[]> {
    return expiringTraining(ctx, withinDays, includeExpired ?? false, info);
  }

  @FieldResolver(() => ReserveOfficer, { nullable: true })
  reserve(@Root() row: ExpiringTraining, @Ctx() ctx: AppContext) {
    return expiringRelations.resolve(ctx, row, 'reserve');
  }

  @FieldResolver(() => Recruit, { nullable: true })
  recruit(@Root() row: ExpiringTraining, @Ctx() ctx: AppContext) {
    return expiringRelations.resolve(ctx, row, 'recruit');
  }

  @FieldResolver(() => CurriculumModule)
  module(@Root() row: ExpiringTraining, @Ctx() ctx: AppContext) {
    return expiringRelations.resolve(ctx, row, 'module');
  }
}
