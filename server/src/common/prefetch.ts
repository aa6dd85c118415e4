import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ACCESS_EXTENSION } from './access.js';
import { isoFromJsonTimestamp } from './date-time.js';
import type { AppContext } from './context.js';
import { queryPrepared } from '../database/prepared.js';
import { entityRows, type ColumnOf, type EntityRows } from './entity-rows.js';

/**
 * Look-ahead: a list or one-record root field reads the columns its query asks for, and the
 * relations it asks for, in ONE SQL statement that builds each row's JSON in PostgreSQL
 * (`json_build_object`, and a correlated `json_agg` subquery per nested list), as PostGraphile does.
 * The nested field resolvers then find their rows on the parent (`PREFETCHED`) and skip their
 * DataLoaders. It replaced, for a nested page, one round trip per level, every column of every row
 * read in JavaScript and a DataLoader promise per nested field, most of the API's CPU (README,
 * "Performance").
 *
 * What stays as it was: a field the planner does not know (computed in a service: trainingStatus,
 * hours, eligibility, getters such as durationHours) makes its level read every column, so its
 * resolver gets a whole record; a relation with arguments, or one the caller's role may not read
 * (`VisibleTo`), is left to its resolver (and its middleware); fields with middleware keep it. The
 * answers are the same either way (test/integration/prefetch.test.ts).
 */

/** Where a row keeps its prefetched relations, by field name. A symbol: never a column, never serialized. */
export const PREFETCHED = Symbol('prefetched');

type Row = Record<string, unknown>;
type Prefetched = { [PREFETCHED]?: Row };
// The classes TypeORM and type-graphql take: anything constructible (entities, object types).
type ClassOf<T> = abstract new (...args: never[]) => T;

/** A column of a table alias in SQL, by property name. */
export type SqlColumn = (property: string) => string;
/** Binds a value as a statement parameter and answers its placeholder. */
export type SqlParam = (value: unknown) => string;

/** One relation field of a type: how to read it in SQL, and how its resolver loads it otherwise. */
export interface Relation {
  target: ClassOf<ObjectLiteral>;
  many: boolean;
  /** The condition tying the target's rows (`child`) to the parent's row (`parent`). */
  on(child: SqlColumn, parent: SqlColumn, param: SqlParam, ctx: AppContext): string;
  /** A list's order (the loader's). */
  orderBy?(child: SqlColumn): string;
  /** The batched read (DataLoader) when nothing was prefetched. */
  load(ctx: AppContext, parent: Row): unknown;
}

/** A many-to-one relation through the parent's `key` column (`Deployment.division` by `divisionId`); null when the key is. */
export function one(target: ClassOf<ObjectLiteral & { id: number }>, key: string): Relation {
  return {
    target,
    many: false,
    on: (child, parent) => `${child('id')} = ${parent(key)}`,
    load: (ctx, parent) => {
      const id = parent[key] as number | null;
      return id === null || id === undefined ? null : ctx.loaders.byId(target).load(id);
    },
  };
}

/** A one-to-many relation through the target's `key` column (`Deployment.assignments` by `deploymentId`), in id order. */
export function many<T extends ObjectLiteral & { id: number }>(target: ClassOf<T>, key: keyof T & string): Relation {
  return {
    target,
    many: true,
    on: (child, parent) => `${child(key)} = ${parent('id')}`,
    orderBy: (child) => child('id'),
    load: (ctx, parent) => ctx.loaders.manyBy(target, key).load(parent.id as number),
  };
}

/** The relation fields of one GraphQL type; its resolvers call `resolve`. */
export class Relations<P extends object> {
  constructor(
    readonly parent: ClassOf<P>,
    readonly fields: Readonly<Record<string, Relation>>,
  ) {}

  /** The prefetched value of the field, or its batched load. */
  resolve(ctx: AppContext, parent: P, field: string): unknown {
    const found = (parent as Prefetched)[PREFETCHED];
    if (found && field in found) return found[field];
    return this.fields[field].load(ctx, parent as Row);
  }
}

const registry = new Map<ClassOf<object>, Relations<object>>();

