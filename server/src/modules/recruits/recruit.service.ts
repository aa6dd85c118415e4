import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { BadInputError } from '../../common/errors.js';
import { assertMayEnroll } from '../academy/academy-enrollment.js';
import { RecruitStageChange } from './recruit-stage-change.entity.js';
import { Recruit } from './recruit.entity.js';
import { EXIT_STAGES, RecruitStage } from './recruit.enums.js';
import { recruitResource, recruitStageChangeResource } from './recruit.resource.js';

class RecruitService extends CrudService<Recruit> {
  protected override async prepareCreate(tx: EntityManager, values: Record<string, unknown>, ctx: AppContext) {
    const stage = (values.stage as RecruitStage | undefined) ?? RecruitStage.PROSPECT;
    if (values.academyClassId != null) await assertMayEnroll(tx, stage, values.academyClassId as number);
    return { ...values, stage, stageChangedAt: ctx.clock.now() };
  }

  /** A class is joined only at the ACADEMY stage (a class kept from before is left alone). */
  protected override async prepareUpdate(tx: EntityManager, existing: Recruit, values: Record<string, unknown>) {
    if (values.academyClassId != null && values.academyClassId !== existing.academyClassId) {
      await assertMayEnroll(tx, existing.stage, values.academyClassId as number);
    }
    return values;
  }

  protected override check(recruit: Partial<Recruit>): void {
    if (recruit.stage && EXIT_STAGES.has(recruit.stage) && !recruit.exitReason) {
      throw new BadInputError('exitReason', 'exitReason is required when a recruit withdraws or is disqualified');
    }
  }

  /** The stage a recruit is entered at is the first line of their pipeline history. */
  protected override async afterCreate(tx: EntityManager, recruit: Recruit, ctx: AppContext): Promise<void> {
    await tx.insert(RecruitStageChange, {
      recruitId: recruit.id,
      fromStage: null,
      toStage: recruit.stage,
      changedAt: recruit.stageChangedAt,
      changedBy: ctx.user?.email ?? null,
      note: 'Entered the pipeline',
    });
  }
}

export const recruitService = new RecruitService(recruitResource);
export const recruitStageChangeService = new CrudService(recruitStageChangeResource);
