import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divisionResource } from '../../server/src/modules/divisions/division.resource.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { aDivision, aReserve } from '../support/builders.js';
import { answer, createOne, deleteOne, getOne, listOf, refusalOf, updateOne } from '../support/react-admin.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('Division: create, read, update, delete', () => {
  it('creates a division with flat arguments, weeklyTargetHours defaulting to 0', async () => {
    const created = answer(await createOne(api, 'Division', { areaId: 1, name: 'Central', bureau: 'CENTRAL' }));
    expect(created).toMatchObject({ areaId: 1, name: 'Central', bureau: 'CENTRAL', weeklyTargetHours: 0 });
    expect(created.id).toMatch(/^\d+$/);
    expect(Date.parse(created.createdAt)).not.toBeNaN();
  });

  it('trims the text it is given', async () => {
    const created = answer(await createOne(api, 'Division', { areaId: 2, name: '  Rampart  ', bureau: 'CENTRAL', weeklyTargetHours: 40 }));
    expect(created).toMatchObject({ name: 'Rampart', weeklyTargetHours: 40 });
  });

  it('answers one division by id', async () => {
    const division = await aDivision(api, { bureau: 'WEST', weeklyTargetHours: 12.5 });
    expect(answer(await getOne(api, 'Division', division.id))).toEqual(division);
  });

  it('updates only the fields it is given', async () => {
    const division = await aDivision(api, { bureau: 'SOUTH', weeklyTargetHours: 20 });
    const updated = answer(await updateOne(api, 'Division', { id: division.id, weeklyTargetHours: 32.5 }));
    expect(updated).toEqual({ ...division, weeklyTargetHours: 32.5, updatedAt: updated.updatedAt });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(division.updatedAt));
    expect(answer(await getOne(api, 'Division', division.id))).toEqual(updated);
  });

  it('refuses null for a required field on update with BAD_USER_INPUT naming it, and changes nothing', async () => {
    const division = await aDivision(api);
    const refusal = refusalOf(await updateOne(api, 'Division', { id: division.id, name: null, weeklyTargetHours: 99 }));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(refusalOf(await updateOne(api, 'Division', { id: division.id, weeklyTargetHours: null }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'weeklyTargetHours',
    });
    expect(answer(await getOne(api, 'Division', division.id))).toEqual(division);
  });

  it('deletes a division and answers it as it was; afterwards it is NOT_FOUND', async () => {
    const division = await aDivision(api);
    expect(answer(await deleteOne(api, 'Division', division.id))).toEqual(division);
    expect(refusalOf(await getOne(api, 'Division', division.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusalOf(await deleteOne(api, 'Division', division.id))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to delete a division a reserve still calls home with CONFLICT, and keeps it', async () => {
    const division = await aDivision(api);
    await aReserve(api, { homeDivisionId: division.id });
    const refusal = refusalOf(await deleteOne(api, 'Division', division.id));
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toBe('This division is still in use by reserve officers');
    expect(answer(await getOne(api, 'Division', division.id))).toEqual(division);
  });
});

describe('Division lists (react-admin getList)', () => {
  let ids: string[];
  beforeAll(async () => {
    // Five divisions only these tests name: "Listed" in the name, area ids 31-35.
    const made = [
      await aDivision(api, { areaId: 33, name: 'Listed Hollenbeck', bureau: 'CENTRAL', weeklyTargetHours: 30 }),
      await aDivision(api, { areaId: 31, name: 'Listed Foothill', bureau: 'VALLEY', weeklyTargetHours: 10 }),
      await aDivision(api, { areaId: 35, name: 'Listed Topanga', bureau: 'VALLEY', weeklyTargetHours: 50 }),
      await aDivision(api, { areaId: 32, name: 'Listed 77th Street', bureau: 'SOUTH', weeklyTargetHours: 20 }),
      await aDivision(api, { areaId: 34, name: 'Listed Pacific', bureau: 'WEST', weeklyTargetHours: 40 }),
    ];
    ids = made.map((division) => division.id);
  });

  const names = async (params: Parameters<typeof listOf>[2]) =>
    (await listOf(api, 'Division', params, 'name')).records.map((division) => division.name.replace('Listed ', ''));

  it('pages with page (counted from 0) and perPage, while the meta count is the whole filtered list', async () => {
    const filter = { q: 'Listed' };
    const first = await listOf(api, 'Division', { filter, page: 0, perPage: 2, sortField: 'areaId', sortOrder: 'ASC' }, 'areaId');
    const third = await listOf(api, 'Division', { filter, page: 2, perPage: 2, sortField: 'areaId', sortOrder: 'ASC' }, 'areaId');
    const beyond = await listOf(api, 'Division', { filter, page: 3, perPage: 2 });
    expect(first.records.map((d) => d.areaId)).toEqual([31, 32]);
    expect(third.records.map((d) => d.areaId)).toEqual([35]);
    expect(beyond.records).toEqual([]);
    expect([first.count, third.count, beyond.count]).toEqual([5, 5, 5]);
  });

  it('sorts by the sortField in sortOrder, both ways', async () => {
    expect(await names({ filter: { q: 'Listed' }, sortField: 'weeklyTargetHours', sortOrder: 'ASC' })).toEqual([
      'Foothill',
      '77th Street',
      'Hollenbeck',
      'Pacific',
      'Topanga',
    ]);
    expect(await names({ filter: { q: 'Listed' }, sortField: 'areaId', sortOrder: 'DESC' })).toEqual([
      'Topanga',
      'Pacific',
      'Hollenbeck',
      '77th Street',
      'Foothill',
    ]);
  });

  it('sorts by area id ascending when no sortField is given', async () => {
    const { records } = await listOf(api, 'Division', { filter: { ids } }, 'areaId');
    expect(records.map((d) => d.areaId)).toEqual([31, 32, 33, 34, 35]);
  });

  it('sorts by every field of the allowlist, DESC being exactly ASC reversed', async () => {
    for (const sortField of divisionResource.sortFields) {
      const asc = await listOf(api, 'Division', { sortField, sortOrder: 'ASC', perPage: 1000 });
      const desc = await listOf(api, 'Division', { sortField, sortOrder: 'desc', perPage: 1000 });
      expect(desc.ids, sortField).toEqual([...asc.ids].reverse());
    }
  });

  it('q searches division names, ignoring case', async () => {
    expect(await names({ filter: { q: 'listed PAC' } })).toEqual(['Pacific']);
    expect((await listOf(api, 'Division', { filter: { q: 'hill' } }, 'name')).records).toEqual([{ name: 'Listed Foothill' }]);
  });

  it('q takes % and _ literally, not as wildcards', async () => {
    await aDivision(api, { name: 'Percent 100% Area' });
    expect((await listOf(api, 'Division', { filter: { q: '100%' } }, 'name')).records).toEqual([{ name: 'Percent 100% Area' }]);
    expect((await listOf(api, 'Division', { filter: { q: 'Listed%Pacific' } })).count).toBe(0);
    expect((await listOf(api, 'Division', { filter: { q: 'Listed_Pacific' } })).count).toBe(0);
  });

  it('filters by ids (react-admin getMany)', async () => {
    const some = await listOf(api, 'Division', { filter: { ids: [ids[0], ids[2]] } }, 'name');
    expect(some.records.map((d) => d.name).sort()).toEqual(['Listed Hollenbeck', 'Listed Topanga']);
    expect(some.count).toBe(2);
    expect((await listOf(api, 'Division', { filter: { ids: [] } })).count).toBe(0);
  });

  it('filters by equality on each field', async () => {
    expect(await names({ filter: { q: 'Listed', bureau: 'VALLEY' }, sortField: 'name' })).toEqual(['Foothill', 'Topanga']);
    expect(await names({ filter: { name: 'Listed Pacific' } })).toEqual(['Pacific']);
    expect(await names({ filter: { areaId: 32 } })).toEqual(['77th Street']);
    expect(await names({ filter: { weeklyTargetHours: 50, q: 'Listed' } })).toEqual(['Topanga']);
  });

  it('filters numbers with _lt, _lte, _gt, _gte and _neq', async () => {
    const areaIds = async (filter: Record<string, unknown>) =>
      (await listOf(api, 'Division', { filter: { ids, ...filter }, sortField: 'areaId' }, 'areaId')).records.map((d) => d.areaId);
    expect(await areaIds({ areaId_lt: 33 })).toEqual([31, 32]);
    expect(await areaIds({ areaId_lte: 33 })).toEqual([31, 32, 33]);
    expect(await areaIds({ areaId_gt: 33 })).toEqual([34, 35]);
    expect(await areaIds({ areaId_gte: 33 })).toEqual([33, 34, 35]);
    expect(await areaIds({ areaId_neq: 33 })).toEqual([31, 32, 34, 35]);
    expect(await areaIds({ weeklyTargetHours_gte: 20, weeklyTargetHours_lt: 40 })).toEqual([32, 33]);
  });

  it('filters timestamps with _gte and _lt', async () => {
    const a = await aDivision(api);
    const b = await aDivision(api);
    const c = await aDivision(api);
    const timed = [a.id, b.id, c.id];
    const inOrder = { sortField: 'id', sortOrder: 'ASC' };
    expect((await listOf(api, 'Division', { ...inOrder, filter: { ids: timed, createdAt_gte: b.createdAt } })).ids).toEqual([b.id, c.id]);
    expect((await listOf(api, 'Division', { ...inOrder, filter: { ids: timed, createdAt_lt: b.createdAt } })).ids).toEqual([a.id]);
  });

  it('answers a meta count that agrees with the filter', async () => {
    const filter = { q: 'Listed', bureau: 'VALLEY', weeklyTargetHours_gt: 5 };
    const { records, count } = await listOf(api, 'Division', { filter, perPage: 1 });
    expect(records).toHaveLength(1);
    expect(count).toBe(2);
  });
});
