import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { crudResolver } from '../../common/crud/crud-resolver.js';
import { CurriculumModule } from '../curriculum/curriculum-module.entity.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { TrainingRecord } from './training-record.entity.js';
import { trainingRecordService } from './training-record.service.js';

@Resolver(() => TrainingRecord)
export class TrainingRecordResolver extends crudResolver(trainingRecordService) {
  @FieldResolver(() => CurriculumModule)
  module(@Root() record: TrainingRecord, @Ctx() ctx: AppContext) {
    return ctx.loaders.byId(CurriculumModule).load(record.moduleId);
  }

  @FieldResolver(() => Recruit, { nullable: true })
  recruit(@Root() record: TrainingRecord, @Ctx() ctx: AppContext) {
    return record.recruitId ? ctx.loaders.byId(Recruit).load(record.recruitId) : null;
  }

  @FieldResolver(() => ReserveOfficer, { nullable: true })
  reserve(@Root() record: TrainingRecord, @Ctx() ctx: AppContext) {
    return record.reserveId ? ctx.loaders.byId(ReserveOfficer).load(record.reserveId) : null;
  }
}
