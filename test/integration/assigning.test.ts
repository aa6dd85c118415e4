import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { firstError, startTestApi, type TestApi } from '../support/api.js';
import { aDeployment, aDivision, aQualifiedReserve, aReserve } from '../support/builders.js';

const clock = fixedClock('2026-12-01T12:00:00Z');
let api: TestApi;
let divisionId: string;

const ASSIGN = `mutation($d: ID!, $r: ID!) { assignReserve(deploymentId: $d, reserveId: $r) { id status assignedBy } }`;
const assign = (d: string, r: string) => api.gql(ASSIGN, { d, r });
const setStatus = (id: string, status: string, hoursServed?: number) =>
  api.gql(`mutation($id: ID!, $s: AssignmentStatus!, $h: Float) { setAssignmentStatus(assignmentId: $id, status: $s, hoursServed: $h) { id status hoursServed } }`, {
    id,
    s: status,
    h: hoursServed,
  });
const local = (day: number, hour: number) => `2026-12-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00-08:00`;
const patrol = (day: number, from: number, to: number, overrides: Record<string, unknown> = {}) =>
  aDeployment(api, { divisionId, startsAt: local(day, from), endsAt: local(day, to), requiredHeadcount: 3, ...overrides });
const count = async (sql: string, params: unknown[]) => Number(((await api.db.query(sql, params)) as { n: number }[])[0].n);

beforeAll(async () => {
  api = await startTestApi({ clock });
  divisionId = (await aDivision(api)).id;
});
afterAll(() => api.close());

