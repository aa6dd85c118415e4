import { getNamedType, isObjectType, type GraphQLNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { QUERIES } from '../../server/src/cli/bench-dashboards-queries.js';
import { buildAppSchema } from '../../server/src/schema.js';
import { dataStatements, firstError, startTestApi, type Client, type TestApi } from '../support/api.js';
import { aDivisionRow } from '../support/dashboard-rows.js';

let api: TestApi;

/** Each dashboard with arguments that work on an empty database. */
const DASHBOARDS: Record<string, string> = {
  recruitmentFunnel: `{ recruitmentFunnel(from: "2026-01-01", to: "2026-07-01") { recruits stages { stage reached } exits { reason } } }`,
  recruitmentTrend: `{ recruitmentTrend(from: "2026-01-01", to: "2026-07-01") { months { month newProspects } } }`,
  trainingCompliance: `{ trainingCompliance(asOf: "2026-06-01") { activeReserves share modules { code } divisions { divisionId share } } }`,
  academyProgress: `{ academyProgress { asOf classes { name behindSchedule { lastName } } } }`,
  divisionCoverage: `{ divisionCoverage(from: "2026-01-05", to: "2026-03-02") { weeks { week } divisions { divisionId weeks { gapHours } } } }`,
  reserveUtilization: `{ reserveUtilization(from: "2026-01-01", to: "2026-07-01") { hours value reserves { reserveId hours } } }`,
};
const CONTACT_FIELDS = ['email', 'phone', 'address'];

/** Statements PostgreSQL received for one request, transaction control excluded. */
async function statementsFor(client: Client, query: string) {
  api.statements.length = 0;
  await client.ok(query);
  return dataStatements(api).length;
}

beforeAll(async () => {
  api = await startTestApi();
  await aDivisionRow(api.db, 1);
});
afterAll(() => api.close());

describe('dashboards: who may read them', () => {
  it('answers every dashboard to leadership, coordinators, academy staff and administrators', async () => {
    for (const role of [Role.LEADERSHIP, Role.RESERVE_COORDINATOR, Role.ACADEMY_STAFF, Role.ADMIN]) {
      const client = await api.as(role);
      for (const [name, query] of Object.entries(DASHBOARDS)) {
        const result = await client.gql(query);
        expect([role, name, result.errors]).toEqual([role, name, undefined]);
      }
    }
  });

  it('answers every figure of every dashboard at once within the API query limits (depth, cost, aliases)', async () => {
    const leadership = await api.as(Role.LEADERSHIP);
    for (const { name, query } of QUERIES) expect([name, (await leadership.gql(query)).errors]).toEqual([name, undefined]);
  });

  it('answers UNAUTHENTICATED to a caller who is not signed in', async () => {
    for (const query of Object.values(DASHBOARDS)) expect(firstError(await api.anonymous.gql(query)).code).toBe('UNAUTHENTICATED');
  });

  it('never holds personal contact details: no type a dashboard answers has an email, phone or address', async () => {
    const schema = await buildAppSchema();
    const seen = new Set<string>();
    const visit = (type: GraphQLNamedType) => {
      if (!isObjectType(type) || seen.has(type.name)) return;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        expect([type.name, field.name, CONTACT_FIELDS.includes(field.name)]).toEqual([type.name, field.name, false]);
        visit(getNamedType(field.type));
      }
    };
    for (const name of Object.keys(DASHBOARDS)) visit(getNamedType(schema.getQueryType()!.getFields()[name].type));
    expect(seen.size).toBeGreaterThanOrEqual(15);
  });
});

describe('dashboards: inputs', () => {
  const period = (query: string, from: string, to: string) => `{ ${query}(from: "${from}", to: "${to}") { __typename } }`;

  it('refuses a period that is empty, backwards or longer than 735 days, naming `to`', async () => {
    for (const query of ['recruitmentFunnel', 'recruitmentTrend', 'divisionCoverage', 'reserveUtilization']) {
      for (const [from, to] of [
        ['2026-03-01', '2026-03-01'],
        ['2026-03-01', '2026-02-01'],
        ['2024-01-01', '2026-01-06'],
      ]) {
        const error = firstError(await api.gql(period(query, from, to)));
        expect([query, from, to, error.code, error.extensions.field]).toEqual([query, from, to, 'BAD_USER_INPUT', 'to']);
      }
      expect((await api.gql(period(query, '2024-01-01', '2026-01-05'))).errors).toBeUndefined(); // 735 days
    }
  });

  it('refuses dates that are not dates, and a negative hour value', async () => {
    const coverage = `query($from: LocalDate!, $to: LocalDate!) { divisionCoverage(from: $from, to: $to) { __typename } }`;
    expect(firstError(await api.gql(coverage, { from: '2026-02-30', to: '2026-03-30' })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await api.gql(`query($asOf: LocalDate) { trainingCompliance(asOf: $asOf) { share } }`, { asOf: 'yesterday' })).code).toBe('BAD_USER_INPUT');
    const error = firstError(await api.gql(`{ reserveUtilization(from: "2026-01-01", to: "2026-02-01", hourValue: -1) { value } }`));
    expect([error.code, error.extensions.field]).toEqual(['BAD_USER_INPUT', 'hourValue']);
  });
});

describe('dashboards: SQL shape', () => {
  it('computes each dashboard in one SQL statement, whatever the data (two with a division or class to check)', async () => {
    const client = await api.as(Role.LEADERSHIP);
    const session = await statementsFor(client, `{ __typename }`);
    for (const [name, query] of Object.entries(DASHBOARDS)) expect([name, (await statementsFor(client, query)) - session]).toEqual([name, 1]);
    const [{ id }] = (await api.db.query(`SELECT id FROM division LIMIT 1`)) as { id: number }[];
    expect((await statementsFor(client, `{ trainingCompliance(divisionId: "${id}") { share } }`)) - session).toBe(2);
  });
});
