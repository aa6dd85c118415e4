import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { dataStatements, startAnotherApp, startTestApi, type Client, type GraphQLResponse, type TestApi } from '../support/api.js';
import { divisionWithReserves, insertDeployments, insertRows } from '../support/rows.js';

/**
 * Look-ahead (server/src/common/prefetch.ts): a root list or record reads what its query selects,
 * relations included, in one statement. The answers must be those of the same server without it
 * (every relation through its batched loader), for every role, and a page must cost one statement.
 */
let api: TestApi;
let withoutLookAhead: Awaited<ReturnType<typeof startAnotherApp>>;
let reserveId: number;

const DAY = 86_400_000;
/** Far ahead, so "upcoming" does not depend on when the test runs. */
const ahead = (days: number, hour: number) => new Date(Date.UTC(2032, 2, 1) + days * DAY + hour * 3_600_000).toISOString();

beforeAll(async () => {
  api = await startTestApi();
  withoutLookAhead = await startAnotherApp(api, { lookAhead: false });
  const [moduleId, otherModuleId] = await insertRows(
    api.db,
    'curriculum_module',
    ['LA-ETHICS', 'LA-DEESC'].map((code, i) => ({
      code,
      title: `Module ${code}`,
      description: 'Look-ahead module',
      category: 'RESPECT_AND_VALUES',
      requirement_source: 'POST',
      hours: 4.5 + i,
      passing_score: 70,
      required_for_levels: '{LEVEL_I,LEVEL_II}',
      recertification_months: 24,
    })),
  );
  for (let area = 1; area <= 3; area++) {
    const { divisionId, reserveIds } = await divisionWithReserves(api.db, 4, area);
    // Past duties (a DST change inside one of them) and upcoming ones, some not CONFIRMED.
    const past = await insertDeployments(api.db, divisionId, [
      ['2026-03-09T16:00:00Z', '2026-03-09T20:00:00Z'],
      ['2026-03-07T20:00:00-08:00', '2026-03-08T04:00:00-07:00'],
    ]);
    const future = await insertDeployments(api.db, divisionId, [
      [ahead(area, 8), ahead(area, 12)],
      [ahead(area + 5, 8), ahead(area + 5, 12.5)],
    ]);
    await insertRows(
      api.db,
      'assignment',
      [...past, ...future].flatMap((deploymentId, d) =>
        reserveIds.slice(0, 3).map((id, r) => ({ deployment_id: deploymentId, reserve_id: id, status: d < 2 ? 'COMPLETED' : r === 2 ? 'DECLINED' : 'CONFIRMED', hours_served: d < 2 ? 4.25 : null })),
      ),
    );
    await insertRows(
      api.db,
      'training_record',
      reserveIds.flatMap((id, r) => [
        { module_id: moduleId, reserve_id: id, completed_on: '2025-06-02', score: 91.5, passed: true, hours: 4.5, expires_on: '2027-06-02' },
        ...(r % 2 ? [{ module_id: otherModuleId, reserve_id: id, completed_on: '2025-01-10', score: 55, passed: false, hours: 5.5 }] : []),
      ]),
    );
    reserveId ??= reserveIds[0];
  }
  await api.db.query(`UPDATE reserve_officer SET email = 'r' || id || '@example.org', phone = '555-0100'`);
});
afterAll(async () => {
  await withoutLookAhead?.close();
  await api?.close();
});


/** The same query to the server with and without look-ahead, as the same user: both answers, and the statements of the first. */
async function both(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const from = api.statements.length;
  const withIt = await client.gql(query, variables);
  const statements = dataStatements(api, from).length;
  const without = await withoutLookAhead.client(client.cookie).gql(query, variables);
  return { withIt, without, statements };
}