describe('assignReserve', () => {
  it('assigns an eligible reserve, recording who assigned, and audits it', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const result = await assign((await patrol(2, 8, 16)).id, reserve.id);
    expect(result.data?.assignReserve).toMatchObject({ status: 'ASSIGNED', assignedBy: 'admin@test.example' });
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE entity_type = 'Assignment' AND action = 'CREATE' AND entity_id = $1`, [result.data!.assignReserve.id])).toBe(1);
  });

  it('refuses an ineligible reserve with BAD_USER_INPUT carrying the reason codes', async () => {
    const reserve = await aReserve(api, { homeDivisionId: divisionId, level: 'LEVEL_III' });
    const error = firstError(await assign((await patrol(3, 8, 16)).id, reserve.id));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.reasons.map((r: { code: string }) => r.code)).toEqual(['LEVEL_NOT_PERMITTED']);
  });

  it('answers CONFLICT for an overlap and for a full patrol', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const first = await patrol(4, 8, 16, { requiredHeadcount: 1 });
    await assign(first.id, reserve.id);
    const overlap = firstError(await assign((await patrol(4, 10, 14)).id, reserve.id));
    expect([overlap.code, overlap.extensions.reasons[0].code, overlap.extensions.reasons[0].deploymentId]).toEqual(['CONFLICT', 'OVERLAP', first.id]);
    const full = firstError(await assign(first.id, (await aQualifiedReserve(api, { homeDivisionId: divisionId })).id));
    expect([full.code, full.extensions.reasons[0].code]).toEqual(['CONFLICT', 'HEADCOUNT_FULL']);
  });

  it('gives exactly one assignment for 30 parallel calls of one reserve on 30 overlapping patrols', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const patrols = await Promise.all(Array.from({ length: 30 }, (_, i) => aDeployment(api, { divisionId, startsAt: local(5, 8), endsAt: `2026-12-05T16:${String(i).padStart(2, '0')}:00-08:00` })));
    const results = await Promise.all(patrols.map((p) => assign(p.id, reserve.id)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => firstError(r).code === 'CONFLICT')).toBe(true);
    expect(await count(`SELECT count(*) AS n FROM assignment WHERE reserve_id = $1`, [reserve.id])).toBe(1);
  });

  it('gives exactly 2 assignments for 10 parallel calls of 10 reserves onto a patrol that needs 2', async () => {
    const deployment = await patrol(6, 8, 16, { requiredHeadcount: 2 });
    const reserves = await Promise.all(Array.from({ length: 10 }, () => aQualifiedReserve(api, { homeDivisionId: divisionId })));
    const results = await Promise.all(reserves.map((r) => assign(deployment.id, r.id)));
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    expect(results.filter((r) => r.errors).map((r) => firstError(r).extensions.reasons[0].code)).toEqual(Array(8).fill('HEADCOUNT_FULL'));
    expect(await count(`SELECT count(*) AS n FROM assignment WHERE deployment_id = $1`, [deployment.id])).toBe(2);
  });

  it('is for coordinators and administrators: FORBIDDEN to leadership and academy staff', async () => {
    const deployment = await patrol(7, 8, 16);
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    for (const role of [Role.LEADERSHIP, Role.ACADEMY_STAFF]) {
      expect(firstError(await (await api.as(role)).gql(ASSIGN, { d: deployment.id, r: reserve.id })).code).toBe('FORBIDDEN');
    }
    expect((await (await api.as(Role.RESERVE_COORDINATOR)).gql(ASSIGN, { d: deployment.id, r: reserve.id })).errors).toBeUndefined();
  });
});

describe('unassignReserve and setAssignmentStatus', () => {
  it('keeps a Level I on a patrol while a Level II is on it', async () => {
    const deployment = await patrol(8, 8, 16);
    const levelI = (await assign(deployment.id, (await aQualifiedReserve(api, { homeDivisionId: divisionId })).id)).data!.assignReserve;
    await assign(deployment.id, (await aQualifiedReserve(api, { homeDivisionId: divisionId, level: 'LEVEL_II' })).id);
    const refused = firstError(await api.gql(`mutation($id: ID!) { unassignReserve(assignmentId: $id) { id } }`, { id: levelI.id }));
    expect([refused.code, refused.extensions.reasons[0].code]).toEqual(['BAD_USER_INPUT', 'NEEDS_LEVEL_I']);
    expect(firstError(await setStatus(levelI.id, 'DECLINED')).extensions.reasons[0].code).toBe('NEEDS_LEVEL_I');
  });

  it('frees the time of a declined assignment, and checks every rule again when it is re-activated', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const first = (await assign((await patrol(9, 8, 16)).id, reserve.id)).data!.assignReserve;
    expect((await setStatus(first.id, 'DECLINED')).data?.setAssignmentStatus.status).toBe('DECLINED');
    expect((await assign((await patrol(9, 10, 14)).id, reserve.id)).errors).toBeUndefined();
    expect(firstError(await setStatus(first.id, 'ASSIGNED')).extensions.reasons[0].code).toBe('OVERLAP');
  });

  it('allows only the status changes that make sense, and no completion before the duty starts', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const future = (await assign((await patrol(10, 8, 16)).id, reserve.id)).data!.assignReserve;
    expect(firstError(await setStatus(future.id, 'COMPLETED')).extensions.field).toBe('status');
    expect((await setStatus(future.id, 'CONFIRMED')).data?.setAssignmentStatus.status).toBe('CONFIRMED');
    expect(firstError(await setStatus(future.id, 'COMPLETED')).message).toContain('before it starts');
  });

  it('takes a reserve off a patrol, leaving the record in the audit log only', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const assignment = (await assign((await patrol(11, 8, 16)).id, reserve.id)).data!.assignReserve;
    await api.ok(`mutation($id: ID!) { unassignReserve(assignmentId: $id) { id } }`, { id: assignment.id });
    expect(await count(`SELECT count(*) AS n FROM assignment WHERE id = $1`, [assignment.id])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE entity_type = 'Assignment' AND action = 'DELETE' AND entity_id = $1`, [assignment.id])).toBe(1);
  });
});

