import type { AppContext } from '../../common/context.js';
import { BadInputError } from '../../common/errors.js';
import { text } from '../../common/fields.js';
import { parseTargetId } from '../../common/ids.js';
import { inTransaction } from '../../common/transaction.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { allowedMoves, isExit, refusedMove } from './pipeline.js';
import type { Recruit } from './recruit.entity.js';
import { RecruitStage } from './recruit.enums.js';
import { changeStage, lockRecruit } from './stage-change.js';

// A note that becomes the exit reason must fit it (one line, 500 characters).
const NOTE = text({ max: 500 });

function noteOf(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : NOTE.parse(value, 'note');
}

/** Moving recruits through the pipeline (DESIGN.md Rule 5), each move one transaction on the locked recruit. */
class PipelineService {
  /** The next stage in order, or an exit with a reason; anything else is refused with the moves allowed. */
  async move(ctx: AppContext, recruitId: unknown, to: RecruitStage, noteInput: string | null | undefined): Promise<Recruit> {
    const id = parseTargetId(recruitId, 'Recruit');
    const note = noteOf(noteInput);
    return inTransaction(ctx, async (tx) => {
      const recruit = await lockRecruit(tx, id);
      const refusal = refusedMove(recruit.stage, to);
      if (refusal) throw new BadInputError('stage', refusal, { allowedStages: allowedMoves(recruit.stage) });
      if (isExit(to) && !note) throw new BadInputError('note', `A reason (note) is required to move a recruit to ${to}`);
      return changeStage(tx, ctx, recruit, { to, note, action: 'STAGE_CHANGE' });
    });
  }

  /**
   * A coordinator's fix of a mistaken stage: any stage but APPOINTED (which only appointReserve
   * reaches), with a note saying why; audited as a STAGE_CORRECTION. An appointed recruit whose
   * reserve record exists stays appointed: the reserve's record is what changes then.
   */
  async correct(ctx: AppContext, recruitId: unknown, to: RecruitStage, noteInput: string): Promise<Recruit> {
    const id = parseTargetId(recruitId, 'Recruit');
    const note = noteOf(noteInput);
    if (!note) throw new BadInputError('note', 'A correction needs a note saying what was wrong');
    if (to === RecruitStage.APPOINTED) throw new BadInputError('stage', 'A recruit becomes APPOINTED only through appointReserve');
    return inTransaction(ctx, async (tx) => {
      const recruit = await lockRecruit(tx, id);
      if (recruit.stage === to) throw new BadInputError('stage', `The recruit is already at ${to}`);
      if (recruit.stage === RecruitStage.APPOINTED) {
        const reserve = await tx.findOne(ReserveOfficer, { where: { recruitId: id }, select: { id: true, badgeNumber: true } });
        if (reserve) {
          throw new BadInputError('stage', `The recruit was appointed as reserve ${reserve.badgeNumber}; change the reserve's record instead`);
        }
      }
      return changeStage(tx, ctx, recruit, { to, note, action: 'STAGE_CORRECTION' });
    });
  }
}

export const pipelineService = new PipelineService();