/** Declares the relation fields of a type, for look-ahead and for their resolvers. */
export function relations<P extends object>(parent: ClassOf<P>, fields: Record<string, Relation>): Relations<P> {
  const declared = new Relations(parent, fields);
  registry.set(parent, declared as Relations<object>);
  return declared;
}

/** What one level of a query reads: columns (instants as `instantSql` writes them) and relations, each with its own plan. */
interface Plan {
  rows: EntityRows<ObjectLiteral> | null;
  /** Some field is computed by a resolver: every column is read, into an instance of the entity's class. */
  wholeRecord: boolean;
  columns: ColumnOf[];
  relations: { field: string; relation: Relation; plan: Plan }[];
  /** The level's JSON in SQL from the root alias, kept when its relations bound no parameter (`statementOf`). */
  json?: string;
  /** The last statement built on this plan and the page it was built for (a record's is always the same). */
  statement?: { page: string; order: string; text: string };
}

/** What planning read besides the query: whether @skip/@include (or another directive) made it read the variables. */
interface Reads {
  variables: boolean;
}

/** The fields selected on an object type, merged by field name (aliases and fragments), honouring @skip and @include. */
function selectedFields(info: GraphQLResolveInfo, type: GraphQLObjectType, nodes: readonly FieldNode[], reads: Reads): Map<string, FieldNode[]> | null {
  const fields = new Map<string, FieldNode[]>();
  const included = (node: { directives?: readonly unknown[] }) => {
    if (!node.directives?.length) return true;
    reads.variables = true;
    return (
      getDirectiveValues(GraphQLSkipDirective, node as FieldNode, info.variableValues)?.if !== true &&
      getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, info.variableValues)?.if !== false
    );
  };
  const walk = (set: SelectionSetNode): boolean => {
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        fields.set(name, [...(fields.get(name) ?? []), selection]);
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      // A fragment on an interface or another type: not worth planning, the resolvers answer it.
      if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type.name)) return false;
      if (!walk(fragment.selectionSet)) return false;
    }
    return true;
  };
  for (const node of nodes) if (node.selectionSet && !walk(node.selectionSet)) return null;
  return fields;
}

/** The fields the caller's role may read: `VisibleTo` fields for other roles are left to their middleware. */
function readable(ctx: AppContext, extensions: Readonly<Record<string, unknown>> | null | undefined): boolean {
  const allowed = extensions?.[ACCESS_EXTENSION] as readonly string[] | undefined;
  return !allowed || (!!ctx.user && allowed.includes(ctx.user.role));
}

/**
 * The plan of one level: `rows` is null for a type that is not an entity (a root row of a custom
 * statement, whose own fields that statement answers); only relations are planned for it then.
 */
function planOf(ctx: AppContext, info: GraphQLResolveInfo, type: GraphQLObjectType, entity: ClassOf<object>, nodes: readonly FieldNode[], reads: Reads): Plan | null {
  const fields = selectedFields(info, type, nodes, reads);
  if (!fields) return null;
  const isEntity = ctx.db.hasMetadata(entity);
  const rows = isEntity ? entityRows(ctx.db, entity as ClassOf<ObjectLiteral>) : null;
  const declared = registry.get(entity)?.fields ?? {};
  const definitions = type.getFields();
  const plan: Plan = { rows, wholeRecord: false, columns: [], relations: [] };
  for (const [name, fieldNodes] of fields) {
    if (name === '__typename') continue;
    const column = rows?.properties.get(name);
    if (column) {
      plan.columns.push(column);
      continue;
    }
    const relation = declared[name];
    const definition = definitions[name];
    const targetType = definition && getNamedType(definition.type);
    const child =
      relation && definition && isObjectType(targetType) && readable(ctx, definition.extensions) && fieldNodes.every((node) => !node.arguments?.length)
        ? planOf(ctx, info, targetType, relation.target, fieldNodes, reads)
        : null;
    if (child) plan.relations.push({ field: name, relation, plan: child });
    // Computed here or left to its resolver: that resolver gets the whole record, as without look-ahead.
    else plan.wholeRecord = !!rows;
  }
  if (rows && plan.wholeRecord) plan.columns = [...rows.properties.values()];
  else if (rows && !plan.columns.some((column) => column.property === 'id')) plan.columns.push(rows.properties.get('id')!);
  return plan;
}

