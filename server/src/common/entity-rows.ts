import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads whole records of an entity with hand-written SQL and makes them instances of the entity's
 * class (so getters such as `Deployment.durationHours` work), without TypeORM's per-row hydration,
 * which was a large share of the CPU time of nested lists (README, "Performance").
 *
 * The select list comes from the entity's metadata: every column TypeORM would load (not the
 * `select: false` ones), aliased to its property name. PostgreSQL's values arrive as `pg` parses
 * them, which is what TypeORM hands over for these column types (text, integer, numeric, boolean,
 * date, timestamptz, arrays, jsonb); an entity with a column transformer or embedded columns is not
 * supported and says so.
 */
export interface EntityRows<E> {
  /** The quoted table name. */
  table: string;
  /** The select list, `"badge_number" AS "badgeNumber", ...`. */
  columns: string;
  /** The quoted column of a property, for conditions and order. */
  column(property: keyof E & string): string;
  /** Every column loaded, by property (look-ahead reads only those a query asks for: `prefetch.ts`). */
  properties: ReadonlyMap<string, ColumnOf>;
  /** The entity's class prototype, which its rows get (getters such as `Deployment.durationHours`). */
  prototype: object;
  /** Rows selected with `columns`, as instances of the entity's class. */
  hydrate(rows: readonly ObjectLiteral[]): E[];
}

/** One loaded column: its property, its quoted column, and whether it holds an instant (timestamptz). */
export interface ColumnOf {
  property: string;
  column: string;
  instant: boolean;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const cache = new WeakMap<DataSource, Map<unknown, EntityRows<unknown>>>();

export function entityRows<E extends ObjectLiteral>(db: DataSource, entity: EntityTarget<E>): EntityRows<E> {
  let known = cache.get(db);
  if (!known) cache.set(db, (known = new Map()));
  const cached = known.get(entity) as EntityRows<E> | undefined;
  if (cached) return cached;

  const metadata = db.getMetadata(entity);
  const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  for (const column of columns) {
    if (column.transformer || column.embeddedMetadata) {
      throw new Error(`entityRows: ${metadata.name}.${column.propertyName} has a transformer or is embedded; load it with TypeORM`);
    }
  }
  const byProperty = new Map(columns.map((column) => [column.propertyName, quote(column.databaseName)]));
  const properties = new Map(
    columns.map((column) => [
      column.propertyName,
      { property: column.propertyName, column: quote(column.databaseName), instant: column.type === 'timestamptz' || column.type === 'timestamp with time zone' },
    ]),
  );
  const prototype = (metadata.target as { prototype: object }).prototype;
  const rows: EntityRows<E> = {
    table: quote(metadata.tableName),
    columns: columns.map((column) => `${quote(column.databaseName)} AS ${quote(column.propertyName)}`).join(', '),
    column(property) {
      const name = byProperty.get(property);
      if (!name) throw new Error(`entityRows: ${metadata.name} has no column ${property}`);
      return name;
    },
    properties,
    prototype,
    hydrate: (list) => list.map((row) => Object.assign(Object.create(prototype) as E, row)),
  };
  known.set(entity, rows as EntityRows<unknown>);
  return rows;
}
