import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
const CHUNK = 500;

/**
 * Inserts rows in chunks and answers their new ids in the order of the rows: PostgreSQL returns the
 * rows of a multi-row INSERT ... VALUES ... RETURNING in the order of the VALUES list.
 */
export async function insertAll<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly QueryDeepPartialEntity<T>[],
): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + CHUNK))
      .returning('id')
      .updateEntity(false)
      .execute();
    const returned = result.raw as { id: number }[];
    if (returned.length !== Math.min(CHUNK, rows.length - start)) throw new Error('bulk insert returned an unexpected number of rows');
    ids.push(...returned.map((row) => row.id));
  }
  return ids;
}
