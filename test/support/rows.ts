import type { DataSource } from 'typeorm';

/**
 * Direct inserts for suites whose subject is not the inserting (batching, the overlap constraint):
 * they need many rows quickly. Suites about CRUD create their data through the API instead.
 */
export async function insertRows(db: DataSource, table: string, rows: Record<string, unknown>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]);
  const values = rows.flatMap((row) => columns.map((column) => row[column]));
  const tuples = rows.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
  const inserted = (await db.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} RETURNING id`,
    values,
  )) as { id: number }[];
  return inserted.map((row) => row.id);
}

let badge = 90_000;

/** A division, and `count` active Level I reserves homed there. */
export async function divisionWithReserves(db: DataSource, count: number, areaId = 1): Promise<{ divisionId: number; reserveIds: number[] }> {
  const [divisionId] = await insertRows(db, 'division', [{ area_id: areaId, name: `Area ${areaId}`, bureau: 'CENTRAL', weekly_target_hours: 40 }]);
  const reserveIds = await insertRows(
    db,
    'reserve_officer',
    Array.from({ length: count }, (_, i) => ({
      badge_number: String(badge++),
      first_name: `First${i}`,
      last_name: `Last${i}`,
      level: 'LEVEL_I',
      home_division_id: divisionId,
      appointed_on: '2020-01-01',
      prior_service: 'RETIRED_SWORN',
      monthly_minimum_hours: 16,
    })),
  );
  return { divisionId, reserveIds };
}

/** Deployments in a division at the given [start, end) times. */
export function insertDeployments(db: DataSource, divisionId: number, times: [string, string][]): Promise<number[]> {
  return insertRows(
    db,
    'deployment',
    times.map(([startsAt, endsAt], i) => ({ division_id: divisionId, location: `Beat ${i}`, starts_at: startsAt, ends_at: endsAt })),
  );
}
