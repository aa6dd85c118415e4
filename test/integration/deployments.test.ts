import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentResource } from '../../server/src/modules/deployments/deployment.resource.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { aDeployment, aDivision, anAssignment, aReserve } from '../support/builders.js';
import { answer, createOne, deleteOne, getOne, listOf, refusalOf, updateOne } from '../support/react-admin.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('Deployment: create, read, update, delete', () => {
  it('creates a visibility patrol in DRAFT for one reserve, answering its times in UTC', async () => {
    const division = await aDivision(api);
    const created = answer(
      await createOne(api, 'Deployment', {
        divisionId: division.id,
        location: 'Broadway corridor, 3rd to 7th St',
        startsAt: '2026-05-02T18:00:00-07:00',
        endsAt: '2026-05-02T22:00:00-07:00',
      }),
    );
    expect(created).toMatchObject({
      divisionId: division.id,
      kind: 'VISIBILITY_PATROL',
      status: 'DRAFT',
      requiredHeadcount: 1,
      notes: null,
      startsAt: '2026-05-03T01:00:00.000Z',
      endsAt: '2026-05-03T05:00:00.000Z',
      durationHours: 4,
    });
  });

  it('answers one deployment by id', async () => {
    const deployment = await aDeployment(api, { kind: 'EVENT_SECURITY', requiredHeadcount: 6, notes: 'Dodger Stadium\nGate A' });
    expect(answer(await getOne(api, 'Deployment', deployment.id))).toEqual(deployment);
  });

  it('updates only the fields it is given', async () => {
    const deployment = await aDeployment(api);
    const updated = answer(await updateOne(api, 'Deployment', { id: deployment.id, location: 'Pershing Square', requiredHeadcount: 3 }));
    expect(updated).toEqual({ ...deployment, location: 'Pershing Square', requiredHeadcount: 3, updatedAt: updated.updatedAt });
  });

  it('moves a deployment when its times change, with the duration following', async () => {
    const deployment = await aDeployment(api);
    const updated = answer(await updateOne(api, 'Deployment', { id: deployment.id, endsAt: '2026-06-01T06:00:00Z', startsAt: '2026-06-01T00:00:00Z' }));
    expect(updated).toMatchObject({ startsAt: '2026-06-01T00:00:00.000Z', endsAt: '2026-06-01T06:00:00.000Z', durationHours: 6 });
  });

  it('clears the notes when they are set to null', async () => {
    const deployment = await aDeployment(api, { notes: 'bring flashlights' });
    expect(answer(await updateOne(api, 'Deployment', { id: deployment.id, notes: null }))).toMatchObject({ notes: null });
  });

  it('refuses null for a required field with BAD_USER_INPUT naming it', async () => {
    const deployment = await aDeployment(api);
    // status changes only through publishDeployment, cancelDeployment and completeDeployment
    for (const field of ['divisionId', 'kind', 'location', 'startsAt', 'endsAt', 'requiredHeadcount']) {
      expect(refusalOf(await updateOne(api, 'Deployment', { id: deployment.id, [field]: null })), field).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('refuses an update that would end the deployment before it starts, naming endsAt, and keeps it as it was', async () => {
    const deployment = await aDeployment(api);
    const refusal = refusalOf(await updateOne(api, 'Deployment', { id: deployment.id, startsAt: deployment.endsAt }));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    expect(answer(await getOne(api, 'Deployment', deployment.id))).toEqual(deployment);
  });

  it('refuses a deployment longer than 24 hours, naming endsAt', async () => {
    const division = await aDivision(api);
    const refusal = refusalOf(
      await createOne(api, 'Deployment', { divisionId: division.id, location: 'x', startsAt: '2026-05-01T08:00:00-07:00', endsAt: '2026-05-02T08:00:01-07:00' }),
    );
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
  });

  it('deletes a deployment and answers it as it was; afterwards it is NOT_FOUND', async () => {
    const deployment = await aDeployment(api);
    expect(answer(await deleteOne(api, 'Deployment', deployment.id))).toEqual(deployment);
    expect(refusalOf(await getOne(api, 'Deployment', deployment.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusalOf(await updateOne(api, 'Deployment', { id: deployment.id, location: 'Gone' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to delete a deployment that has assignments with CONFLICT', async () => {
    const { deploymentId } = await anAssignment(api);
    expect(refusalOf(await deleteOne(api, 'Deployment', deploymentId))).toMatchObject({
      code: 'CONFLICT',
      message: 'This deployment is still in use by assignments',
    });
  });
});

describe('Deployment.durationHours: real elapsed hours (Rule 3)', () => {
  it('counts a 22:00-06:00 Los Angeles night patrol into the spring-forward Sunday as 7 hours', async () => {
    const deployment = await aDeployment(api, { startsAt: '2026-03-07T22:00:00-08:00', endsAt: '2026-03-08T06:00:00-07:00' });
    expect(deployment).toMatchObject({ startsAt: '2026-03-08T06:00:00.000Z', endsAt: '2026-03-08T13:00:00.000Z', durationHours: 7 });
  });

  it('counts a 22:00-06:00 Los Angeles night patrol into the fall-back Sunday as 9 hours', async () => {
    const deployment = await aDeployment(api, { startsAt: '2026-10-31T22:00:00-07:00', endsAt: '2026-11-01T06:00:00-08:00' });
    expect(deployment).toMatchObject({ startsAt: '2026-11-01T05:00:00.000Z', endsAt: '2026-11-01T14:00:00.000Z', durationHours: 9 });
  });

  it('counts the same night patrol on an ordinary weekend as 8 hours, and fractions of an hour as fractions', async () => {
    expect(await aDeployment(api, { startsAt: '2026-03-14T22:00:00-07:00', endsAt: '2026-03-15T06:00:00-07:00' })).toMatchObject({ durationHours: 8 });
    expect(await aDeployment(api, { startsAt: '2026-03-14T09:00:00-07:00', endsAt: '2026-03-14T11:45:00-07:00' })).toMatchObject({ durationHours: 2.75 });
  });

  it('answers durationHours on every deployment of a list', async () => {
    const division = await aDivision(api);
    await aDeployment(api, { divisionId: division.id, startsAt: '2026-03-07T22:00:00-08:00', endsAt: '2026-03-08T06:00:00-07:00' });
    await aDeployment(api, { divisionId: division.id, startsAt: '2026-10-31T22:00:00-07:00', endsAt: '2026-11-01T06:00:00-08:00' });
    const { records } = await listOf(api, 'Deployment', { filter: { divisionId: division.id } }, 'durationHours');
    expect(records).toEqual([{ durationHours: 7 }, { durationHours: 9 }]);
  });
});

describe('Deployment relations, as objects and as ids', () => {
  it('answers division as an object beside divisionId', async () => {
    const division = await aDivision(api, { name: 'Olympic' });
    const deployment = await aDeployment(api, { divisionId: division.id });
    expect(answer(await getOne(api, 'Deployment', deployment.id, 'divisionId division { id name }'))).toEqual({
      divisionId: division.id,
      division: { id: division.id, name: 'Olympic' },
    });
  });

  it('answers its assignments, each with its reserve', async () => {
    const deployment = await aDeployment(api);
    const first = await aReserve(api, { badgeNumber: 'DEP-1' });
    const second = await aReserve(api, { badgeNumber: 'DEP-2' });
    const a = await anAssignment(api, { deploymentId: deployment.id, reserveId: first.id });
    const b = await anAssignment(api, { deploymentId: deployment.id, reserveId: second.id });
    const empty = await aDeployment(api);
    const { records } = await listOf(
      api,
      'Deployment',
      { filter: { ids: [deployment.id, empty.id] }, sortField: 'id', sortOrder: 'ASC' },
      'id assignments { id deploymentId reserveId reserve { badgeNumber } }',
    );
    expect(records).toEqual([
      {
        id: deployment.id,
        assignments: [
          { id: a.id, deploymentId: deployment.id, reserveId: first.id, reserve: { badgeNumber: 'DEP-1' } },
          { id: b.id, deploymentId: deployment.id, reserveId: second.id, reserve: { badgeNumber: 'DEP-2' } },
        ],
      },
      { id: empty.id, assignments: [] },
    ]);
  });
});

describe('Deployment lists (react-admin getList)', () => {
  let division: Record<string, any>;
  let ids: string[];
  beforeAll(async () => {
    division = await aDivision(api);
    const at = { divisionId: division.id };
    ids = [
      await aDeployment(api, { ...at, location: 'Venice Boardwalk', startsAt: '2026-07-04T10:00:00-07:00', endsAt: '2026-07-04T18:00:00-07:00', kind: 'EVENT_SECURITY', requiredHeadcount: 8, status: 'PUBLISHED' }),
      await aDeployment(api, { ...at, location: 'Abbot Kinney Blvd', startsAt: '2026-07-03T18:00:00-07:00', endsAt: '2026-07-03T22:00:00-07:00', requiredHeadcount: 2, notes: 'Farmers market' }),
      await aDeployment(api, { ...at, location: 'Mar Vista Park', startsAt: '2026-07-05T08:00:00-07:00', endsAt: '2026-07-05T12:00:00-07:00', requiredHeadcount: 2, status: 'CANCELLED' }),
      await aDeployment(api, { ...at, location: 'Lincoln Blvd', startsAt: '2026-07-06T20:00:00-07:00', endsAt: '2026-07-07T02:00:00-07:00', kind: 'TRAFFIC_CONTROL', requiredHeadcount: 4 }),
    ].map((deployment) => deployment.id);
  });

  const locations = async (params: Parameters<typeof listOf>[2] = {}) =>
    (await listOf(api, 'Deployment', { ...params, filter: { divisionId: division.id, ...params.filter } }, 'location')).records.map((d) => d.location);

  it('sorts by start time, earliest first, by default', async () => {
    expect(await locations()).toEqual(['Abbot Kinney Blvd', 'Venice Boardwalk', 'Mar Vista Park', 'Lincoln Blvd']);
  });

  it('pages with page and perPage, the meta count being the whole filtered list', async () => {
    const page = await listOf(api, 'Deployment', { filter: { divisionId: division.id }, page: 1, perPage: 2 }, 'location');
    expect(page).toMatchObject({ records: [{ location: 'Mar Vista Park' }, { location: 'Lincoln Blvd' }], count: 4 });
  });

  it('sorts by the sortField in sortOrder, both ways', async () => {
    expect(await locations({ sortField: 'requiredHeadcount', sortOrder: 'DESC' })).toEqual(['Venice Boardwalk', 'Lincoln Blvd', 'Mar Vista Park', 'Abbot Kinney Blvd']);
    expect(await locations({ sortField: 'endsAt', sortOrder: 'DESC' })).toEqual(['Lincoln Blvd', 'Mar Vista Park', 'Venice Boardwalk', 'Abbot Kinney Blvd']);
    expect(await locations({ sortField: 'location', sortOrder: 'ASC' })).toEqual(['Abbot Kinney Blvd', 'Lincoln Blvd', 'Mar Vista Park', 'Venice Boardwalk']);
  });

  it('sorts by every field of the allowlist, DESC being exactly ASC reversed', async () => {
    for (const sortField of deploymentResource.sortFields) {
      const asc = await listOf(api, 'Deployment', { sortField, sortOrder: 'ASC', perPage: 1000 });
      const desc = await listOf(api, 'Deployment', { sortField, sortOrder: 'DESC', perPage: 1000 });
      expect(desc.ids, sortField).toEqual([...asc.ids].reverse());
    }
  });

  it('q searches locations and notes, ignoring case', async () => {
    expect(await locations({ filter: { q: 'blvd' } })).toEqual(['Abbot Kinney Blvd', 'Lincoln Blvd']);
    expect(await locations({ filter: { q: 'FARMERS' } })).toEqual(['Abbot Kinney Blvd']);
  });

  it('filters by ids', async () => {
    expect((await listOf(api, 'Deployment', { filter: { ids: [ids[3], ids[1]] } })).ids).toEqual([ids[1], ids[3]]);
  });

  it('filters by equality on kind, status, headcount and start time', async () => {
    expect(await locations({ filter: { kind: 'VISIBILITY_PATROL' } })).toEqual(['Abbot Kinney Blvd', 'Mar Vista Park']);
    expect(await locations({ filter: { status: 'DRAFT' } })).toEqual(['Abbot Kinney Blvd', 'Lincoln Blvd']);
    expect(await locations({ filter: { requiredHeadcount: 2 } })).toEqual(['Abbot Kinney Blvd', 'Mar Vista Park']);
    expect(await locations({ filter: { startsAt: '2026-07-05T15:00:00Z' } })).toEqual(['Mar Vista Park']);
  });

  it('filters times given with offsets and numbers with _lt, _lte, _gt, _gte and _neq', async () => {
    // 4 July 2026 in Los Angeles: from its midnight (07:00 UTC) to the next.
    const fourthOfJuly = { startsAt_gte: '2026-07-04T00:00:00-07:00', startsAt_lt: '2026-07-05T00:00:00-07:00' };
    expect(await locations({ filter: fourthOfJuly })).toEqual(['Venice Boardwalk']);
    expect(await locations({ filter: { startsAt_lte: '2026-07-04T17:00:00Z' } })).toEqual(['Abbot Kinney Blvd', 'Venice Boardwalk']);
    expect(await locations({ filter: { endsAt_gt: '2026-07-05T19:00:00Z' } })).toEqual(['Lincoln Blvd']);
    expect(await locations({ filter: { requiredHeadcount_gte: 4 } })).toEqual(['Venice Boardwalk', 'Lincoln Blvd']);
    expect(await locations({ filter: { requiredHeadcount_lt: 4 } })).toEqual(['Abbot Kinney Blvd', 'Mar Vista Park']);
    expect(await locations({ filter: { requiredHeadcount_lte: 4, requiredHeadcount_neq: 2 } })).toEqual(['Lincoln Blvd']);
    expect(await locations({ filter: { requiredHeadcount_gt: 4 } })).toEqual(['Venice Boardwalk']);
  });

  it('answers a meta count that agrees with the filter', async () => {
    const { records, count } = await listOf(api, 'Deployment', { filter: { divisionId: division.id, status: 'DRAFT', startsAt_gte: '2026-07-01T00:00:00-07:00' }, perPage: 1 });
    expect(records).toHaveLength(1);
    expect(count).toBe(2);
  });
});
