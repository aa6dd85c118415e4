import type { DataSource } from 'typeorm';
import { DEPARTMENT_ZONE } from '../common/la-time.js';
import { BENCH_DAYS, BENCH_FIRST_DAY, BENCH_NOW } from './bench-dashboards-data.js';

/**
 * Two years of duties written by PostgreSQL itself (generate_series), so 200,000 assignments take
 * seconds. Each reserve (the i-th of the roster) works one day a week (i mod 7), in a team of three
 * with the reserves next to them in the roster, so no reserve's duties overlap. A team is one
 * deployment: 4 or 6 hours from 06:00, 10:00, 14:00 or 18:00 Los Angeles time, in a division that
 * changes with the day; one in ten is event security, one in fifty cancelled, one in five needs a
 * fourth reserve. Past ones are COMPLETED (a few no-shows and declines among their assignments),
 * later ones PUBLISHED with CONFIRMED assignments. Deployment ids are day x 1000 + team + 1.
 */
const DEPLOYMENTS_SQL = `
  INSERT INTO deployment (id, division_id, kind, location, starts_at, ends_at, required_headcount, status)
  SELECT d * 1000 + t + 1,
         ($4::int[])[1 + (d + t) % cardinality($4::int[])],
         CASE WHEN (d * 7 + t) % 10 = 0 THEN 'EVENT_SECURITY' ELSE 'VISIBILITY_PATROL' END,
         'Bench beat ' || t,
         (day + make_interval(hours => 6 + (t % 4) * 4))::timestamp AT TIME ZONE $5,
         (day + make_interval(hours => 6 + (t % 4) * 4 + CASE WHEN t % 3 = 0 THEN 6 ELSE 4 END))::timestamp AT TIME ZONE $5,
         CASE WHEN (d * 31 + t * 17) % 5 = 0 THEN 4 ELSE 3 END,
         CASE WHEN (d * 13 + t * 7) % 50 = 0 THEN 'CANCELLED'
              WHEN (day + make_interval(hours => 6 + (t % 4) * 4))::timestamp AT TIME ZONE $5 < $6 THEN 'COMPLETED'
              ELSE 'PUBLISHED' END
    FROM generate_series(0, $2::int - 1) AS d,
         LATERAL (SELECT $1::date + d AS day) AS days,
         generate_series(0, ceil($3::int / 21.0)::int - 1) AS t`;

const ASSIGNMENTS_SQL = `
  INSERT INTO assignment (deployment_id, reserve_id, status, assigned_by, assigned_at)
  SELECT dep.id, ($3::int[])[1 + x.i],
         CASE WHEN dep.status = 'CANCELLED' THEN 'CANCELLED'
              WHEN dep.status = 'PUBLISHED' THEN 'CONFIRMED'
              WHEN (x.i + d) % 20 = 0 THEN 'NO_SHOW'
              WHEN (x.i + d) % 33 = 0 THEN 'DECLINED'
              ELSE 'COMPLETED' END,
         'bench', dep.starts_at - interval '14 days'
    FROM generate_series(0, $1::int - 1) AS d,
         generate_series(0, ceil($2::int / 21.0)::int - 1) AS t,
         generate_series(0, 2) AS k,
         LATERAL (SELECT 7 * (3 * t + k) + d % 7 AS i) AS x,
         deployment dep
   WHERE x.i < $2 AND dep.id = d * 1000 + t + 1`;

/** Deployments and assignments for the roster (reserve ids in roster order). */
export async function generateDuties(db: DataSource, reserveIds: readonly number[], divisionIds: readonly number[]) {
  const params = [BENCH_FIRST_DAY, BENCH_DAYS, reserveIds.length];
  await db.query(DEPLOYMENTS_SQL, [...params, divisionIds, DEPARTMENT_ZONE, BENCH_NOW]);
  await db.query(`SELECT setval(pg_get_serial_sequence('deployment', 'id'), (SELECT max(id) FROM deployment))`);
  await db.query(ASSIGNMENTS_SQL, [BENCH_DAYS, reserveIds.length, reserveIds]);
  const [counts] = (await db.query(`SELECT (SELECT count(*) FROM deployment)::int AS deployments, (SELECT count(*) FROM assignment)::int AS assignments`)) as {
    deployments: number;
    assignments: number;
  }[];
  return counts;
}
