import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../common/context.js';
import { prefetchRelationsOf, type SqlColumn } from '../../common/prefetch.js';
import { queryPrepared } from '../../database/prepared.js';
import { BadInputError } from '../../common/errors.js';
import { RecruitStage } from '../recruits/recruit.enums.js';
import { ReserveStatus } from '../reserves/reserve.enums.js';
import { todayOf } from './training-status.service.js';
import { ExpiringTraining } from './training-status.types.js';

export const MAX_WITHIN_DAYS = 3660;

/**
 * Who needs recertification soon, in one statement: for every active reserve (by level) and every
 * recruit at the ACADEMY stage (by target level), the latest pass on or before today of each active
 * module the level requires (the same pass `moduleStanding` picks: latest completion, then the one
 * lasting longer), kept when it expires within `withinDays` days of today; those already expired
 * only when asked. Soonest expiry first. `related` adds the rows' reserve, recruit and module as JSON
 * when the query asks for them (look-ahead, `prefetch.ts`), reading the row's ids from `l`.
 */
const expiringSql = (related: string) => `
  WITH passed AS (
    SELECT r.id AS reserve_id, NULL::integer AS recruit_id, r.level, t.id, t.module_id, t.completed_on, t.expires_on
      FROM reserve_officer r JOIN training_record t ON t.reserve_id = r.id
     WHERE r.status = $4 AND t.passed AND t.completed_on <= $1::date
    UNION ALL
    SELECT NULL, c.id, c.target_level, t.id, t.module_id, t.completed_on, t.expires_on
      FROM recruit c JOIN training_record t ON t.recruit_id = c.id
     WHERE c.stage = $5 AND t.passed AND t.completed_on <= $1::date
  ), latest AS (
    SELECT DISTINCT ON (reserve_id, recruit_id, module_id) *
      FROM passed
     ORDER BY reserve_id, recruit_id, module_id, completed_on DESC, expires_on DESC NULLS FIRST, id DESC
  )
  SELECT l.reserve_id AS "reserveId", l.recruit_id AS "recruitId", l.module_id AS "moduleId",
         l.completed_on AS "completedOn", l.expires_on AS "expiresOn", (l.expires_on - $1::date) AS "daysLeft"${related}
    FROM latest l JOIN curriculum_module m ON m.id = l.module_id
   WHERE m.active AND l.level = ANY (m.required_for_levels)
     AND l.expires_on <= $1::date + $2::integer
     AND ($3::boolean OR l.expires_on > $1::date)
   ORDER BY l.expires_on, m.code, l.reserve_id NULLS LAST, l.recruit_id`;

/** The row's ids in the statement's `latest` rows, for look-ahead. */
const LATEST_COLUMNS: Readonly<Record<string, string>> = { reserveId: 'l.reserve_id', recruitId: 'l.recruit_id', moduleId: 'l.module_id' };
const latestColumn: SqlColumn = (property) => {
  const column = LATEST_COLUMNS[property];
  if (!column) throw new Error(`expiringTraining: no column for ${property}`);
  return column;
};

export async function expiringTraining(
  ctx: AppContext,
  withinDays: number | null,
  includeExpired: boolean,
  info?: GraphQLResolveInfo,
): Promise<ExpiringTraining[]> {
  const days = withinDays ?? ctx.training.expiringWithinDays;
  if (!Number.isInteger(days) || days < 0 || days > MAX_WITHIN_DAYS) {
    throw new BadInputError('withinDays', `withinDays must be a whole number from 0 to ${MAX_WITHIN_DAYS}`);
  }
  const params: unknown[] = [todayOf(ctx), days, includeExpired, ReserveStatus.ACTIVE, RecruitStage.ACADEMY];
  const related = info && prefetchRelationsOf(ctx, info, ExpiringTraining, latestColumn, (value) => `$${params.push(value)}`);
  const rows = await queryPrepared<Record<string, unknown>>(ctx.db, expiringSql(related?.select ?? ''), params);
  // Instances of the type: type-graphql would otherwise convert each row for each field resolver it runs.
  return rows.map((row) => {
    related?.attach(row);
    return Object.assign(Object.create(ExpiringTraining.prototype) as ExpiringTraining, row, { expired: (row.daysLeft as number) <= 0 });
  });
}
