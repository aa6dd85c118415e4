import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { divisionWithReserves, insertDeployments, insertRows } from '../support/rows.js';

let api: TestApi;

const PAGE = `query Page($perPage: Int!) {
  allDeployments(perPage: $perPage, sortField: "startsAt", sortOrder: "ASC") {
    id division { name } assignments { status reserve { badgeNumber lastName } }
  }
}`;

/** The statements PostgreSQL received for one query (transaction control excluded). */
async function statementsFor(query: string, variables: Record<string, unknown>) {
  api.statements.length = 0;
  const data = await api.ok(query, variables);
  return { data, count: api.statements.filter((sql) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(sql)).length };
}

beforeAll(async () => {
  api = await startTestApi();
  // 120 deployments over 12 divisions, 3 reserves on each: every nested list has rows.
  for (let area = 1; area <= 12; area++) {
    const { divisionId, reserveIds } = await divisionWithReserves(api.db, 3, area);
    const deployments = await insertDeployments(
      api.db,
      divisionId,
      Array.from({ length: 10 }, (_, day) => [`2026-12-${String(day + 1).padStart(2, '0')}T08:00:00Z`, `2026-12-${String(day + 1).padStart(2, '0')}T12:00:00Z`]),
    );
    await insertRows(
      api.db,
      'assignment',
      deployments.flatMap((deploymentId) => reserveIds.map((reserveId) => ({ deployment_id: deploymentId, reserve_id: reserveId }))),
    );
  }
});
afterAll(() => api.close());

describe('batching: nested lists load one statement per level', () => {
  it('sends as many statements for a page of 100 deployments as for a page of 10', async () => {
    const small = await statementsFor(PAGE, { perPage: 10 });
    const large = await statementsFor(PAGE, { perPage: 100 });

    expect(small.data.allDeployments).toHaveLength(10);
    expect(large.data.allDeployments).toHaveLength(100);
    expect(large.data.allDeployments[99].assignments).toHaveLength(3);
    expect(large.data.allDeployments[99].assignments[0].reserve.badgeNumber).toMatch(/^\d+$/);
    // the session, then deployments, divisions, assignments, reserves
    expect(small.count).toBe(5);
    expect(large.count).toBe(small.count);
  });
});
