import type DataLoader from 'dataloader';
import type { AppContext } from '../../common/context.js';
import { entityRows } from '../../common/entity-rows.js';
import type { Relation } from '../../common/prefetch.js';
import { Assignment } from '../deployments/assignment.entity.js';
import { AssignmentStatus } from '../deployments/deployment.enums.js';

/** An assignment still ahead of its reserve: not yet served, not declined or cancelled. */
export const UPCOMING_STATUSES: readonly AssignmentStatus[] = [AssignmentStatus.ASSIGNED, AssignmentStatus.CONFIRMED];

/**
 * Each reserve's upcoming assignments (ASSIGNED or CONFIRMED, on a deployment that has not ended),
 * soonest first: one statement for a whole page of reserves.
 */
export function upcomingAssignments(ctx: AppContext): DataLoader<number, Assignment[]> {
  return ctx.loaders.custom('ReserveOfficer#upcomingAssignments', async (ids) => {
    const table = entityRows(ctx.db, Assignment);
    const rows = table.hydrate(
      await ctx.db.query(
        `SELECT ${table.columns} FROM ${table.table}
          WHERE reserve_id = ANY($1::integer[]) AND status = ANY($2::text[]) AND ends_at > $3
          ORDER BY starts_at, id`,
        [ids, UPCOMING_STATUSES, ctx.clock.now()],
      ),
    );
    const groups = new Map<number, Assignment[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row.reserveId)?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/** `ReserveOfficer.upcomingAssignments` as a relation: the same rows and order, read with its reserve (look-ahead) or by the loader above. */
export const upcoming: Relation = {
  target: Assignment,
  many: true,
  on: (assignment, reserve, param, ctx) =>
    `${assignment('reserveId')} = ${reserve('id')} AND ${assignment('status')} = ANY(${param(UPCOMING_STATUSES)}::text[]) AND ${assignment('endsAt')} > ${param(ctx.clock.now())}`,
  orderBy: (assignment) => `${assignment('startsAt')}, ${assignment('id')}`,
  load: (ctx, reserve) => upcomingAssignments(ctx).load(reserve.id as number),
};
