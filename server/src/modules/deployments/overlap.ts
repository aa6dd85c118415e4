import type { DataSource } from 'typeorm';
import { ConflictError } from '../../common/errors.js';
import { postgresErrorOf } from '../../common/database-errors.js';
import { INACTIVE_ASSIGNMENT_STATUSES } from './deployment.enums.js';

// The existing key in PostgreSQL's report of an exclusion violation: (reserve id, [start, end)).
const EXISTING_KEY = /conflicts with existing key \(reserve_id, .*?\)=\((\d+), \["([^"]+)","([^"]+)"\)\)/;

export function isOverlapViolation(error: unknown): boolean {
  return postgresErrorOf(error)?.code === '23P01';
}

/**
 * Rule 1: the database refused an assignment that overlaps another of the same reserve.
 * Finds the deployment it clashes with, so the coordinator sees which one.
 */
export async function overlapConflict(db: DataSource, error: unknown): Promise<ConflictError> {
  const match = EXISTING_KEY.exec(postgresErrorOf(error)?.detail ?? '');
  const clash = match
    ? ((await db.query(
        `SELECT a.deployment_id AS "deploymentId", d.location, v.name AS division, d.starts_at AS "startsAt", d.ends_at AS "endsAt"
           FROM assignment a JOIN deployment d ON d.id = a.deployment_id JOIN division v ON v.id = d.division_id
          WHERE a.reserve_id = $1 AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange($2::timestamptz, $3::timestamptz, '[)')
            AND a.status <> ALL($4) LIMIT 1`,
        [match[1], match[2], match[3], INACTIVE_ASSIGNMENT_STATUSES],
      )) as { deploymentId: number; location: string; division: string; startsAt: Date; endsAt: Date }[])[0]
    : undefined;
  if (!clash) return new ConflictError('The reserve already has an active assignment that overlaps this time');
  return new ConflictError(
    `Reserve ${match![1]} is already assigned to deployment ${clash.deploymentId} (${clash.division}, ${clash.location}, ` +
      `${clash.startsAt.toISOString()} to ${clash.endsAt.toISOString()}) at that time`,
    { reserveId: match![1], conflictingDeploymentId: String(clash.deploymentId) },
  );
}