/** A plan kept for a root field: what else it was made for (who asks, and where). */
interface KeptPlan {
  nodes: readonly FieldNode[];
  entity: ClassOf<object>;
  role: string | undefined;
  db: DataSource;
  plan: Plan | null;
}

/**
 * Plans kept by the root field's first node. A query a client sends again comes as the same parsed
 * document (Apollo keeps them), so its plan is made once per role rather than on every request
 * (planning and writing its SQL were 4 % of the CPU of a one-record query, and much of its garbage).
 * A plan depends on the query, the caller's role (`readable`) and the database, never on the
 * variables unless a directive reads them: those plans are not kept.
 */
const keptPlans = new WeakMap<FieldNode, KeptPlan[]>();

const sameNodes = (a: readonly FieldNode[], b: readonly FieldNode[]) => a.length === b.length && a.every((node, i) => node === b[i]);

/** The plan of a root field that answers rows of `entity`, or null when look-ahead does not apply. */
function rootPlan(ctx: AppContext, info: GraphQLResolveInfo, entity: ClassOf<object>): Plan | null {
  if (ctx.lookAhead === false) return null;
  const nodes = info.fieldNodes;
  const role = ctx.user?.role;
  const kept = keptPlans.get(nodes[0]);
  const found = kept?.find((plan) => plan.entity === entity && plan.role === role && plan.db === ctx.db && sameNodes(plan.nodes, nodes));
  if (found) return found.plan;
  const type = getNamedType(info.returnType);
  const reads: Reads = { variables: false };
  const plan = isObjectType(type) ? planOf(ctx, info, type, entity, nodes, reads) : null;
  if (!reads.variables) {
    const entry: KeptPlan = { nodes: [...nodes], entity, role, db: ctx.db, plan };
    if (kept) kept.push(entry);
    else keptPlans.set(nodes[0], [entry]);
  }
  return plan;
}

/** `json_build_object` takes at most 100 arguments: larger objects are joined as jsonb. */
function jsonObject(pairs: string[]): string {
  if (pairs.length <= 100) return `json_build_object(${pairs.join(', ')})`;
  const parts = [];
  for (let i = 0; i < pairs.length; i += 100) parts.push(`json_build_object(${pairs.slice(i, i + 100).join(', ')})::jsonb`);
  return `(${parts.join(' || ')})::json`;
}

/**
 * An instant in a level's JSON. Only answered (no computed field on the level): as JSON writes a
 * UTC timestamp, made the API's ISO form by a string operation (`isoFromJsonTimestamp`), as
 * PostGraphile answers them, rather than a `Date` made and printed per instant (4 % of the CPU of a
 * long list). Read by the level's own code: epoch milliseconds, exact, for a `Date`. Never the
 * `timestamptz` itself: JSON would write it in the session's zone.
 */
function instantSql(plan: Plan, column: string): string {
  return plan.wholeRecord ? `floor(extract(epoch from ${column}) * 1000)` : `(${column} AT TIME ZONE 'UTC')`;
}

/** SQL building one level's JSON from the row under `alias`, its relations as correlated subqueries. */
function jsonOf(ctx: AppContext, plan: Plan, alias: string, param: SqlParam, aliases: { next: number }): string {
  const pairs: string[] = [];
  for (const { property, column, instant } of plan.columns) {
    pairs.push(`'${property}'`, instant ? instantSql(plan, `${alias}.${column}`) : `${alias}.${column}`);
  }
  const parentColumn: SqlColumn = (property) => `${alias}.${plan.rows!.column(property)}`;
  for (const relation of plan.relations) pairs.push(`'${relation.field}'`, relationSql(ctx, relation, parentColumn, param, aliases));
  return jsonObject(pairs);
}

