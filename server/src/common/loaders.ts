import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { entityRows } from './entity-rows.js';

type WithId = ObjectLiteral & { id: number };

/**
 * Per-request DataLoaders, made on first use: nested relations cost one SQL statement
 * per level of a query, whatever the page size.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<number, unknown>>();

  constructor(private readonly db: DataSource) {}

  /** The record with each id, or null (many-to-one relations such as `Deployment.division`). */
  byId<E extends WithId>(entity: EntityTarget<E>): DataLoader<number, E | null> {
    const name = this.db.getMetadata(entity).name;
    const table = entityRows(this.db, entity);
    return this.memo(`${name}#id`, async (ids) => {
      const rows = table.hydrate(await this.db.query(`SELECT ${table.columns} FROM ${table.table} WHERE id = ANY($1::integer[])`, [ids]));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The records whose `key` is each id (one-to-many relations such as `Deployment.assignments`), in id order. */
  manyBy<E extends WithId>(entity: EntityTarget<E>, key: keyof E & string): DataLoader<number, E[]> {
    const name = this.db.getMetadata(entity).name;
    const table = entityRows(this.db, entity);
    const column = table.column(key);
    return this.memo(`${name}#${key}`, async (ids) => {
      const rows = table.hydrate(
        await this.db.query(`SELECT ${table.columns} FROM ${table.table} WHERE ${column} = ANY($1::integer[]) ORDER BY id`, [ids]),
      );
      const groups = new Map<number, E[]>(ids.map((id) => [id, []]));
      for (const row of rows) groups.get(row[key] as number)?.push(row);
      return ids.map((id) => groups.get(id) ?? []);
    });
  }

  /** A loader of the caller's own, made once per request under its name (computed fields such as hours). */
  custom<V>(name: string, batch: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    return this.memo(name, batch);
  }

  /** Forgets everything loaded so far (after a write). */
  clearAll(): void {
    this.loaders.clear();
  }

  private memo<V>(name: string, batch: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let loader = this.loaders.get(name) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = new DataLoader<number, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<number, unknown>);
    }
    return loader;
  }
}
