import type { AppContext } from '../../common/context.js';

/** A training record as the status and roster rules read it. */
export interface TrainingAttempt {
  id: number;
  moduleId: number;
  completedOn: string;
  expiresOn: string | null;
  passed: boolean;
  score: number | null;
  hours: number;
}

const COLUMNS = `t.id, t.module_id AS "moduleId", t.completed_on AS "completedOn", t.expires_on AS "expiresOn", t.passed, t.score, t.hours`;

/**
 * A recruit's training history, whoever holds it now: their own records, and those carried over to
 * the reserve appointed from them. One statement for a whole page of recruits.
 */
export function recruitRecords(ctx: AppContext, recruitId: number): Promise<TrainingAttempt[]> {
  return ctx.loaders
    .custom('Recruit#trainingHistory', async (ids) => {
      const rows = (await ctx.db.query(
        `SELECT t.recruit_id AS "recruitId", ${COLUMNS} FROM training_record t WHERE t.recruit_id = ANY($1::integer[])
         UNION ALL
         SELECT r.recruit_id, ${COLUMNS} FROM reserve_officer r JOIN training_record t ON t.reserve_id = r.id WHERE r.recruit_id = ANY($1::integer[])
         ORDER BY "completedOn", id`,
        [[...ids]],
      )) as (TrainingAttempt & { recruitId: number })[];
      const byRecruit = new Map<number, TrainingAttempt[]>(ids.map((id) => [id, []]));
      for (const { recruitId: owner, ...record } of rows) byRecruit.get(owner)?.push(record);
      return ids.map((id) => byRecruit.get(id) ?? []);
    })
    .load(recruitId);
}
