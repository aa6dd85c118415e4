import type { DataSource } from 'typeorm';

/** One column of a bulk insert: its PostgreSQL type and a value per row. */
export type Column = { type: string; values: unknown[] };

export const column = <T>(type: string, rows: readonly T[], value: (row: T) => unknown): Column => ({ type, values: rows.map(value) });

/**
 * One INSERT ... SELECT FROM unnest(...) per table: tens of thousands of rows in one statement and
 * one parameter per column (the benches' generated data).
 */
export async function insertColumns(db: DataSource, table: string, columns: Record<string, Column>): Promise<number[]> {
  const names = Object.keys(columns);
  const sources = names.map((name, i) => `$${i + 1}::${columns[name].type}[]`).join(', ');
  const rows = (await db.query(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${sources}) RETURNING id`,
    names.map((name) => columns[name].values),
  )) as { id: number }[];
  return rows.map((row) => row.id);
}
