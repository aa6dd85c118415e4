import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { divisionWithReserves, insertDeployments, insertRows } from '../support/rows.js';

let api: TestApi;
let reserveId: number;
const ids: Record<string, number> = {};

beforeAll(async () => {
  api = await startTestApi({ clock: fixedClock('2026-12-10T12:00:00Z') });
  const { divisionId, reserveIds } = await divisionWithReserves(api.db, 1);
  reserveId = reserveIds[0];
  const [ended, underway, later, soon, declined, cancelled] = await insertDeployments(api.db, divisionId, [
    ['2026-12-09T08:00:00Z', '2026-12-09T12:00:00Z'],
    ['2026-12-10T10:00:00Z', '2026-12-10T14:00:00Z'],
    ['2026-12-20T08:00:00Z', '2026-12-20T12:00:00Z'],
    ['2026-12-11T08:00:00Z', '2026-12-11T12:00:00Z'],
    ['2026-12-12T08:00:00Z', '2026-12-12T12:00:00Z'],
    ['2026-12-13T08:00:00Z', '2026-12-13T12:00:00Z'],
  ]);
  const statuses: [string, number, string][] = [
    ['ended', ended, 'CONFIRMED'],
    ['underway', underway, 'CONFIRMED'],
    ['later', later, 'ASSIGNED'],
    ['soon', soon, 'CONFIRMED'],
    ['declined', declined, 'DECLINED'],
    ['cancelled', cancelled, 'CANCELLED'],
  ];
  for (const [name, deploymentId, status] of statuses) {
    [ids[name]] = await insertRows(api.db, 'assignment', [{ deployment_id: deploymentId, reserve_id: reserveId, status }]);
  }
});
afterAll(() => api.close());

const QUERY = `query Upcoming($id: ID!) { ReserveOfficer(id: $id) { upcomingAssignments { id status deployment { startsAt } } } }`;

describe('ReserveOfficer.upcomingAssignments', () => {
  it('lists the ASSIGNED and CONFIRMED duties that have not ended, soonest first (one underway counts)', async () => {
    const { ReserveOfficer } = await api.ok(QUERY, { id: reserveId });
    expect(ReserveOfficer.upcomingAssignments.map((a: { id: string }) => Number(a.id))).toEqual([ids.underway, ids.soon, ids.later]);
  });

  it('reads null for roles that do not read the schedule, as `assignments` does', async () => {
    const academy = await api.as(Role.ACADEMY_STAFF);
    const { ReserveOfficer } = await academy.ok(QUERY, { id: reserveId });
    expect(ReserveOfficer.upcomingAssignments).toBeNull();
  });
});
