import type { EntityManager } from 'typeorm';
import { AssignmentStatus } from '../deployments/deployment.enums.js';

/** Hours a completed assignment counts: what was recorded, else the deployment's real elapsed time. */
const SERVED = `COALESCE(a.hours_served, EXTRACT(EPOCH FROM (a.ends_at - a.starts_at)) / 3600)`;

/**
 * Rule 4: completed hours per reserve for duties that started in [from, to), in one statement.
 * Reserves with none are absent from the map.
 */
export async function completedHours(db: EntityManager, reserveIds: readonly number[] | null, period: { from: Date; to: Date }) {
  const rows = (await db.query(
    `SELECT a.reserve_id AS "reserveId", SUM(${SERVED})::float8 AS hours, COUNT(*)::int AS assignments
       FROM assignment a
      WHERE a.status = $1 AND a.starts_at >= $2 AND a.starts_at < $3 AND ($4::int[] IS NULL OR a.reserve_id = ANY($4))
      GROUP BY a.reserve_id`,
    [AssignmentStatus.COMPLETED, period.from, period.to, reserveIds ? [...reserveIds] : null],
  )) as { reserveId: number; hours: number; assignments: number }[];
  return new Map(rows.map((row) => [row.reserveId, { hours: row.hours, assignments: row.assignments }]));
}
