import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingRecordResource } from '../../server/src/modules/training/training-record.resource.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { aModule, aRecruit, aReserve, aTrainingRecord } from '../support/builders.js';
import { answer, createOne, deleteOne, getOne, listOf, refusalOf, updateOne } from '../support/react-admin.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('TrainingRecord: create, read, update, delete', () => {
  it("expires a passed module's completion recertificationMonths after completedOn", async () => {
    const module = await aModule(api, { recertificationMonths: 24 });
    const reserve = await aReserve(api);
    const created = answer(
      await createOne(api, 'TrainingRecord', { moduleId: module.id, reserveId: reserve.id, completedOn: '2026-01-10', passed: true, score: 88.5, hours: 8, instructor: 'Sgt. Ortiz' }),
    );
    expect(created).toMatchObject({ moduleId: module.id, reserveId: reserve.id, recruitId: null, completedOn: '2026-01-10', expiresOn: '2028-01-10', score: 88.5, hours: 8, passed: true });
  });

  it('expires on the last day of a shorter month (31 January + 1 month is 28 February)', async () => {
    const module = await aModule(api, { recertificationMonths: 1 });
    expect(await aTrainingRecord(api, { moduleId: module.id, completedOn: '2026-01-31' })).toMatchObject({ expiresOn: '2026-02-28' });
  });

  it('never expires a module taken once, nor a failed attempt', async () => {
    const once = await aModule(api, { recertificationMonths: null });
    const recurring = await aModule(api, { recertificationMonths: 12 });
    expect(await aTrainingRecord(api, { moduleId: once.id })).toMatchObject({ expiresOn: null });
    expect(await aTrainingRecord(api, { moduleId: recurring.id, passed: false, score: 40 })).toMatchObject({ passed: false, expiresOn: null });
  });

  it("records a recruit's completion", async () => {
    const recruit = await aRecruit(api);
    expect(await aTrainingRecord(api, { recruitId: recruit.id })).toMatchObject({ recruitId: recruit.id, reserveId: null });
  });

  it('answers one training record by id', async () => {
    const record = await aTrainingRecord(api, { instructor: 'Ofc. Lee' });
    expect(answer(await getOne(api, 'TrainingRecord', record.id))).toEqual(record);
  });

  it('updates only the fields it is given, and recomputes the expiry from a new completion date', async () => {
    const module = await aModule(api, { recertificationMonths: 12 });
    const record = await aTrainingRecord(api, { moduleId: module.id, completedOn: '2025-03-01', instructor: 'A' });
    const updated = answer(await updateOne(api, 'TrainingRecord', { id: record.id, completedOn: '2025-04-15' }));
    expect(updated).toEqual({ ...record, completedOn: '2025-04-15', expiresOn: '2026-04-15', updatedAt: updated.updatedAt });
  });

  it('drops the expiry when a completion is corrected to a failure', async () => {
    const module = await aModule(api, { recertificationMonths: 12 });
    const record = await aTrainingRecord(api, { moduleId: module.id });
    expect(answer(await updateOne(api, 'TrainingRecord', { id: record.id, passed: false }))).toMatchObject({ passed: false, expiresOn: null });
  });

  it('clears an optional field set to null', async () => {
    const record = await aTrainingRecord(api, { score: 91, instructor: 'Det. Kim' });
    expect(answer(await updateOne(api, 'TrainingRecord', { id: record.id, score: null, instructor: null }))).toMatchObject({ score: null, instructor: null });
  });

  it('refuses null for a required field with BAD_USER_INPUT naming it', async () => {
    const record = await aTrainingRecord(api);
    for (const field of ['moduleId', 'completedOn', 'passed', 'hours']) {
      expect(refusalOf(await updateOne(api, 'TrainingRecord', { id: record.id, [field]: null })), field).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('refuses an update that would leave the record without a trainee, naming recruitId', async () => {
    const record = await aTrainingRecord(api);
    expect(refusalOf(await updateOne(api, 'TrainingRecord', { id: record.id, reserveId: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recruitId' });
  });

  it('moves a record from a reserve to a recruit when both ids change together', async () => {
    const record = await aTrainingRecord(api);
    const recruit = await aRecruit(api);
    expect(answer(await updateOne(api, 'TrainingRecord', { id: record.id, reserveId: null, recruitId: recruit.id }))).toMatchObject({
      reserveId: null,
      recruitId: recruit.id,
    });
  });

  it('deletes a training record and answers it as it was; afterwards it is NOT_FOUND', async () => {
    const record = await aTrainingRecord(api);
    expect(answer(await deleteOne(api, 'TrainingRecord', record.id))).toEqual(record);
    expect(refusalOf(await getOne(api, 'TrainingRecord', record.id))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('TrainingRecord relations, as objects and as ids', () => {
  it('answers module, reserve and recruit beside their ids', async () => {
    const module = await aModule(api, { code: 'REL-1' });
    const reserve = await aReserve(api, { badgeNumber: 'TR-900' });
    const recruit = await aRecruit(api, { lastName: 'Trainee' });
    const ofReserve = await aTrainingRecord(api, { moduleId: module.id, reserveId: reserve.id });
    const ofRecruit = await aTrainingRecord(api, { moduleId: module.id, recruitId: recruit.id });
    const selection = 'moduleId module { code } reserveId reserve { badgeNumber } recruitId recruit { lastName }';
    expect(answer(await getOne(api, 'TrainingRecord', ofReserve.id, selection))).toEqual({
      moduleId: module.id,
      module: { code: 'REL-1' },
      reserveId: reserve.id,
      reserve: { badgeNumber: 'TR-900' },
      recruitId: null,
      recruit: null,
    });
    expect(answer(await getOne(api, 'TrainingRecord', ofRecruit.id, selection))).toMatchObject({
      reserveId: null,
      reserve: null,
      recruitId: recruit.id,
      recruit: { lastName: 'Trainee' },
    });
  });
});

describe('TrainingRecord lists (react-admin getList)', () => {
  let reserve: Record<string, any>;
  let ids: string[];
  beforeAll(async () => {
    reserve = await aReserve(api);
    const yearly = await aModule(api, { code: 'YEARLY', recertificationMonths: 12 });
    const once = await aModule(api, { code: 'ONCE' });
    const of = { reserveId: reserve.id };
    ids = [
      await aTrainingRecord(api, { ...of, moduleId: yearly.id, completedOn: '2025-02-01', score: 72, hours: 4, instructor: 'Sgt. Alvarez' }),
      await aTrainingRecord(api, { ...of, moduleId: yearly.id, completedOn: '2026-02-01', score: 95, hours: 4, instructor: 'Sgt. Alvarez' }),
      await aTrainingRecord(api, { ...of, moduleId: once.id, completedOn: '2025-06-15', score: 60, passed: false, hours: 8, instructor: 'Ofc. Brooks' }),
      await aTrainingRecord(api, { ...of, moduleId: once.id, completedOn: '2025-07-20', score: null, hours: 8 }),
    ].map((record) => record.id);
  });

  const dates = async (params: Parameters<typeof listOf>[2] = {}) =>
    (await listOf(api, 'TrainingRecord', { ...params, filter: { reserveId: reserve.id, ...params.filter } }, 'completedOn')).records.map((r) => r.completedOn);

  it('sorts by completion date, latest first, by default', async () => {
    expect(await dates()).toEqual(['2026-02-01', '2025-07-20', '2025-06-15', '2025-02-01']);
  });

  it('pages with page and perPage, the meta count being the whole filtered list', async () => {
    const page = await listOf(api, 'TrainingRecord', { filter: { reserveId: reserve.id }, page: 1, perPage: 3 }, 'completedOn');
    expect(page).toMatchObject({ records: [{ completedOn: '2025-02-01' }], count: 4 });
  });

  it('sorts by the sortField in sortOrder, both ways (no score sorts last going up)', async () => {
    expect(await dates({ sortField: 'score', sortOrder: 'ASC' })).toEqual(['2025-06-15', '2025-02-01', '2026-02-01', '2025-07-20']);
    expect(await dates({ sortField: 'score', sortOrder: 'DESC' })).toEqual(['2025-07-20', '2026-02-01', '2025-02-01', '2025-06-15']);
  });

  it('sorts by every field of the allowlist, DESC being exactly ASC reversed', async () => {
    for (const sortField of trainingRecordResource.sortFields) {
      const asc = await listOf(api, 'TrainingRecord', { sortField, sortOrder: 'ASC', perPage: 1000 });
      const desc = await listOf(api, 'TrainingRecord', { sortField, sortOrder: 'DESC', perPage: 1000 });
      expect(desc.ids, sortField).toEqual([...asc.ids].reverse());
    }
  });

  it('q searches instructors, ignoring case', async () => {
    expect(await dates({ filter: { q: 'brooks' } })).toEqual(['2025-06-15']);
    expect(await dates({ filter: { q: 'SGT.' } })).toEqual(['2026-02-01', '2025-02-01']);
  });

  it('filters by ids', async () => {
    expect((await listOf(api, 'TrainingRecord', { filter: { ids: [ids[2], ids[0]] }, sortField: 'id', sortOrder: 'ASC' })).ids).toEqual([ids[0], ids[2]]);
  });

  it('filters by equality on passed, module and trainee', async () => {
    expect(await dates({ filter: { passed: false } })).toEqual(['2025-06-15']);
    expect(await dates({ filter: { expiresOn: null, passed: true } })).toEqual(['2025-07-20']);
    expect((await listOf(api, 'TrainingRecord', { filter: { reserveId: reserve.id, recruitId: null } })).count).toBe(4);
    const [first] = (await listOf(api, 'TrainingRecord', { filter: { ids: [ids[0]] } }, 'moduleId')).records;
    expect(await dates({ filter: { moduleId: first.moduleId } })).toEqual(['2026-02-01', '2025-02-01']);
  });

  it('filters dates and numbers with _lt, _lte, _gt, _gte and _neq', async () => {
    expect(await dates({ filter: { completedOn_lt: '2025-06-15' } })).toEqual(['2025-02-01']);
    expect(await dates({ filter: { completedOn_lte: '2025-06-15' } })).toEqual(['2025-06-15', '2025-02-01']);
    expect(await dates({ filter: { completedOn_gt: '2025-06-15' } })).toEqual(['2026-02-01', '2025-07-20']);
    expect(await dates({ filter: { completedOn_gte: '2025-06-15', completedOn_neq: '2025-07-20' } })).toEqual(['2026-02-01', '2025-06-15']);
    // Current on 1 March 2026: expires after it.
    expect(await dates({ filter: { expiresOn_gt: '2026-03-01' } })).toEqual(['2026-02-01']);
    expect(await dates({ filter: { score_gte: 70 } })).toEqual(['2026-02-01', '2025-02-01']);
    expect(await dates({ filter: { hours_gt: 4 } })).toEqual(['2025-07-20', '2025-06-15']);
  });

  it('answers a meta count that agrees with the filter', async () => {
    const { records, count } = await listOf(api, 'TrainingRecord', { filter: { reserveId: reserve.id, passed: true, hours_lte: 4 }, perPage: 1 });
    expect(records).toHaveLength(1);
    expect(count).toBe(2);
  });
});
