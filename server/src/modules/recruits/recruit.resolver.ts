import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { crudResolver, readResolver } from '../../common/crud/crud-resolver.js';
import { AcademyClass } from '../academy/academy-class.entity.js';
import { Division } from '../divisions/division.entity.js';
import { TrainingRecord } from '../training/training-record.entity.js';
import { RecruitStageChange } from './recruit-stage-change.entity.js';
import { Recruit } from './recruit.entity.js';
import { recruitService, recruitStageChangeService } from './recruit.service.js';

@Resolver(() => Recruit)
export class RecruitResolver extends crudResolver(recruitService) {
  @FieldResolver(() => Division, { nullable: true })
  preferredDivision(@Root() recruit: Recruit, @Ctx() ctx: AppContext) {
    return recruit.preferredDivisionId ? ctx.loaders.byId(Division).load(recruit.preferredDivisionId) : null;
  }

  @FieldResolver(() => AcademyClass, { nullable: true })
  academyClass(@Root() recruit: Recruit, @Ctx() ctx: AppContext) {
    return recruit.academyClassId ? ctx.loaders.byId(AcademyClass).load(recruit.academyClassId) : null;
  }

  @FieldResolver(() => [RecruitStageChange], { description: 'Every stage move, oldest first' })
  stageHistory(@Root() recruit: Recruit, @Ctx() ctx: AppContext) {
    return ctx.loaders.manyBy(RecruitStageChange, 'recruitId').load(recruit.id);
  }

  @FieldResolver(() => [TrainingRecord])
  trainingRecords(@Root() recruit: Recruit, @Ctx() ctx: AppContext) {
    return ctx.loaders.manyBy(TrainingRecord, 'recruitId').load(recruit.id);
  }
}

@Resolver(() => RecruitStageChange)
export class RecruitStageChangeResolver extends readResolver(recruitStageChangeService) {
  @FieldResolver(() => Recruit)
  recruit(@Root() change: RecruitStageChange, @Ctx() ctx: AppContext) {
    return ctx.loaders.byId(Recruit).load(change.recruitId);
  }
}
