import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { BadInputError } from '../../common/errors.js';
import { RecruitStageChange } from './recruit-stage-change.entity.js';
import { Recruit } from './recruit.entity.js';
import { EXIT_STAGES, RecruitStage } from './recruit.enums.js';
import { recruitResource, recruitStageChangeResource } from './recruit.resource.js';

class RecruitService extends CrudService<Recruit> {
  protected override async prepareCreate(_tx: EntityManager, values: Record<string, unknown>, ctx: AppContext) {
    return { stage: RecruitStage.PROSPECT, ...values, stageChangedAt: ctx.clock.now() };
  }

  protected override check(recruit: Partial<Recruit>): void {
    if (recruit.stage && EXIT_STAGES.has(recruit.stage) && !recruit.exitReason) {
      throw new BadInputError('exitReason', 'exitReason is required when a recruit withdraws or is disqualified');
    }
  }

  /** The stage a recruit is entered at is the first line of their pipeline history. */
  protected override async afterCreate(tx: EntityManager, recruit: Recruit): Promise<void> {
    await tx.insert(RecruitStageChange, {
      recruitId: recruit.id,
      fromStage: null,
      toStage: recruit.stage,
      changedAt: recruit.stageChangedAt,
      note: 'Entered the pipeline',
    });
  }
}

export const recruitService = new RecruitService(recruitResource);
export const recruitStageChangeService = new CrudService(recruitStageChangeResource);
