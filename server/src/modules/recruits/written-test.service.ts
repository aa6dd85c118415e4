import { currentUser } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { BadInputError } from '../../common/errors.js';
import { decimal, localDate } from '../../common/fields.js';
import { parseTargetId } from '../../common/ids.js';
import { laDateOf } from '../../common/la-time.js';
import { inTransaction } from '../../common/transaction.js';
import { recordAudit } from '../audit/audit.writer.js';
import { RecruitStage } from './recruit.enums.js';
import { lockRecruit } from './stage-change.js';
import { WrittenTestAttempt } from './written-test-attempt.entity.js';
import { passes, refusedAttempt, roundScore } from './written-test.rules.js';

const TAKEN_ON = localDate();
const SCORE = decimal({ min: 0, max: 100 });

class WrittenTestService {
  /**
   * Records one sitting of the written test by a recruit at WRITTEN_TEST: passed when the score
   * reaches the passing score; after a failure the next sitting must wait the retake interval.
   */
  async record(ctx: AppContext, recruitId: unknown, takenOnInput: unknown, scoreInput: unknown): Promise<WrittenTestAttempt> {
    const actor = currentUser(ctx);
    const id = parseTargetId(recruitId, 'Recruit');
    const takenOn = TAKEN_ON.parse(takenOnInput, 'takenOn');
    const score = roundScore(SCORE.parse(scoreInput, 'score'));
    const today = laDateOf(ctx.clock.now());
    if (takenOn > today) throw new BadInputError('takenOn', `takenOn must not be after today (${today})`);
    return inTransaction(ctx, async (tx) => {
      const recruit = await lockRecruit(tx, id);
      if (recruit.stage !== RecruitStage.WRITTEN_TEST) {
        throw new BadInputError('recruitId', `The recruit is at ${recruit.stage}; written tests are recorded at WRITTEN_TEST`);
      }
      const latest = await tx.findOne(WrittenTestAttempt, { where: { recruitId: id }, order: { takenOn: 'DESC', id: 'DESC' } });
      const refusal = refusedAttempt(latest, takenOn, ctx.recruitment);
      if (refusal) throw new BadInputError('takenOn', refusal.message, refusal.firstAllowedOn ? { firstAllowedOn: refusal.firstAllowedOn } : {});
      const { identifiers } = await tx.insert(WrittenTestAttempt, {
        recruitId: id,
        takenOn,
        score,
        passed: passes(score, ctx.recruitment),
        recordedBy: actor.email,
      });
      const attempt = await tx.findOneByOrFail(WrittenTestAttempt, { id: identifiers[0].id as number });
      await recordAudit(tx, ctx, { action: 'CREATE', entityType: 'WrittenTestAttempt', entityId: attempt.id, after: { ...attempt } });
      return attempt;
    });
  }
}

export const writtenTestService = new WrittenTestService();