/** A relation's value as a correlated subquery: one JSON object (or null), or a JSON array in the loader's order. */
function relationSql(ctx: AppContext, { relation, plan }: Plan['relations'][number], parentColumn: SqlColumn, param: SqlParam, aliases: { next: number }): string {
  const rows = plan.rows!;
  const alias = `"p${aliases.next++}"`;
  const column: SqlColumn = (property) => `${alias}.${rows.column(property)}`;
  const object = jsonOf(ctx, plan, alias, param, aliases);
  const from = `FROM ${rows.table} ${alias} WHERE ${relation.on(column, parentColumn, param, ctx)}`;
  if (!relation.many) return `(SELECT ${object} ${from})`;
  const order = relation.orderBy ? ` ORDER BY ${relation.orderBy(column)}` : '';
  return `coalesce((SELECT json_agg(${object}${order}) ${from}), '[]'::json)`;
}

/**
 * A row of the plan from its JSON, relations under `PREFETCHED`. A level whose fields are all
 * columns and relations keeps the objects JSON.parse made (instants in the API's form, in place): copying
 * them was a good part of the garbage of a long list. A level with computed fields gets instances of
 * the entity's class, as its resolvers and getters expect.
 */
function hydrate(plan: Plan, json: Row): Row {
  const row = plan.wholeRecord ? (Object.create(plan.rows!.prototype) as Row) : json;
  for (const { property, instant } of plan.columns) {
    const value = json[property];
    // As `instantSql` wrote it: epoch milliseconds for a whole record, a JSON timestamp otherwise.
    if (instant) row[property] = value === null ? null : plan.wholeRecord ? new Date(value as number) : isoFromJsonTimestamp(value as string);
    else if (row !== json) row[property] = value;
  }
  if (plan.relations.length) {
    // In place, the relations are already under their field names.
    const related: Row = row === json ? json : {};
    for (const { field, relation, plan: child } of plan.relations) {
      const value = json[field];
      if (!relation.many) related[field] = value === null ? null : hydrate(child, value as Row);
      else {
        const list = value as Row[];
        for (let i = 0; i < list.length; i++) list[i] = hydrate(child, list[i]);
        related[field] = list;
      }
    }
    (row as Prefetched)[PREFETCHED] = related;
  }
  return row;
}

/** The query's ORDER BY on the page's columns (alias `r`), or null when one of its keys is not a plain column. */
function orderOf(query: SelectQueryBuilder<ObjectLiteral>, rows: EntityRows<ObjectLiteral>): string | null {
  const keys: string[] = [];
  for (const [key, direction] of Object.entries(query.expressionMap.orderBys)) {
    const [alias, property, ...rest] = key.split('.');
    const column = alias === query.alias && !rest.length ? rows.properties.get(property) : undefined;
    if (!column) return null;
    const { order, nulls } = typeof direction === 'string' ? { order: direction, nulls: undefined } : direction;
    keys.push(`"r".${column.column} ${order}${nulls ? ` ${nulls}` : ''}`);
  }
  return keys.length ? ` ORDER BY ${keys.join(', ')}` : '';
}

/** The rows a root field answers, before look-ahead: a statement selecting `"r".*` (or all columns), its parameters, its order on `"r"`. */
interface Page {
  sql: string;
  params: unknown[];
  order: string;
}

/**
 * Look-ahead for a statement that answers rows of `entity` (`page`): one statement for the rows and
 * every relation the query asks for. The page is taken first, in a subquery, so that only its rows
 * build JSON (an OFFSET would otherwise build the skipped rows' too). Null when look-ahead does not
 * apply (the caller runs its query as it is).
 */
async function prefetchPage<E>(ctx: AppContext, info: GraphQLResolveInfo, entity: ClassOf<object>, page: (rows: EntityRows<ObjectLiteral>) => Page | null): Promise<E[] | null> {
  const plan = rootPlan(ctx, info, entity);
  const taken = plan && page(plan.rows!);
  if (!plan || !taken) return null;
  const rows = await queryPrepared<{ row: Row }>(ctx.db, statementOf(ctx, plan, taken), taken.params);
  return rows.map(({ row }) => hydrate(plan, row) as E);
}

/**
 * The statement of a plan over a page, its relations' parameters added to the page's. A plan whose
 * relations bind no parameter (they bind every value of the request, `Relation.on`) writes the same
 * SQL every time: it is written once, and a record's whole statement is the same string every time,
 * which its prepared statement is found by.
 */
