import type { EntityManager } from 'typeorm';
import { currentUser } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { changedFields, recordAudit } from '../audit/audit.writer.js';
import { isExit } from './pipeline.js';
import { RecruitStageChange } from './recruit-stage-change.entity.js';
import { Recruit } from './recruit.entity.js';
import type { RecruitStage } from './recruit.enums.js';

/** The recruit, locked for the rest of the transaction (concurrent moves of one recruit wait in turn). */
export async function lockRecruit(tx: EntityManager, id: number): Promise<Recruit> {
  const recruit = await tx.findOne(Recruit, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!recruit) throw new NotFoundError('Recruit', id);
  return recruit;
}

export interface StageMove {
  to: RecruitStage;
  /** Kept on the history line; at an exit it is also the recruit's exit reason. */
  note: string | null;
  action: 'STAGE_CHANGE' | 'STAGE_CORRECTION';
}

/**
 * Moves a locked recruit to another stage in the caller's transaction: the recruit's stage and
 * stageChangedAt (from the clock), a line of stage history naming who moved them, and an audit
 * event. The exit reason is the note at an exit and is cleared at any other stage.
 */
export async function changeStage(tx: EntityManager, ctx: AppContext, recruit: Recruit, move: StageMove): Promise<Recruit> {
  const actor = currentUser(ctx);
  const changedAt = ctx.clock.now();
  await tx.update(Recruit, recruit.id, { stage: move.to, stageChangedAt: changedAt, exitReason: isExit(move.to) ? move.note : null });
  await tx.insert(RecruitStageChange, {
    recruitId: recruit.id,
    fromStage: recruit.stage,
    toStage: move.to,
    changedAt,
    changedBy: actor.email,
    note: move.note,
  });
  const moved = await tx.findOneByOrFail(Recruit, { id: recruit.id });
  const { before, after } = changedFields(recruit, moved);
  await recordAudit(tx, ctx, { action: move.action, entityType: 'Recruit', entityId: recruit.id, before, after: { ...after, note: move.note } });
  return moved;
}
