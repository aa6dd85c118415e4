import { print, type DocumentNode, type IntrospectionSchema } from 'graphql';
import buildGraphQLProvider, { buildGqlQuery, buildQueryFactory, buildVariables } from 'ra-data-graphql-simple';
import { CREATE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, UPDATE, type DataProvider } from 'react-admin';
import schema from 'virtual:introspection';
import { graphqlRequest } from './graphqlRequest';

/**
 * react-admin's GraphQL conventions (allRecruits, _allRecruitsMeta, Recruit, createRecruit ...) over
 * the API, with the schema taken from the committed schema/schema.graphql, so it works where the
 * server's introspection is off (production).
 */

interface IntrospectedField {
  name: string;
  type: { kind: string; name?: string | null; ofType?: IntrospectedField['type'] | null };
}
interface IntrospectedType {
  name: string;
  kind: string;
  fields?: IntrospectedField[] | null;
  inputFields?: IntrospectedField[] | null;
}
interface IntrospectionResults {
  types: IntrospectedType[];
  resources: Resource[];
}
interface Resource {
  type: IntrospectedType;
}
interface QueryType {
  name: string;
  args: { name: string }[];
}

const unwrap = (type: IntrospectedField['type']): IntrospectedField['type'] => (type.kind === 'NON_NULL' && type.ofType ? unwrap(type.ofType) : type);
const isList = (type: IntrospectedField['type']) => unwrap(type).kind === 'LIST';
const finalType = (type: IntrospectedField['type']): IntrospectedField['type'] => (type.ofType ? finalType(type.ofType) : type);

/** Fields a list leaves out: nested lists (a reserve's every assignment) and computed objects (training status). */
const heavyInLists = (field: IntrospectedField, resources: { type: { name: string } }[]) => {
  const type = finalType(field.type);
  if (type.kind !== 'OBJECT') return false;
  return isList(field.type) || !resources.some((resource) => resource.type.name === type.name);
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Create and update send only the mutation's own arguments (not the nested objects and read-only
 * fields a record carries); an update sends only what changed, so the audit log and the rules see the
 * real change. An emptied input is sent as null.
 */
function writeVariables(method: string, params: { id?: unknown; data: Record<string, unknown>; previousData?: Record<string, unknown> }, queryType: QueryType) {
  const variables: Record<string, unknown> = method === UPDATE ? { id: params.id } : {};
  for (const { name } of queryType.args) {
    if (name === 'id' || !(name in params.data)) continue;
    const value = params.data[name] === '' ? null : params.data[name];
    if (method === UPDATE && params.previousData && same(value, params.previousData[name])) continue;
    variables[name] = value;
  }
  return variables;
}

/** A filter on a list-valued field ("required for level") is a single value in the API's filter. */
function scalarFilters(introspection: IntrospectionResults, resource: Resource, filter: Record<string, unknown>) {
  const input = introspection.types.find((type) => type.name === `${resource.type.name}Filter`);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    const field = input?.inputFields?.find((candidate) => candidate.name === key);
    result[key] = field && !isList(field.type) && Array.isArray(value) ? value[0] : value;
  }
  return result;
}

const LISTS = new Set<string>([GET_LIST, GET_MANY, GET_MANY_REFERENCE]);

const variablesBuilder =
  (introspection: IntrospectionResults) =>
  (resource: Resource, method: string, params: any, queryType: QueryType): Record<string, any> => {
    if (method === CREATE || method === UPDATE) return writeVariables(method, params, queryType);
    const variables = (buildVariables as any)(introspection)(resource, method, params, queryType);
    if (variables.filter) variables.filter = scalarFilters(introspection, resource, variables.filter);
    if (LISTS.has(method) && !variables.meta?.sparseFields) {
      // A record's page has them; screens that need more ask with their own query.
      // `meta.withLists: { assignments: ['id', 'status'] }` brings a nested list back, with those fields.
      const { withLists = {}, ...meta } = variables.meta ?? {};
      const fields: (string | Record<string, string[]>)[] = (resource.type.fields ?? [])
        .filter((field) => !heavyInLists(field, introspection.resources))
        .map((field) => field.name);
      for (const [name, subfields] of Object.entries(withLists as Record<string, string[]>)) fields.push({ [name]: subfields });
      variables.meta = { ...meta, sparseFields: fields };
    }
    return variables;
  };

/**
 * The API's `_allXMeta` counts take only the filter (no page, perPage or sort); the selection
 * ra-data-graphql-simple builds passes it the list's page arguments too, which the API refuses.
 */
const gqlQueryBuilder = (introspection: IntrospectionResults) => {
  const build = (buildGqlQuery as any)(introspection);
  return (...args: unknown[]): DocumentNode => {
    const document = build(...args);
    for (const definition of document.definitions) {
      for (const selection of definition.selectionSet?.selections ?? []) {
        if (selection.kind === 'Field' && selection.name.value.startsWith('_') && selection.name.value.endsWith('Meta')) {
          selection.arguments = (selection.arguments ?? []).filter((argument: { name: { value: string } }) => argument.name.value === 'filter');
        }
      }
    }
    return document;
  };
};

/** The transport: ra-data-graphql calls this instead of an Apollo client; errors keep the server's messages. */
const client = {
  query: async ({ query, variables, context }: { query: DocumentNode; variables?: Record<string, unknown>; context?: { fetchOptions?: { signal?: AbortSignal } } }) => ({
    data: await graphqlRequest(print(query), variables, context?.fetchOptions?.signal),
  }),
  mutate: async ({ mutation, variables }: { mutation: DocumentNode; variables?: Record<string, unknown> }) => ({
    data: await graphqlRequest(print(mutation), variables),
  }),
};

export const graphqlProvider: DataProvider = buildGraphQLProvider({
  client: client as any,
  introspection: { schema: schema as unknown as IntrospectionSchema },
  buildQuery: buildQueryFactory(variablesBuilder as any, gqlQueryBuilder as any),
} as any);