describe('deployment lifecycle', () => {
  const step = (name: string, id: string) => api.gql(`mutation($id: ID!) { ${name}(id: $id) { id status assignments { status hoursServed } } }`, { id });

  it('publishes a draft once', async () => {
    const deployment = await patrol(12, 8, 16);
    expect((await step('publishDeployment', deployment.id)).data?.publishDeployment.status).toBe('PUBLISHED');
    expect(firstError(await step('publishDeployment', deployment.id)).code).toBe('BAD_USER_INPUT');
  });

  it('cancels a deployment with its assignments, freeing the reserves', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const deployment = await patrol(13, 8, 16);
    await assign(deployment.id, reserve.id);
    const cancelled = (await step('cancelDeployment', deployment.id)).data!.cancelDeployment;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', assignments: [{ status: 'CANCELLED' }] });
    expect((await assign((await patrol(13, 9, 15)).id, reserve.id)).errors).toBeUndefined();
    expect(firstError(await assign(deployment.id, (await aQualifiedReserve(api, { homeDivisionId: divisionId })).id)).extensions.reasons[0].code).toBe('DEPLOYMENT_CLOSED');
  });

  it('completes a deployment: confirmed assignments get its hours unless others were recorded', async () => {
    const deployment = await aDeployment(api, { divisionId, startsAt: '2026-11-30T20:00:00-08:00', endsAt: '2026-12-01T02:00:00-08:00', requiredHeadcount: 3 });
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => aQualifiedReserve(api, { homeDivisionId: divisionId })));
    const ids = [];
    for (const reserve of [a, b, c]) ids.push((await assign(deployment.id, reserve.id)).data!.assignReserve.id);
    await setStatus(ids[0], 'CONFIRMED');
    await setStatus(ids[1], 'CONFIRMED');
    await api.db.query(`UPDATE assignment SET hours_served = 5 WHERE id = $1`, [ids[1]]);
    await step('publishDeployment', deployment.id);
    const done = (await step('completeDeployment', deployment.id)).data!.completeDeployment;
    expect(done.status).toBe('COMPLETED');
    expect(done.assignments).toEqual([
      { status: 'COMPLETED', hoursServed: 6 },
      { status: 'COMPLETED', hoursServed: 5 },
      { status: 'ASSIGNED', hoursServed: null },
    ]);
  });

  it('refuses to complete a deployment that has not started', async () => {
    const deployment = await patrol(20, 8, 16);
    await step('publishDeployment', deployment.id);
    expect(firstError(await step('completeDeployment', deployment.id)).message).toContain('before it starts');
  });
});

describe('changing a deployment that has reserves', () => {
  const move = (id: string, startsAt: string, endsAt: string) =>
    api.gql(`mutation($id: ID!, $s: DateTimeISO!, $e: DateTimeISO!) { updateDeployment(id: $id, startsAt: $s, endsAt: $e) { id startsAt } }`, { id, s: startsAt, e: endsAt });

  it('moves it when every reserve can still go, and refuses, naming who and why, when one cannot', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const early = await patrol(15, 6, 10);
    const late = await patrol(15, 20, 23);
    await assign(early.id, reserve.id);
    await assign(late.id, reserve.id);
    await api.ok(`mutation($id: ID!) { publishDeployment(id: $id) { id } }`, { id: late.id });
    expect((await move(late.id, local(15, 19), local(15, 23))).errors).toBeUndefined();
    const refused = firstError(await move(late.id, local(15, 12), local(15, 16)));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions.reasons).toEqual([expect.objectContaining({ code: 'REST_TOO_SHORT', deploymentId: early.id })]);
    expect(refused.message).toContain(`reserve ${reserve.id}`);
    expect(firstError(await move(late.id, local(15, 9), local(15, 12))).code).toBe('CONFLICT');
  });

  it('refuses a required headcount below the reserves already on it', async () => {
    const deployment = await patrol(16, 8, 16);
    await assign(deployment.id, (await aQualifiedReserve(api, { homeDivisionId: divisionId })).id);
    await assign(deployment.id, (await aQualifiedReserve(api, { homeDivisionId: divisionId })).id);
    const refused = firstError(await api.gql(`mutation($id: ID!) { updateDeployment(id: $id, requiredHeadcount: 1) { id } }`, { id: deployment.id }));
    expect([refused.code, refused.extensions.field]).toEqual(['BAD_USER_INPUT', 'requiredHeadcount']);
  });
});