const cases: { name: string; query: string; variables?: Record<string, unknown>; statements?: number; notFound?: true }[] = [
  {
    name: 'a page of deployments with division, assignments and their reserves (the bench query)',
    query: `query($page: Int!) { allDeployments(page: $page, perPage: 5, sortField: "startsAt", sortOrder: "ASC") {
      id startsAt endsAt location status requiredHeadcount division { name } assignments { id status reserve { badgeNumber lastName } } } }`,
    variables: { page: 1 },
    statements: 1,
  },
  {
    name: 'a page of reserves with home division and upcoming assignments (the bench query)',
    query: `{ allReserveOfficers(perPage: 20, sortField: "lastName", sortOrder: "DESC") {
      id badgeNumber firstName lastName level status homeDivision { name } upcomingAssignments { id status deployment { startsAt location } } } }`,
    statements: 1,
  },
  {
    name: 'one reserve with training records and modules (the bench query)',
    query: `query($id: ID!) { ReserveOfficer(id: $id) { id badgeNumber level trainingRecords { id completedOn expiresOn passed score hours module { code title } } } }`,
    statements: 1,
  },
  {
    name: 'expiringTraining with reserve and module (the bench query)',
    query: `{ expiringTraining(withinDays: 3660, includeExpired: true) { reserveId recruitId moduleId completedOn expiresOn daysLeft expired reserve { badgeNumber lastName } module { code title } } }`,
    statements: 1,
  },
  {
    name: 'aliases, fragments, @skip and @include, __typename',
    query: `query($yes: Boolean!, $no: Boolean!) { allDeployments(perPage: 4) {
      __typename key: id ...Times when: startsAt @include(if: $yes) notes @skip(if: $yes)
      division { __typename n: name ... on Division { bureau } } a: assignments { status } b: assignments { id reserve @include(if: $no) { id } hoursServed assignedAt }
    } }
    fragment Times on Deployment { startsAt endsAt createdAt }`,
    variables: { yes: true, no: false },
    statements: 1,
  },
  {
    name: 'computed fields fall back to their resolvers, with the whole record (durationHours across DST, hours, training status)',
    query: `{ allReserveOfficers(perPage: 12) { id hoursThisMonth meetsMonthlyMinimum trainingStatus { compliant modules { status } }
      assignments { hoursServed deployment { durationHours division { weeklyTargetHours } } } recruit { lastName } } }`,
  },
  {
    name: 'a filtered list, a relation of a relation, nullable relations and empty lists',
    query: `{ allAssignments(perPage: 50, filter: { status: CONFIRMED }, sortField: "id", sortOrder: "DESC") {
      id deployment { id endsAt division { areaId weeklyTargetHours } assignments { status } } reserve { recruit { id } trainingRecords { score } } } }`,
    statements: 1,
  },
  {
    name: 'training records with their reserve or recruit',
    query: `{ allTrainingRecords(perPage: 30) { id score hours passed module { hours passingScore requiredForLevels recertificationMonths } recruit { id } reserve { badgeNumber homeDivision { name } } } }`,
    statements: 1,
  },
  {
    name: 'a record that does not exist',
    query: `{ ReserveOfficer(id: "999999") { id homeDivision { name } } }`,
    notFound: true,
  },
];

describe('look-ahead answers what the resolvers answer, in one statement', () => {
  it.each(cases)('$name', async ({ query, variables, statements, notFound }) => {
    const result = await both(api, query, { id: String(reserveId), ...variables });
    expect(result.withIt.errors?.[0].extensions?.code).toBe(notFound ? 'NOT_FOUND' : undefined);
    expect(result.withIt.errors).toEqual(result.without.errors);
    expect(result.withIt.data).toEqual(result.without.data);
    expect(JSON.stringify(result.withIt)).toBe(JSON.stringify(result.without));
    if (statements !== undefined) expect(result.statements).toBe(statements);
  });

  it('keeps contact details and the schedule from roles that may not read them (VisibleTo)', async () => {
    const query = `{ allReserveOfficers(perPage: 6) { id email phone upcomingAssignments { id } assignments { status } homeDivision { name } } }`;
    for (const role of [Role.LEADERSHIP, Role.ACADEMY_STAFF, Role.RESERVE_COORDINATOR]) {
      const { withIt, without } = await both(await api.as(role), query);
      expect(withIt).toEqual(without);
      const rows = (withIt as GraphQLResponse).data!.allReserveOfficers as Record<string, unknown>[];
      expect(rows).toHaveLength(6);
      expect(rows[0].email === null).toBe(role === Role.LEADERSHIP);
      expect(rows[0].upcomingAssignments === null).toBe(role === Role.ACADEMY_STAFF);
    }
  });

  it('answers a query sent again for its own variables: other records, pages, filters and @include', async () => {
    // The same text each time, so the same parsed document: the deployments' plan is kept, the
    // reserve's (read through @include) is made for each request.
    const query = `query($id: ID!, $page: Int!, $filter: DeploymentFilter, $dates: Boolean!) {
      ReserveOfficer(id: $id) { id trainingRecords { id completedOn @include(if: $dates) module { code } } }
      allDeployments(page: $page, perPage: 3, filter: $filter, sortField: "startsAt", sortOrder: "ASC") { id startsAt assignments { status } } }`;
    const { data } = await api.gql(`{ allReserveOfficers(perPage: 3) { id } }`);
    const ids = (data!.allReserveOfficers as { id: string }[]).map((reserve) => reserve.id);
    const answers = new Set<string>();
    for (const [i, id] of [...ids, ...ids].entries()) {
      const filter = i % 3 === 1 ? { status: 'COMPLETED' } : i % 3 === 2 ? { startsAt_gt: ahead(0, 0) } : {};
      const { withIt, without, statements } = await both(api, query, { id, page: i % 2, filter, dates: i % 2 === 0 });
      expect(JSON.stringify(withIt)).toBe(JSON.stringify(without));
      expect(withIt.errors).toBeUndefined();
      expect(statements).toBe(2);
      answers.add(JSON.stringify(withIt));
    }
    expect(answers.size).toBeGreaterThan(3);
  });

  it('refuses a root field to a role without access, as before', async () => {
    const { withIt, without } = await both(await api.as(Role.ACADEMY_STAFF), `{ allDeployments { id division { name } } }`);
    expect(withIt.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(withIt).toEqual(without);
  });
});
