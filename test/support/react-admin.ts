import { getNamedType, isScalarType, isEnumType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { buildAppSchema } from '../../server/src/schema.js';
import type { GraphQLResponse, TestApi } from './api.js';

/**
 * The requests react-admin's ra-data-graphql-simple sends: one operation per call, every input a
 * GraphQL variable named after the argument it fills, declared with the argument's own type
 * (as the data provider reads it from the schema). Nothing is inlined into the query text.
 */

export type ResourceName =
  | 'Division'
  | 'Recruit'
  | 'RecruitStageChange'
  | 'AcademyClass'
  | 'CurriculumModule'
  | 'TrainingRecord'
  | 'ReserveOfficer'
  | 'Deployment'
  | 'Assignment';

export const PLURAL: Record<ResourceName, string> = {
  Division: 'Divisions',
  Recruit: 'Recruits',
  RecruitStageChange: 'RecruitStageChanges',
  AcademyClass: 'AcademyClasses',
  CurriculumModule: 'CurriculumModules',
  TrainingRecord: 'TrainingRecords',
  ReserveOfficer: 'ReserveOfficers',
  Deployment: 'Deployments',
  Assignment: 'Assignments',
};

const schema = await buildAppSchema();

/** Every field of the type whose value is a scalar or an enum (what a List or Show page selects). */
function scalarSelection(type: ResourceName): string {
  const objectType = schema.getType(type) as GraphQLObjectType;
  return Object.values(objectType.getFields())
    .filter((field) => {
      const named = getNamedType(field.type);
      return isScalarType(named) || isEnumType(named);
    })
    .map((field) => field.name)
    .join(' ');
}

export const FIELDS = Object.fromEntries(
  Object.keys(PLURAL).map((type) => [type, scalarSelection(type as ResourceName)]),
) as Record<ResourceName, string>;

type Variables = Record<string, unknown>;

function rootField(kind: 'query' | 'mutation', name: string): GraphQLField<unknown, unknown> {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const field = root?.getFields()[name];
  if (!field) throw new Error(`the schema has no ${kind} ${name}`);
  return field;
}

/** `mutation createX($a: T, ...) { createX(a: $a, ...) { selection } }` for the variables given. */
export function operation(kind: 'query' | 'mutation', name: string, variables: Variables, selection: string): string {
  const args = new Map(rootField(kind, name).args.map((arg) => [arg.name, String(arg.type)]));
  const names = Object.keys(variables).filter((key) => variables[key] !== undefined);
  for (const key of names) if (!args.has(key)) throw new Error(`${name} takes no argument ${key}`);
  const declared = names.length ? `(${names.map((key) => `$${key}: ${args.get(key)}`).join(', ')})` : '';
  const passed = names.length ? `(${names.map((key) => `${key}: $${key}`).join(', ')})` : '';
  return `${kind} ${name}${declared} { ${name}${passed} { ${selection} } }`;
}

function send(api: TestApi, kind: 'query' | 'mutation', name: string, variables: Variables, selection: string) {
  return api.gql(operation(kind, name, variables, selection), variables);
}

/** The one field an operation answered; fails the test (with the errors) when it answered errors. */
export function answer<T = Record<string, any>>(result: GraphQLResponse): T {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  const values = Object.values(result.data);
  if (values.length !== 1) throw new Error(`expected one answered field, got ${Object.keys(result.data).join(', ')}`);
  return values[0] as T;
}

/** react-admin's create: `create<Type>(...)` with flat arguments. */
export function createOne(api: TestApi, type: ResourceName, values: Variables, selection = FIELDS[type]) {
  return send(api, 'mutation', `create${type}`, values, selection);
}

/** react-admin's update: `update<Type>(id, ...)` with the changed fields only. */
export function updateOne(api: TestApi, type: ResourceName, values: Variables & { id: unknown }, selection = FIELDS[type]) {
  return send(api, 'mutation', `update${type}`, values, selection);
}

/** react-admin's delete: `delete<Type>(id)`. */
export function deleteOne(api: TestApi, type: ResourceName, id: unknown, selection = FIELDS[type]) {
  return send(api, 'mutation', `delete${type}`, { id }, selection);
}

/** react-admin's getOne: `<Type>(id)`. */
export function getOne(api: TestApi, type: ResourceName, id: unknown, selection = FIELDS[type]) {
  return send(api, 'query', type, { id }, selection);
}

export interface ListParams {
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: string | null;
  filter?: Record<string, unknown> | null;
}

/** react-admin's getList: `all<Plural>(page, perPage, sortField, sortOrder, filter)` and `_all<Plural>Meta(filter)` in one request. */
export function getList(api: TestApi, type: ResourceName, params: ListParams = {}, selection = 'id') {
  const plural = PLURAL[type];
  const declared = `$page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: ${type}Filter`;
  const query = `query ${`all${plural}`}(${declared}) {
    items: all${plural}(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { ${selection} }
    total: _all${plural}Meta(filter: $filter) { count }
  }`;
  return api.gql<{ items: Record<string, any>[]; total: { count: number } }>(query, { ...params });
}

/** getList's page and count; fails the test on any error. */
export async function listOf(api: TestApi, type: ResourceName, params: ListParams = {}, selection = 'id') {
  const result = await getList(api, type, params, selection);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  const { items, total } = result.data;
  return { records: items, ids: items.map((item) => String(item.id)), count: total.count };
}

/** What must never reach a client: SQL text, PostgreSQL's own wording, driver names, stack traces. */
const LEAKS = ['SELECT', 'INSERT', 'UPDATE ', 'DELETE FROM', 'violates', 'constraint', 'relation "', 'duplicate key', 'QueryFailedError', 'driverError', '    at ', 'stacktrace'];

/** The parts of a whole response that would leak how the server is built (empty when none). */
export function leaksIn(result: GraphQLResponse): string[] {
  const text = JSON.stringify(result);
  return LEAKS.filter((leak) => text.includes(leak) || text.includes(JSON.stringify(leak).slice(1, -1)));
}

/**
 * The refusal a client reads: the first error's code, message and extensions. Fails the test when
 * the operation answered data instead, or when the response leaks SQL or a stack trace.
 */
export function refusalOf(result: GraphQLResponse): { code: string; message: string; field?: string; extensions: Record<string, any> } {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected a refusal, got data ${JSON.stringify(result.data)}`);
  const leaks = leaksIn(result);
  if (leaks.length) throw new Error(`the response leaks ${leaks.join(', ')}: ${JSON.stringify(result)}`);
  const extensions = error.extensions ?? {};
  return { code: extensions.code, message: error.message, field: extensions.field, extensions };
}
