import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** Statements prepared at most, per connection: the first texts seen (the hot ones come first), so memory stays bounded. */
const MAX_PREPARED = 200;
const names = new Map<string, string>();

/** The name a statement is prepared under, or undefined once the bound is reached (it then runs unnamed). */
function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED) names.set(text, (name = `prepared_${names.size}`));
  return name;
}

/**
 * Runs a read that requests send over and over (the session lookup, the look-ahead statements of
 * `prefetch.ts`) as a named prepared statement on the pool's connections: PostgreSQL parses and
 * plans it once per connection rather than on every request (its planning cost as much as the
 * execution of a one-record read), and TypeORM's per-query runner is skipped. Reported to the data
 * source's logger like every other statement (tests count statements).
 */
export async function queryPrepared<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  db.logger.logQuery(text, values);
  // TypeORM types its pg pool as `any`; it is pg's Pool (PostgresDriver.master).
  const pool = (db.driver as PostgresDriver).master as pg.Pool;
  const name = nameOf(text);
  const { rows } = await pool.query<T & pg.QueryResultRow>(name ? { name, text, values } : { text, values });
  return rows;
}
