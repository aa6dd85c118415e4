import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstError, startTestApi, type TestApi } from '../support/api.js';
import { divisionWithReserves, insertDeployments } from '../support/rows.js';

let api: TestApi;
let divisionId: number;
let reserveIds: number[];

const ASSIGN = `mutation Assign($deploymentId: ID!, $reserveId: ID!) {
  createAssignment(deploymentId: $deploymentId, reserveId: $reserveId) { id deploymentId status }
}`;
const assign = (deploymentId: number, reserveId: number) => api.gql(ASSIGN, { deploymentId, reserveId });
const activeAssignments = async (reserveId: number) =>
  Number(((await api.db.query(`SELECT count(*) FROM assignment WHERE reserve_id = $1 AND status NOT IN ('DECLINED','CANCELLED')`, [reserveId])) as { count: number }[])[0].count);

beforeAll(async () => {
  // These tests are about the database's guarantee; the eligibility rules (rest, CPT) are the scheduling suites'.
  api = await startTestApi({ scheduling: { restHours: 0, cptHours: 0 } });
  ({ divisionId, reserveIds } = await divisionWithReserves(api.db, 6));
});
afterAll(() => api.close());

describe('Rule 1: no double booking, enforced by PostgreSQL', () => {
  it('lets exactly one of 20 parallel overlapping assignments of one reserve through; the rest answer CONFLICT naming it', async () => {
    const reserve = reserveIds[0];
    const deployments = await insertDeployments(
      api.db,
      divisionId,
      Array.from({ length: 20 }, (_, i) => [`2026-12-01T${String(8 + (i % 4)).padStart(2, '0')}:00:00-08:00`, `2026-12-01T16:${String(i).padStart(2, '0')}:00-08:00`]),
    );
    const results = await Promise.all(deployments.map((deploymentId) => assign(deploymentId, reserve)));

    const succeeded = results.filter((result) => !result.errors);
    expect(succeeded).toHaveLength(1);
    const winner = succeeded[0].data!.createAssignment.deploymentId;
    for (const refused of results.filter((result) => result.errors)) {
      const error = firstError(refused);
      expect(error.code).toBe('CONFLICT');
      expect(error.extensions.conflictingDeploymentId).toBe(winner);
      expect(error.message).toContain(`deployment ${winner}`);
    }
    expect(await activeAssignments(reserve)).toBe(1);
  });

  it('accepts back-to-back assignments (ranges are half-open)', async () => {
    const reserve = reserveIds[1];
    const [first, second] = await insertDeployments(api.db, divisionId, [
      ['2026-12-02T08:00:00-08:00', '2026-12-02T12:00:00-08:00'],
      ['2026-12-02T12:00:00-08:00', '2026-12-02T16:00:00-08:00'],
    ]);
    expect((await assign(first, reserve)).errors).toBeUndefined();
    expect((await assign(second, reserve)).errors).toBeUndefined();
    expect(await activeAssignments(reserve)).toBe(2);
  });

  it('refuses an assignment that overlaps by one minute', async () => {
    const reserve = reserveIds[2];
    const [first, second] = await insertDeployments(api.db, divisionId, [
      ['2026-12-03T08:00:00-08:00', '2026-12-03T12:00:00-08:00'],
      ['2026-12-03T11:59:00-08:00', '2026-12-03T16:00:00-08:00'],
    ]);
    expect((await assign(first, reserve)).errors).toBeUndefined();
    expect(firstError(await assign(second, reserve)).code).toBe('CONFLICT');
  });

  it('does not count declined or cancelled assignments', async () => {
    const reserve = reserveIds[3];
    const [first, second, third] = await insertDeployments(api.db, divisionId, [
      ['2026-12-04T08:00:00-08:00', '2026-12-04T12:00:00-08:00'],
      ['2026-12-04T09:00:00-08:00', '2026-12-04T13:00:00-08:00'],
      ['2026-12-04T10:00:00-08:00', '2026-12-04T14:00:00-08:00'],
    ]);
    const declined = (await assign(first, reserve)).data!.createAssignment.id;
    await api.ok(`mutation($id: ID!) { updateAssignment(id: $id, status: DECLINED) { id } }`, { id: declined });
    const cancelled = (await assign(second, reserve)).data!.createAssignment.id;
    await api.ok(`mutation($id: ID!) { updateAssignment(id: $id, status: CANCELLED) { id } }`, { id: cancelled });
    expect((await assign(third, reserve)).errors).toBeUndefined();
    // Re-activating a declined assignment that now overlaps is refused too.
    const reactivated = await api.gql(`mutation($id: ID!) { updateAssignment(id: $id, status: CONFIRMED) { id } }`, { id: declined });
    expect(firstError(reactivated).code).toBe('CONFLICT');
  });

  it('refuses to move a deployment onto another of its reserves, naming the clash, and changes nothing', async () => {
    const reserve = reserveIds[4];
    const [early, late] = await insertDeployments(api.db, divisionId, [
      ['2026-12-05T08:00:00-08:00', '2026-12-05T12:00:00-08:00'],
      ['2026-12-05T14:00:00-08:00', '2026-12-05T18:00:00-08:00'],
    ]);
    await assign(early, reserve);
    await assign(late, reserve);
    const moved = await api.gql(`mutation($id: ID!, $startsAt: DateTimeISO!) { updateDeployment(id: $id, startsAt: $startsAt) { id } }`, {
      id: late,
      startsAt: '2026-12-05T11:00:00-08:00',
    });
    const error = firstError(moved);
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions.reasons).toEqual([expect.objectContaining({ code: 'OVERLAP', deploymentId: String(early) })]);
    const after = await api.ok(`query($id: ID!) { Deployment(id: $id) { startsAt } }`, { id: late });
    expect(after.Deployment.startsAt).toBe('2026-12-05T22:00:00.000Z');
  });

  it('keeps an assignment on the times of its deployment when the deployment moves', async () => {
    const reserve = reserveIds[5];
    const [deployment] = await insertDeployments(api.db, divisionId, [['2026-12-06T08:00:00-08:00', '2026-12-06T12:00:00-08:00']]);
    await assign(deployment, reserve);
    await api.ok(`mutation($id: ID!, $s: DateTimeISO!, $e: DateTimeISO!) { updateDeployment(id: $id, startsAt: $s, endsAt: $e) { id } }`, {
      id: deployment,
      s: '2026-12-06T13:00:00-08:00',
      e: '2026-12-06T17:00:00-08:00',
    });
    const [row] = (await api.db.query(`SELECT starts_at, ends_at FROM assignment WHERE deployment_id = $1`, [deployment])) as {
      starts_at: Date;
      ends_at: Date;
    }[];
    expect(row.starts_at.toISOString()).toBe('2026-12-06T21:00:00.000Z');
    expect(row.ends_at.toISOString()).toBe('2026-12-07T01:00:00.000Z');
  });
});