function statementOf(ctx: AppContext, plan: Plan, { sql, params, order }: Page): string {
  const last = plan.statement;
  if (last && last.page === sql && last.order === order) return last.text;
  let json = plan.json;
  if (json === undefined) {
    const bound = params.length;
    json = jsonOf(ctx, plan, '"r"', (value) => `$${params.push(value)}`, { next: 0 });
    if (params.length === bound) plan.json = json;
  }
  const text = `SELECT ${json} AS "row" FROM (${sql}) "r"${order}`;
  if (plan.json !== undefined) plan.statement = { page: sql, order, text };
  return text;
}

/** A list query of an entity (its filter, order and page set) with look-ahead (`prefetchPage`). */
export function prefetchRows<E extends ObjectLiteral>(ctx: AppContext, info: GraphQLResolveInfo, query: SelectQueryBuilder<E>): Promise<E[] | null> {
  return prefetchPage<E>(ctx, info, query.expressionMap.mainAlias!.target as ClassOf<object>, (rows) => {
    const order = orderOf(query, rows);
    if (order === null) return null;
    const [sql, params] = query.select(`"${query.alias}".*`).getQueryAndParameters();
    return { sql, params, order };
  });
}

/**
 * One record by id with look-ahead (`record` undefined when there is none), or null when look-ahead
 * does not apply. Its statement is written here rather than by TypeORM's query builder, whose SQL
 * generation was 4 % of the CPU of a one-record query (README, "Performance").
 */
export async function prefetchRecord<E>(ctx: AppContext, info: GraphQLResolveInfo, entity: ClassOf<object>, id: number): Promise<{ record: E | undefined } | null> {
  const rows = await prefetchPage<E>(ctx, info, entity, ({ table, column }) => ({ sql: `SELECT * FROM ${table} WHERE ${column('id')} = $1`, params: [id], order: '' }));
  return rows && { record: rows[0] };
}

/**
 * Look-ahead for the relations of rows a custom statement answers (`expiringTraining`): the select
 * items to add to that statement (reading the parent's columns through `parentColumn`), and how to
 * move their values onto each row. Null when look-ahead does not apply.
 */
export function prefetchRelationsOf(
  ctx: AppContext,
  info: GraphQLResolveInfo,
  parent: ClassOf<object>,
  parentColumn: SqlColumn,
  param: SqlParam,
): { select: string; attach(row: Row): void } | null {
  const plan = rootPlan(ctx, info, parent);
  if (!plan || plan.relations.length === 0) return null;
  const aliases = { next: 0 };
  const select = plan.relations.map((relation) => `, ${relationSql(ctx, relation, parentColumn, param, aliases)} AS "prefetch_${relation.field}"`).join('');
  const relationsOnly: Plan = { rows: null, wholeRecord: false, columns: [], relations: plan.relations };
  return {
    select,
    attach(row) {
      const json: Row = {};
      for (const { field } of plan.relations) {
        json[field] = row[`prefetch_${field}`];
        delete row[`prefetch_${field}`];
      }
      (row as Prefetched)[PREFETCHED] = hydrate(relationsOnly, json);
    },
  };
}

/**
 * A prefetched relation is read straight from its parent, without type-graphql's per-call machinery
 * (container, parameters, root conversion, middleware), which was most of the remaining cost of a
 * long nested list. That holds for relations with access rules (`VisibleTo`: upcomingAssignments
 * on every reserve of a page) too: the planner prefetched one only because the caller's role may
 * read it (`readable`), so its middleware would let it through; for other roles nothing is
 * prefetched and the resolver, middleware first, answers as before.
 */
export function readPrefetchedDirectly(schema: GraphQLSchema): void {
  const byName = new Map([...registry].map(([parent, declared]) => [parent.name, declared]));
  for (const type of Object.values(schema.getTypeMap())) {
    const declared = isObjectType(type) ? byName.get(type.name) : undefined;
    if (!declared || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || !(field.name in declared.fields)) continue;
      const name = field.name;
      field.resolve = (source, args, context, info) => {
        const found = (source as Prefetched)[PREFETCHED];
        return found && name in found ? found[name] : resolve(source, args, context, info);
      };
    }
  }
}
