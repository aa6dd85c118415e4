import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignmentResource } from '../../server/src/modules/deployments/deployment.resource.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { aDeployment, anAssignment, aReserve } from '../support/builders.js';
import { answer, createOne, deleteOne, getOne, listOf, refusalOf, updateOne } from '../support/react-admin.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('Assignment: create, read, update, delete', () => {
  it('creates an assignment ASSIGNED, stamped with when it was made, with no hours served yet', async () => {
    const deployment = await aDeployment(api);
    const reserve = await aReserve(api);
    const before = Date.now();
    const created = answer(await createOne(api, 'Assignment', { deploymentId: deployment.id, reserveId: reserve.id, assignedBy: 'Coordinator Diaz' }));
    expect(created).toMatchObject({ deploymentId: deployment.id, reserveId: reserve.id, status: 'ASSIGNED', hoursServed: null, assignedBy: 'Coordinator Diaz' });
    expect(Date.parse(created.assignedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(created.assignedAt)).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('answers one assignment by id', async () => {
    const assignment = await anAssignment(api, { status: 'CONFIRMED' });
    expect(answer(await getOne(api, 'Assignment', assignment.id))).toEqual(assignment);
  });

  it('updates only the fields it is given', async () => {
    const assignment = await anAssignment(api, { assignedBy: 'Sgt. Moore' });
    const updated = answer(await updateOne(api, 'Assignment', { id: assignment.id, status: 'COMPLETED', hoursServed: 3.75 }));
    expect(updated).toEqual({ ...assignment, status: 'COMPLETED', hoursServed: 3.75, updatedAt: updated.updatedAt });
  });

  it('keeps the deployment and the reserve of an assignment: update takes neither', async () => {
    const assignment = await anAssignment(api);
    const other = await aReserve(api);
    const result = await api.gql(`mutation($id: ID!, $reserveId: ID) { updateAssignment(id: $id, reserveId: $reserveId) { id } }`, {
      id: assignment.id,
      reserveId: other.id,
    });
    expect(refusalOf(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('clears an optional field set to null', async () => {
    const assignment = await anAssignment(api, { hoursServed: 4, assignedBy: 'Lt. Park' });
    expect(answer(await updateOne(api, 'Assignment', { id: assignment.id, hoursServed: null, assignedBy: null }))).toMatchObject({
      hoursServed: null,
      assignedBy: null,
    });
  });

  it('refuses null for the status with BAD_USER_INPUT naming it', async () => {
    const assignment = await anAssignment(api);
    expect(refusalOf(await updateOne(api, 'Assignment', { id: assignment.id, status: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('refuses more than 24 hours served on one assignment, naming hoursServed', async () => {
    const assignment = await anAssignment(api);
    expect(refusalOf(await updateOne(api, 'Assignment', { id: assignment.id, hoursServed: 24.5 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'hoursServed',
    });
  });

  it('refuses the same reserve twice on one deployment with CONFLICT naming reserveId', async () => {
    const assignment = await anAssignment(api);
    const refusal = refusalOf(await createOne(api, 'Assignment', { deploymentId: assignment.deploymentId, reserveId: assignment.reserveId }));
    expect(refusal).toMatchObject({ code: 'CONFLICT', field: 'reserveId', message: 'The reserve is already assigned to this deployment' });
  });

  it('refuses a deployment or reserve that does not exist, naming the field', async () => {
    const deployment = await aDeployment(api);
    const reserve = await aReserve(api);
    expect(refusalOf(await createOne(api, 'Assignment', { deploymentId: '999999', reserveId: reserve.id }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'deploymentId',
    });
    expect(refusalOf(await createOne(api, 'Assignment', { deploymentId: deployment.id, reserveId: '999999' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reserveId',
    });
  });

  it('deletes an assignment and answers it as it was; afterwards it is NOT_FOUND', async () => {
    const assignment = await anAssignment(api);
    expect(answer(await deleteOne(api, 'Assignment', assignment.id))).toEqual(assignment);
    expect(refusalOf(await getOne(api, 'Assignment', assignment.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusalOf(await deleteOne(api, 'Assignment', assignment.id))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('frees the deployment once its last assignment is deleted', async () => {
    const assignment = await anAssignment(api);
    await deleteOne(api, 'Assignment', assignment.id);
    expect(answer(await deleteOne(api, 'Deployment', assignment.deploymentId, 'id'))).toEqual({ id: assignment.deploymentId });
  });
});

describe('Assignment relations, as objects and as ids', () => {
  it('answers reserve and deployment beside reserveId and deploymentId', async () => {
    const deployment = await aDeployment(api, { location: 'Union Station' });
    const reserve = await aReserve(api, { badgeNumber: 'AS-77', lastName: 'Ibarra' });
    const assignment = await anAssignment(api, { deploymentId: deployment.id, reserveId: reserve.id });
    const read = answer(await getOne(api, 'Assignment', assignment.id, 'reserveId reserve { badgeNumber lastName } deploymentId deployment { location durationHours }'));
    expect(read).toEqual({
      reserveId: reserve.id,
      reserve: { badgeNumber: 'AS-77', lastName: 'Ibarra' },
      deploymentId: deployment.id,
      deployment: { location: 'Union Station', durationHours: 4 },
    });
  });
});

describe('Assignment lists (react-admin getList)', () => {
  let deployment: Record<string, any>;
  let reserves: Record<string, any>[];
  let ids: string[];
  beforeAll(async () => {
    deployment = await aDeployment(api, { requiredHeadcount: 4 });
    reserves = [await aReserve(api), await aReserve(api), await aReserve(api), await aReserve(api)];
    const on = { deploymentId: deployment.id };
    ids = [
      await anAssignment(api, { ...on, reserveId: reserves[0].id, status: 'COMPLETED', hoursServed: 4, assignedBy: 'Sgt. Moore' }),
      await anAssignment(api, { ...on, reserveId: reserves[1].id, status: 'COMPLETED', hoursServed: 2.5, assignedBy: 'Lt. Park' }),
      await anAssignment(api, { ...on, reserveId: reserves[2].id, status: 'NO_SHOW', hoursServed: 0, assignedBy: 'Sgt. Moore' }),
      await anAssignment(api, { ...on, reserveId: reserves[3].id, status: 'DECLINED' }),
    ].map((assignment) => assignment.id);
  });

  const listed = async (params: Parameters<typeof listOf>[2] = {}) =>
    (await listOf(api, 'Assignment', { ...params, filter: { deploymentId: deployment.id, ...params.filter } }, 'id')).ids.map((id) => ids.indexOf(id));

  it('sorts by id by default', async () => {
    expect(await listed()).toEqual([0, 1, 2, 3]);
  });

  it('pages with page and perPage, the meta count being the whole filtered list', async () => {
    const page = await listOf(api, 'Assignment', { filter: { deploymentId: deployment.id }, page: 1, perPage: 3 });
    expect(page).toMatchObject({ ids: [ids[3]], count: 4 });
  });

  it('sorts by the sortField in sortOrder, both ways (no hours sorts last going up)', async () => {
    expect(await listed({ sortField: 'hoursServed', sortOrder: 'ASC' })).toEqual([2, 1, 0, 3]);
    expect(await listed({ sortField: 'hoursServed', sortOrder: 'DESC' })).toEqual([3, 0, 1, 2]);
    expect(await listed({ sortField: 'status', sortOrder: 'DESC' })).toEqual([2, 3, 1, 0]);
  });

  it('sorts by every field of the allowlist, DESC being exactly ASC reversed', async () => {
    for (const sortField of assignmentResource.sortFields) {
      const asc = await listOf(api, 'Assignment', { sortField, sortOrder: 'ASC', perPage: 1000 });
      const desc = await listOf(api, 'Assignment', { sortField, sortOrder: 'DESC', perPage: 1000 });
      expect(desc.ids, sortField).toEqual([...asc.ids].reverse());
    }
  });

  it('q searches who assigned, ignoring case', async () => {
    expect(await listed({ filter: { q: 'moore' } })).toEqual([0, 2]);
  });

  it('filters by ids', async () => {
    expect((await listOf(api, 'Assignment', { filter: { ids: [ids[2]] } })).ids).toEqual([ids[2]]);
  });

  it('filters by equality on status, reserve and deployment', async () => {
    expect(await listed({ filter: { status: 'COMPLETED' } })).toEqual([0, 1]);
    expect(await listed({ filter: { reserveId: reserves[2].id } })).toEqual([2]);
    expect(await listed({ filter: { hoursServed: null } })).toEqual([3]);
    expect((await listOf(api, 'Assignment', { filter: { reserveId: reserves[1].id } })).ids).toEqual([ids[1]]);
  });

  it('filters numbers and times with _lt, _lte, _gt, _gte and _neq', async () => {
    expect(await listed({ filter: { hoursServed_lt: 2.5 } })).toEqual([2]);
    expect(await listed({ filter: { hoursServed_lte: 2.5 } })).toEqual([1, 2]);
    expect(await listed({ filter: { hoursServed_gt: 2.5 } })).toEqual([0]);
    expect(await listed({ filter: { hoursServed_gte: 2.5 } })).toEqual([0, 1]);
    expect(await listed({ filter: { hoursServed_neq: 0 } })).toEqual([0, 1]);
    const third = answer(await getOne(api, 'Assignment', ids[2], 'assignedAt'));
    expect(await listed({ filter: { assignedAt_gte: third.assignedAt } })).toEqual([2, 3]);
    expect(await listed({ filter: { assignedAt_lt: third.assignedAt } })).toEqual([0, 1]);
  });

  it('answers a meta count that agrees with the filter', async () => {
    const { records, count } = await listOf(api, 'Assignment', { filter: { deploymentId: deployment.id, hoursServed_gte: 0, assignedBy: 'Sgt. Moore' }, perPage: 1 });
    expect(records).toHaveLength(1);
    expect(count).toBe(2);
  });
});
