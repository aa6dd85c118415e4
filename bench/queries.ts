/**
 * The questions the benchmark asks, each written once per server with the same logical answer, and
 * how each server's answer becomes one plain structure for comparison.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export type ServerName = 'project' | 'postgraphile' | 'ceiling';

export interface BenchQuery {
  name: string;
  description: string;
  /** The GraphQL request (project, PostGraphile) or the path (ceiling) of the i-th request. */
  project(i: number): GraphQLRequest;
  postgraphile(i: number): GraphQLRequest;
  ceiling(i: number): string;
  /** The answer as a plain structure (same key names, ids as text, instants in ISO UTC, numbers as numbers). */
  plain(server: ServerName, body: Json): Json;
}

/** What the queries need to know about the data. */
export interface QueryData {
  reserveIds: readonly number[];
}

/** Pages the list queries cycle through (the first 20: what people page through). */
const PAGES = 20;

const ID_KEY = /^id$|Id$/;
const INSTANT_KEYS = new Set(['startsAt', 'endsAt']);
const NUMBER_KEYS = new Set(['score', 'hours', 'weeklyTargetHours', 'monthlyMinimumHours', 'hoursServed']);

/**
 * Renames keys (PostGraphile's `divisionByDivisionId` is the project's `division`) and writes each
 * scalar one way: ids as text (PostGraphile's are numbers), instants as ISO UTC (PostgreSQL writes
 * `+00:00`), numerics as numbers (PostGraphile's BigFloat is text).
 */
export function plainOf(value: Json, renames: Readonly<Record<string, string>> = {}, key = ''): Json {
  if (Array.isArray(value)) return value.map((item) => plainOf(item, renames, key));
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [name, item] of Object.entries(value)) {
      const renamed = renames[name] ?? name;
      out[renamed] = plainOf(item, renames, renamed);
    }
    return out;
  }
  if (value === null) return null;
  if (ID_KEY.test(key)) return String(value);
  if (INSTANT_KEYS.has(key) && typeof value === 'string') return new Date(value).toISOString();
  if (NUMBER_KEYS.has(key)) return Number(value);
  return value;
}

/** The data field of a GraphQL answer, or the ceiling's body as it is. */
function field(body: Json, name: string): Json {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
  const data = body.data;
  if (body.errors || data === null || typeof data !== 'object' || Array.isArray(data) || !(name in data)) {
    throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
  }
  return data[name];
}

const POSTGRAPHILE_NAMES = {
  divisionByDivisionId: 'division',
  divisionByHomeDivisionId: 'homeDivision',
  assignmentsByDeploymentIdList: 'assignments',
  reserveOfficerByReserveId: 'reserve',
  upcomingAssignmentsList: 'upcomingAssignments',
  deploymentByDeploymentId: 'deployment',
  trainingRecordsByReserveIdList: 'trainingRecords',
  curriculumModuleByModuleId: 'module',
} as const;

function answer(name: string, postgraphileName: string) {
  return (server: ServerName, body: Json): Json => {
    if (server === 'ceiling') return plainOf(body);
    return plainOf(field(body, server === 'project' ? name : postgraphileName), POSTGRAPHILE_NAMES);
  };
}

export function benchQueries(data: QueryData): BenchQuery[] {
  const page = (i: number) => i % PAGES;
  const reserveId = (i: number) => data.reserveIds[(i * 7919) % data.reserveIds.length];
  return [
    {
      name: 'deployments',
      description: 'a page of 50 deployments (by start) with division, assignments and each assignment’s reserve',
      project: (i) => ({
        query: `query Deployments($page: Int!) {
          allDeployments(page: $page, perPage: 50, sortField: "startsAt", sortOrder: "ASC") {
            id startsAt endsAt location status requiredHeadcount
            division { name }
            assignments { id status reserve { badgeNumber lastName } }
          }
        }`,
        variables: { page: page(i) },
      }),
      postgraphile: (i) => ({
        query: `query Deployments($offset: Int!) {
          allDeploymentsList(first: 50, offset: $offset, orderBy: [STARTS_AT_ASC, ID_ASC]) {
            id startsAt endsAt location status requiredHeadcount
            divisionByDivisionId { name }
            assignmentsByDeploymentIdList(orderBy: ID_ASC) { id status reserveOfficerByReserveId { badgeNumber lastName } }
          }
        }`,
        variables: { offset: page(i) * 50 },
      }),
      ceiling: (i) => `/deployments?offset=${page(i) * 50}`,
      plain: answer('allDeployments', 'allDeploymentsList'),
    },
    {
      name: 'reserves',
      description: 'a page of 100 reserves (by last name) with home division and upcoming assignments',
      project: (i) => ({
        query: `query Reserves($page: Int!) {
          allReserveOfficers(page: $page, perPage: 100, sortField: "lastName", sortOrder: "ASC") {
            id badgeNumber firstName lastName level status
            homeDivision { name }
            upcomingAssignments { id status deployment { startsAt location } }
          }
        }`,
        variables: { page: page(i) },
      }),
      postgraphile: (i) => ({
        query: `query Reserves($offset: Int!) {
          allReserveOfficersList(first: 100, offset: $offset, orderBy: [LAST_NAME_ASC, ID_ASC]) {
            id badgeNumber firstName lastName level status
            divisionByHomeDivisionId { name }
            upcomingAssignmentsList { id status deploymentByDeploymentId { startsAt location } }
          }
        }`,
        variables: { offset: page(i) * 100 },
      }),
      ceiling: (i) => `/reserves?offset=${page(i) * 100}`,
      plain: answer('allReserveOfficers', 'allReserveOfficersList'),
    },
    {
      name: 'reserve',
      description: 'one reserve by id with training records and their modules',
      project: (i) => ({
        query: `query Reserve($id: ID!) {
          ReserveOfficer(id: $id) {
            id badgeNumber firstName lastName level status
            trainingRecords { id completedOn expiresOn passed score hours module { code title } }
          }
        }`,
        variables: { id: String(reserveId(i)) },
      }),
      postgraphile: (i) => ({
        query: `query Reserve($id: Int!) {
          reserveOfficerById(id: $id) {
            id badgeNumber firstName lastName level status
            trainingRecordsByReserveIdList(orderBy: ID_ASC) { id completedOn expiresOn passed score hours curriculumModuleByModuleId { code title } }
          }
        }`,
        variables: { id: reserveId(i) },
      }),
      ceiling: (i) => `/reserve?id=${reserveId(i)}`,
      plain: answer('ReserveOfficer', 'reserveOfficerById'),
    },
    {
      name: 'expiring',
      description: 'dashboard: expiringTraining(withinDays: 60, includeExpired: true), every active reserve’s latest passes',
      project: () => ({
        query: `query Expiring {
          expiringTraining(withinDays: 60, includeExpired: true) {
            reserveId recruitId moduleId completedOn expiresOn
            reserve { badgeNumber lastName }
            module { code title }
          }
        }`,
        variables: {},
      }),
      postgraphile: () => ({
        query: `query Expiring {
          expiringTrainingList(withinDays: 60, includeExpired: true) {
            reserveId recruitId moduleId completedOn expiresOn
            reserveOfficerByReserveId { badgeNumber lastName }
            curriculumModuleByModuleId { code title }
          }
        }`,
        variables: {},
      }),
      ceiling: () => `/expiring?withinDays=60&includeExpired=true`,
      plain: answer('expiringTraining', 'expiringTrainingList'),
    },
  ];
}
