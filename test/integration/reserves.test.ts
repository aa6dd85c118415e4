import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reserveOfficerResource } from '../../server/src/modules/reserves/reserve-officer.resource.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { aDivision, anAssignment, aRecruit, aReserve, aTrainingRecord } from '../support/builders.js';
import { answer, createOne, deleteOne, getOne, listOf, refusalOf, updateOne } from '../support/react-admin.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('ReserveOfficer: create, read, update, delete', () => {
  it('creates a reserve ACTIVE, with the monthly minimum defaulting by level: 16 h for Level I and II, 0 for Specialists', async () => {
    const division = await aDivision(api);
    const base = { firstName: 'Ana', lastName: 'Reyes', homeDivisionId: division.id, appointedOn: '2019-06-01', priorService: 'LATERAL' };
    const levelI = answer(await createOne(api, 'ReserveOfficer', { ...base, badgeNumber: 'D-1001', level: 'LEVEL_I' }));
    const levelII = answer(await createOne(api, 'ReserveOfficer', { ...base, badgeNumber: 'D-1002', level: 'LEVEL_II' }));
    const specialist = answer(await createOne(api, 'ReserveOfficer', { ...base, badgeNumber: 'D-1003', level: 'SPECIALIST' }));
    expect(levelI).toMatchObject({ badgeNumber: 'D-1001', level: 'LEVEL_I', status: 'ACTIVE', monthlyMinimumHours: 16, homeDivisionId: division.id });
    expect(levelII).toMatchObject({ level: 'LEVEL_II', monthlyMinimumHours: 16 });
    expect(specialist).toMatchObject({ level: 'SPECIALIST', monthlyMinimumHours: 0 });
    expect(levelI).toMatchObject({ email: null, phone: null, address: null, recruitId: null, appointedOn: '2019-06-01' });
  });

  it('keeps a monthly minimum the coordinator sets', async () => {
    expect(await aReserve(api, { level: 'SPECIALIST', monthlyMinimumHours: 8 })).toMatchObject({ monthlyMinimumHours: 8 });
    expect(await aReserve(api, { level: 'LEVEL_I', monthlyMinimumHours: 24.5 })).toMatchObject({ monthlyMinimumHours: 24.5 });
  });

  it('answers one reserve by id', async () => {
    const reserve = await aReserve(api, { email: 'one@example.org', phone: '(213) 555-0100' });
    expect(answer(await getOne(api, 'ReserveOfficer', reserve.id))).toEqual(reserve);
  });

  it('updates only the fields it is given', async () => {
    const reserve = await aReserve(api, { email: 'before@example.org', level: 'LEVEL_II' });
    const updated = answer(await updateOne(api, 'ReserveOfficer', { id: reserve.id, status: 'LEAVE', lastName: 'Okafor' }));
    expect(updated).toEqual({ ...reserve, status: 'LEAVE', lastName: 'Okafor', updatedAt: updated.updatedAt });
  });

  it('clears an optional field set to null', async () => {
    const reserve = await aReserve(api, { email: 'gone@example.org', address: '100 W 1st St' });
    const updated = answer(await updateOne(api, 'ReserveOfficer', { id: reserve.id, email: null }));
    expect(updated).toMatchObject({ email: null, address: '100 W 1st St' });
  });

  it('refuses null for a required field with BAD_USER_INPUT naming it', async () => {
    const reserve = await aReserve(api);
    for (const field of ['badgeNumber', 'level', 'homeDivisionId', 'appointedOn', 'monthlyMinimumHours', 'status']) {
      const refusal = refusalOf(await updateOne(api, 'ReserveOfficer', { id: reserve.id, [field]: null }));
      expect(refusal, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(answer(await getOne(api, 'ReserveOfficer', reserve.id))).toEqual(reserve);
  });

  it('deletes a reserve and answers it as it was; afterwards it is NOT_FOUND', async () => {
    const reserve = await aReserve(api);
    // Its calendar feed goes with it: the answer has no feed address any more.
    expect(answer(await deleteOne(api, 'ReserveOfficer', reserve.id))).toEqual({ ...reserve, calendarFeedUrl: null });
    expect(refusalOf(await getOne(api, 'ReserveOfficer', reserve.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusalOf(await updateOne(api, 'ReserveOfficer', { id: reserve.id, firstName: 'Late' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to delete a reserve who has assignments with CONFLICT', async () => {
    const { reserveId } = await anAssignment(api);
    const refusal = refusalOf(await deleteOne(api, 'ReserveOfficer', reserveId));
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: 'This reserve officer is still in use by assignments' });
  });
});

describe('ReserveOfficer relations, as objects and as ids', () => {
  it('answers homeDivision as an object beside homeDivisionId', async () => {
    const division = await aDivision(api, { name: 'Home Harbor' });
    const reserve = await aReserve(api, { homeDivisionId: division.id });
    const read = answer(await getOne(api, 'ReserveOfficer', reserve.id, 'homeDivisionId homeDivision { id name }'));
    expect(read).toEqual({ homeDivisionId: division.id, homeDivision: { id: division.id, name: 'Home Harbor' } });
  });

  it('answers the recruit record it came from, or null', async () => {
    const recruit = await aRecruit(api, { lastName: 'Appointee' });
    const fromRecruit = await aReserve(api, { recruitId: recruit.id });
    const direct = await aReserve(api);
    const selection = 'recruitId recruit { id lastName }';
    expect(answer(await getOne(api, 'ReserveOfficer', fromRecruit.id, selection))).toEqual({
      recruitId: recruit.id,
      recruit: { id: recruit.id, lastName: 'Appointee' },
    });
    expect(answer(await getOne(api, 'ReserveOfficer', direct.id, selection))).toEqual({ recruitId: null, recruit: null });
  });

  it('answers its training records and assignments', async () => {
    const reserve = await aReserve(api);
    const record = await aTrainingRecord(api, { reserveId: reserve.id });
    const assignment = await anAssignment(api, { reserveId: reserve.id });
    const read = answer(await getOne(api, 'ReserveOfficer', reserve.id, 'trainingRecords { id reserveId } assignments { id reserveId deploymentId }'));
    expect(read).toEqual({
      trainingRecords: [{ id: record.id, reserveId: reserve.id }],
      assignments: [{ id: assignment.id, reserveId: reserve.id, deploymentId: assignment.deploymentId }],
    });
  });
});

describe('ReserveOfficer lists (react-admin getList)', () => {
  let division: Record<string, any>;
  let ids: string[];
  beforeAll(async () => {
    division = await aDivision(api);
    const at = { homeDivisionId: division.id };
    ids = [
      await aReserve(api, { ...at, badgeNumber: 'L-300', firstName: 'Maria', lastName: 'Garcia', level: 'LEVEL_I', appointedOn: '2018-03-01' }),
      await aReserve(api, { ...at, badgeNumber: 'L-100', firstName: 'John', lastName: 'Baker', level: 'LEVEL_II', appointedOn: '2021-07-15', status: 'INACTIVE' }),
      await aReserve(api, { ...at, badgeNumber: 'L-200', firstName: 'Keiko', lastName: 'Tanaka', level: 'SPECIALIST', appointedOn: '2023-01-10' }),
      await aReserve(api, { ...at, badgeNumber: 'L-400', firstName: 'Luis', lastName: 'Alvarez', level: 'LEVEL_III', appointedOn: '2021-07-15', monthlyMinimumHours: 8 }),
    ].map((reserve) => reserve.id);
  });

  const lastNames = async (params: Parameters<typeof listOf>[2]) =>
    (await listOf(api, 'ReserveOfficer', { sortField: 'lastName', ...params, filter: { homeDivisionId: division.id, ...params?.filter } }, 'lastName')).records.map(
      (reserve) => reserve.lastName,
    );

  it('sorts by last name by default', async () => {
    expect(await lastNames({})).toEqual(['Alvarez', 'Baker', 'Garcia', 'Tanaka']);
  });

  it('pages with page and perPage, the meta count being the whole filtered list', async () => {
    const second = await listOf(api, 'ReserveOfficer', { filter: { homeDivisionId: division.id }, page: 1, perPage: 3 }, 'lastName');
    expect(second.records).toEqual([{ lastName: 'Tanaka' }]);
    expect(second.count).toBe(4);
  });

  it('sorts by the sortField in sortOrder, both ways', async () => {
    expect(await lastNames({ sortField: 'badgeNumber', sortOrder: 'ASC' })).toEqual(['Baker', 'Tanaka', 'Garcia', 'Alvarez']);
    expect(await lastNames({ sortField: 'badgeNumber', sortOrder: 'DESC' })).toEqual(['Alvarez', 'Garcia', 'Tanaka', 'Baker']);
  });

  it('breaks sort ties by id, in the same order', async () => {
    // Baker and Alvarez were appointed the same day; Baker was entered first.
    expect(await lastNames({ sortField: 'appointedOn', sortOrder: 'ASC' })).toEqual(['Garcia', 'Baker', 'Alvarez', 'Tanaka']);
    expect(await lastNames({ sortField: 'appointedOn', sortOrder: 'DESC' })).toEqual(['Tanaka', 'Alvarez', 'Baker', 'Garcia']);
  });

  it('sorts by every field of the allowlist, DESC being exactly ASC reversed', async () => {
    for (const sortField of reserveOfficerResource.sortFields) {
      const asc = await listOf(api, 'ReserveOfficer', { sortField, sortOrder: 'ASC', perPage: 1000 });
      const desc = await listOf(api, 'ReserveOfficer', { sortField, sortOrder: 'DESC', perPage: 1000 });
      expect(desc.ids, sortField).toEqual([...asc.ids].reverse());
    }
  });

  it('q searches badge numbers, first names and last names, ignoring case', async () => {
    expect(await lastNames({ filter: { q: 'l-2' } })).toEqual(['Tanaka']);
    expect(await lastNames({ filter: { q: 'keiko' } })).toEqual(['Tanaka']);
    expect(await lastNames({ filter: { q: 'AR' } })).toEqual(['Alvarez', 'Garcia']);
  });

  it('filters by ids', async () => {
    const { ids: found, count } = await listOf(api, 'ReserveOfficer', { filter: { ids: [ids[1], ids[3]] }, sortField: 'id' });
    expect(found).toEqual([ids[1], ids[3]]);
    expect(count).toBe(2);
  });

  it('answers every record asked for by ids, even beyond the default page of 25', async () => {
    const elsewhere = await aDivision(api);
    const many: string[] = [];
    for (let i = 0; i < 30; i++) many.push((await aReserve(api, { homeDivisionId: elsewhere.id })).id);
    const { ids: found, count } = await listOf(api, 'ReserveOfficer', { filter: { ids: many } });
    expect(found.sort()).toEqual([...many].sort());
    expect(count).toBe(30);
  });

  it('filters by equality on level, status, badge number and appointment date', async () => {
    expect(await lastNames({ filter: { level: 'LEVEL_II' } })).toEqual(['Baker']);
    expect(await lastNames({ filter: { status: 'ACTIVE' } })).toEqual(['Alvarez', 'Garcia', 'Tanaka']);
    expect(await lastNames({ filter: { badgeNumber: 'L-300' } })).toEqual(['Garcia']);
    expect(await lastNames({ filter: { appointedOn: '2021-07-15' } })).toEqual(['Alvarez', 'Baker']);
    expect(await lastNames({ filter: { email: null } })).toEqual(['Alvarez', 'Baker', 'Garcia', 'Tanaka']);
  });

  it('filters dates and numbers with _lt, _lte, _gt, _gte and _neq', async () => {
    expect(await lastNames({ filter: { appointedOn_lt: '2021-07-15' } })).toEqual(['Garcia']);
    expect(await lastNames({ filter: { appointedOn_lte: '2021-07-15' } })).toEqual(['Alvarez', 'Baker', 'Garcia']);
    expect(await lastNames({ filter: { appointedOn_gt: '2021-07-15' } })).toEqual(['Tanaka']);
    expect(await lastNames({ filter: { appointedOn_gte: '2021-07-15' } })).toEqual(['Alvarez', 'Baker', 'Tanaka']);
    expect(await lastNames({ filter: { appointedOn_neq: '2021-07-15' } })).toEqual(['Garcia', 'Tanaka']);
    expect(await lastNames({ filter: { monthlyMinimumHours_lt: 16 } })).toEqual(['Alvarez', 'Tanaka']);
    expect(await lastNames({ filter: { monthlyMinimumHours_gte: 8, monthlyMinimumHours_neq: 16 } })).toEqual(['Alvarez']);
  });

  it('answers a meta count that agrees with the filter', async () => {
    const filter = { homeDivisionId: division.id, appointedOn_gte: '2020-01-01', status: 'ACTIVE' };
    const { records, count } = await listOf(api, 'ReserveOfficer', { filter });
    expect(count).toBe(2);
    expect(records).toHaveLength(2);
  });
});
