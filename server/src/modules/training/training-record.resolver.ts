import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { crudResolver } from '../../common/crud/crud-resolver.js';
import { one, relations } from '../../common/prefetch.js';
import { CurriculumModule } from '../curriculum/curriculum-module.entity.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { TrainingRecord } from './training-record.entity.js';
import { trainingRecordService } from './training-record.service.js';

const trainingRecordRelations = relations(TrainingRecord, {
  module: one(CurriculumModule, 'moduleId'),
  recruit: one(Recruit, 'recruitId'),
  reserve: one(ReserveOfficer, 'reserveId'),
});

@Resolver(() => TrainingRecord)
export class TrainingRecordResolver extends crudResolver(trainingRecordService) {
  @FieldResolver(() => CurriculumModule)
  module(@Root() record: TrainingRecord, @Ctx() ctx: AppContext) {
    return trainingRecordRelations.resolve(ctx, record, 'module');
  }

  @FieldResolver(() => Recruit, { nullable: true })
  recruit(@Root() record: TrainingRecord, @Ctx() ctx: AppContext) {
    return trainingRecordRelations.resolve(ctx, record, 'recruit');
  }

  @FieldResolver(() => ReserveOfficer, { nullable: true })
  reserve(@Root() record: TrainingRecord, @Ctx() ctx: AppContext) {
    return trainingRecordRelations.resolve(ctx, record, 'reserve');
  }
}
