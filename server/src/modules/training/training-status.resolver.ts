import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { recruitTrainingStatus, reserveTrainingStatus } from './training-status.service.js';
import { TrainingStatus } from './training-status.types.js';

const DESCRIPTION = 'Each active module the level requires: CURRENT, EXPIRING (within TRAINING_EXPIRING_DAYS), EXPIRED or MISSING; and CPT hours';

@Resolver(() => ReserveOfficer)
export class ReserveTrainingStatusResolver {
  @FieldResolver(() => TrainingStatus, { description: `${DESCRIPTION}, for the reserve's level` })
  trainingStatus(@Root() reserve: ReserveOfficer, @Ctx() ctx: AppContext): Promise<TrainingStatus> {
    return reserveTrainingStatus(ctx, reserve);
  }
}

@Resolver(() => Recruit)
export class RecruitTrainingStatusResolver {
  @FieldResolver(() => TrainingStatus, { description: `${DESCRIPTION}, for the recruit's target level` })
  trainingStatus(@Root() recruit: Recruit, @Ctx() ctx: AppContext): Promise<TrainingStatus> {
    return recruitTrainingStatus(ctx, recruit);
  }
}
