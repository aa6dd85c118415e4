import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { academyClassResource } from '../../server/src/modules/academy/academy-class.resource.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { anAcademyClass, aRecruit } from '../support/builders.js';
import { answer, createOne, deleteOne, getOne, listOf, refusalOf, updateOne } from '../support/react-admin.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('AcademyClass: create, read, update, delete', () => {
  it('creates a class PLANNED, with no location unless given', async () => {
    const created = answer(
      await createOne(api, 'AcademyClass', { name: 'Reserve Class 26-01', moduleLevel: 'MODULE_III', startsOn: '2026-02-02', endsOn: '2026-05-30' }),
    );
    expect(created).toMatchObject({ name: 'Reserve Class 26-01', moduleLevel: 'MODULE_III', startsOn: '2026-02-02', endsOn: '2026-05-30', status: 'PLANNED', location: null });
  });

  it('creates a class that starts and ends the same day', async () => {
    expect(await anAcademyClass(api, { startsOn: '2026-03-14', endsOn: '2026-03-14' })).toMatchObject({ startsOn: '2026-03-14', endsOn: '2026-03-14' });
  });

  it('answers one class by id', async () => {
    const academyClass = await anAcademyClass(api, { location: 'Elysian Park Academy', status: 'IN_SESSION' });
    expect(answer(await getOne(api, 'AcademyClass', academyClass.id))).toEqual(academyClass);
  });

  it('updates only the fields it is given', async () => {
    const academyClass = await anAcademyClass(api, { location: 'Ahmanson Center' });
    const updated = answer(await updateOne(api, 'AcademyClass', { id: academyClass.id, status: 'IN_SESSION', endsOn: '2026-07-31' }));
    expect(updated).toEqual({ ...academyClass, status: 'IN_SESSION', endsOn: '2026-07-31', updatedAt: updated.updatedAt });
  });

  it('clears the location when it is set to null', async () => {
    const academyClass = await anAcademyClass(api, { location: 'Granada Hills' });
    expect(answer(await updateOne(api, 'AcademyClass', { id: academyClass.id, location: null }))).toMatchObject({ location: null });
  });

  it('refuses null for a required field with BAD_USER_INPUT naming it', async () => {
    const academyClass = await anAcademyClass(api);
    for (const field of ['name', 'moduleLevel', 'startsOn', 'endsOn', 'status']) {
      expect(refusalOf(await updateOne(api, 'AcademyClass', { id: academyClass.id, [field]: null })), field).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('refuses an update that would end the class before it starts, naming endsOn', async () => {
    const academyClass = await anAcademyClass(api, { startsOn: '2026-01-05', endsOn: '2026-06-30' });
    const refusal = refusalOf(await updateOne(api, 'AcademyClass', { id: academyClass.id, startsOn: '2026-07-01' }));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    expect(answer(await getOne(api, 'AcademyClass', academyClass.id))).toEqual(academyClass);
  });

  it('refuses a second class with the same name with CONFLICT naming name', async () => {
    await anAcademyClass(api, { name: 'Twice Named' });
    expect(refusalOf(await createOne(api, 'AcademyClass', { name: 'Twice Named', moduleLevel: 'MODULE_I', startsOn: '2026-01-01', endsOn: '2026-02-01' }))).toMatchObject({
      code: 'CONFLICT',
      field: 'name',
    });
  });

  it('deletes a class and answers it as it was; afterwards it is NOT_FOUND', async () => {
    const academyClass = await anAcademyClass(api);
    expect(answer(await deleteOne(api, 'AcademyClass', academyClass.id))).toEqual(academyClass);
    expect(refusalOf(await getOne(api, 'AcademyClass', academyClass.id))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to delete a class with recruits enrolled with CONFLICT', async () => {
    const academyClass = await anAcademyClass(api);
    await aRecruit(api, { stage: 'ACADEMY', academyClassId: academyClass.id });
    expect(refusalOf(await deleteOne(api, 'AcademyClass', academyClass.id))).toMatchObject({
      code: 'CONFLICT',
      message: 'This academy class is still in use by recruits',
    });
  });
});

describe('AcademyClass relations', () => {
  it('answers the recruits enrolled in a class, each with academyClassId', async () => {
    const academyClass = await anAcademyClass(api);
    const empty = await anAcademyClass(api);
    const a = await aRecruit(api, { stage: 'ACADEMY', academyClassId: academyClass.id });
    const b = await aRecruit(api, { stage: 'ACADEMY', academyClassId: academyClass.id });
    await aRecruit(api);
    const { records } = await listOf(api, 'AcademyClass', { filter: { ids: [academyClass.id, empty.id] }, sortField: 'id', sortOrder: 'ASC' }, 'id recruits { id academyClassId }');
    expect(records).toEqual([
      { id: academyClass.id, recruits: [{ id: a.id, academyClassId: academyClass.id }, { id: b.id, academyClassId: academyClass.id }] },
      { id: empty.id, recruits: [] },
    ]);
  });
});

describe('AcademyClass lists (react-admin getList)', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = [
      await anAcademyClass(api, { name: 'Listed Winter', moduleLevel: 'MODULE_III', startsOn: '2026-01-10', endsOn: '2026-04-10', status: 'COMPLETED', location: 'Elysian Park' }),
      await anAcademyClass(api, { name: 'Listed Spring', moduleLevel: 'MODULE_II', startsOn: '2026-04-20', endsOn: '2026-08-01', status: 'IN_SESSION' }),
      await anAcademyClass(api, { name: 'Listed Summer', moduleLevel: 'MODULE_III', startsOn: '2026-07-01', endsOn: '2026-10-15', location: 'Ahmanson' }),
      await anAcademyClass(api, { name: 'Listed Autumn', moduleLevel: 'MODULE_I', startsOn: '2026-10-01', endsOn: '2027-01-20', location: 'Elysian Park' }),
    ].map((academyClass) => academyClass.id);
  });

  const names = async (params: Parameters<typeof listOf>[2] = {}) =>
    (await listOf(api, 'AcademyClass', { ...params, filter: { ids, ...params.filter } }, 'name')).records.map((c) => c.name.replace('Listed ', ''));

  it('sorts by start date, latest first, by default', async () => {
    expect(await names()).toEqual(['Autumn', 'Summer', 'Spring', 'Winter']);
  });

  it('pages with page and perPage, the meta count being the whole filtered list', async () => {
    const page = await listOf(api, 'AcademyClass', { filter: { ids }, page: 1, perPage: 3 }, 'name');
    expect(page).toMatchObject({ records: [{ name: 'Listed Winter' }], count: 4 });
  });

  it('sorts by the sortField in sortOrder, both ways', async () => {
    expect(await names({ sortField: 'name', sortOrder: 'ASC' })).toEqual(['Autumn', 'Spring', 'Summer', 'Winter']);
    expect(await names({ sortField: 'name', sortOrder: 'DESC' })).toEqual(['Winter', 'Summer', 'Spring', 'Autumn']);
    expect(await names({ sortField: 'endsOn', sortOrder: 'ASC' })).toEqual(['Winter', 'Spring', 'Summer', 'Autumn']);
  });

  it('sorts by every field of the allowlist, DESC being exactly ASC reversed', async () => {
    for (const sortField of academyClassResource.sortFields) {
      const asc = await listOf(api, 'AcademyClass', { sortField, sortOrder: 'ASC', perPage: 1000 });
      const desc = await listOf(api, 'AcademyClass', { sortField, sortOrder: 'DESC', perPage: 1000 });
      expect(desc.ids, sortField).toEqual([...asc.ids].reverse());
    }
  });

  it('q searches class names and locations, ignoring case', async () => {
    expect(await names({ filter: { q: 'SPRING' } })).toEqual(['Spring']);
    expect(await names({ filter: { q: 'elysian' }, sortField: 'name', sortOrder: 'ASC' })).toEqual(['Autumn', 'Winter']);
  });

  it('filters by ids', async () => {
    expect((await listOf(api, 'AcademyClass', { filter: { ids: [ids[1]] } })).ids).toEqual([ids[1]]);
  });

  it('filters by equality on module level, status, location and dates', async () => {
    expect(await names({ filter: { moduleLevel: 'MODULE_III' } })).toEqual(['Summer', 'Winter']);
    expect(await names({ filter: { status: 'PLANNED' } })).toEqual(['Autumn', 'Summer']);
    expect(await names({ filter: { location: 'Ahmanson' } })).toEqual(['Summer']);
    expect(await names({ filter: { location: null } })).toEqual(['Spring']);
    expect(await names({ filter: { startsOn: '2026-04-20' } })).toEqual(['Spring']);
  });

  it('filters dates with _lt, _lte, _gt, _gte and _neq', async () => {
    expect(await names({ filter: { startsOn_lt: '2026-04-20' } })).toEqual(['Winter']);
    expect(await names({ filter: { startsOn_lte: '2026-04-20' } })).toEqual(['Spring', 'Winter']);
    expect(await names({ filter: { startsOn_gt: '2026-04-20' } })).toEqual(['Autumn', 'Summer']);
    expect(await names({ filter: { startsOn_gte: '2026-04-20' } })).toEqual(['Autumn', 'Summer', 'Spring']);
    expect(await names({ filter: { startsOn_neq: '2026-04-20' } })).toEqual(['Autumn', 'Summer', 'Winter']);
    // In session on 1 August 2026: started by then, not ended before.
    expect(await names({ filter: { startsOn_lte: '2026-08-01', endsOn_gte: '2026-08-01' } })).toEqual(['Summer', 'Spring']);
  });

  it('answers a meta count that agrees with the filter', async () => {
    const { count, records } = await listOf(api, 'AcademyClass', { filter: { q: 'Listed', endsOn_gt: '2026-06-01' }, perPage: 1 });
    expect(records).toHaveLength(1);
    expect(count).toBe(3);
  });
});
