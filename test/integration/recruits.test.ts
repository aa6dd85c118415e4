import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recruitResource, recruitStageChangeResource } from '../../server/src/modules/recruits/recruit.resource.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { aDivision, anAcademyClass, aRecruit, aTrainingRecord } from '../support/builders.js';
import { answer, createOne, deleteOne, getOne, listOf, refusalOf, updateOne } from '../support/react-admin.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('Recruit: create, read, update, delete', () => {
  it('creates a recruit at PROSPECT with one stage-history entry, from no stage', async () => {
    const recruit = answer(
      await createOne(
        api,
        'Recruit',
        { firstName: 'Dana', lastName: 'Whitfield', email: 'dana.w@example.org', targetLevel: 'LEVEL_I', source: 'REFERRAL' },
        'id stage stageChangedAt exitReason stageHistory { recruitId fromStage toStage changedAt note }',
      ),
    );
    expect(recruit).toMatchObject({ stage: 'PROSPECT', exitReason: null });
    expect(recruit.stageHistory).toEqual([
      { recruitId: recruit.id, fromStage: null, toStage: 'PROSPECT', changedAt: recruit.stageChangedAt, note: 'Entered the pipeline' },
    ]);
  });

  it('creates a recruit at the stage given, the history starting there', async () => {
    const recruit = await aRecruit(api, { stage: 'APPLICATION' });
    const history = answer(await getOne(api, 'Recruit', recruit.id, 'stageHistory { fromStage toStage }'));
    expect(recruit.stage).toBe('APPLICATION');
    expect(history).toEqual({ stageHistory: [{ fromStage: null, toStage: 'APPLICATION' }] });
  });

  it('creates a recruit entered at an exit stage when a reason is given', async () => {
    const recruit = await aRecruit(api, { stage: 'WITHDRAWN', exitReason: 'Moved out of state' });
    expect(recruit).toMatchObject({ stage: 'WITHDRAWN', exitReason: 'Moved out of state' });
  });

  it('answers one recruit by id', async () => {
    const recruit = await aRecruit(api, { phone: '+1 213 555 0199', dateOfBirth: '1994-02-28', notes: 'Met at the\nCentral job fair' });
    expect(answer(await getOne(api, 'Recruit', recruit.id))).toEqual(recruit);
  });

  it('updates only the fields it is given, and never the stage (a domain operation moves it)', async () => {
    const recruit = await aRecruit(api, { source: 'EVENT' });
    const updated = answer(await updateOne(api, 'Recruit', { id: recruit.id, phone: '213-555-0142', targetLevel: 'LEVEL_III' }));
    expect(updated).toEqual({ ...recruit, phone: '213-555-0142', targetLevel: 'LEVEL_III', updatedAt: updated.updatedAt });
    const stageChange = await api.gql(`mutation($id: ID!, $stage: RecruitStage) { updateRecruit(id: $id, stage: $stage) { id } }`, {
      id: recruit.id,
      stage: 'ACADEMY',
    });
    expect(refusalOf(stageChange).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('clears an optional field set to null', async () => {
    const division = await aDivision(api);
    const recruit = await aRecruit(api, { preferredDivisionId: division.id, notes: 'call back' });
    const updated = answer(await updateOne(api, 'Recruit', { id: recruit.id, preferredDivisionId: null, email: null }));
    expect(updated).toMatchObject({ preferredDivisionId: null, email: null, notes: 'call back' });
  });

  it('refuses null for a required field with BAD_USER_INPUT naming it', async () => {
    const recruit = await aRecruit(api);
    for (const field of ['firstName', 'lastName', 'targetLevel', 'source']) {
      expect(refusalOf(await updateOne(api, 'Recruit', { id: recruit.id, [field]: null })), field).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('refuses to clear the exit reason of a withdrawn recruit, naming exitReason', async () => {
    const recruit = await aRecruit(api, { stage: 'DISQUALIFIED', exitReason: 'Background' });
    const refusal = refusalOf(await updateOne(api, 'Recruit', { id: recruit.id, exitReason: null }));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'exitReason' });
    expect(answer(await getOne(api, 'Recruit', recruit.id)).exitReason).toBe('Background');
  });

  it('deletes a recruit with its stage history and answers it as it was; afterwards both are NOT_FOUND', async () => {
    const recruit = await aRecruit(api);
    const [change] = (await listOf(api, 'RecruitStageChange', { filter: { recruitId: recruit.id } })).ids;
    expect(answer(await deleteOne(api, 'Recruit', recruit.id))).toEqual(recruit);
    expect(refusalOf(await getOne(api, 'Recruit', recruit.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusalOf(await getOne(api, 'RecruitStageChange', change))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to delete a recruit who has training records with CONFLICT', async () => {
    const recruit = await aRecruit(api);
    await aTrainingRecord(api, { recruitId: recruit.id });
    expect(refusalOf(await deleteOne(api, 'Recruit', recruit.id))).toMatchObject({
      code: 'CONFLICT',
      message: 'This recruit is still in use by training records',
    });
  });
});

describe('Recruit relations, as objects and as ids', () => {
  it('answers preferredDivision and academyClass beside their ids, or null', async () => {
    const division = await aDivision(api, { name: 'Preferred Mission' });
    const academyClass = await anAcademyClass(api, { name: 'Class of Spring' });
    const placed = await aRecruit(api, { preferredDivisionId: division.id, academyClassId: academyClass.id, stage: 'ACADEMY' });
    const unplaced = await aRecruit(api);
    const selection = 'preferredDivisionId preferredDivision { name } academyClassId academyClass { name }';
    expect(answer(await getOne(api, 'Recruit', placed.id, selection))).toEqual({
      preferredDivisionId: division.id,
      preferredDivision: { name: 'Preferred Mission' },
      academyClassId: academyClass.id,
      academyClass: { name: 'Class of Spring' },
    });
    expect(answer(await getOne(api, 'Recruit', unplaced.id, selection))).toEqual({
      preferredDivisionId: null,
      preferredDivision: null,
      academyClassId: null,
      academyClass: null,
    });
  });

  it('answers its training records', async () => {
    const recruit = await aRecruit(api);
    const record = await aTrainingRecord(api, { recruitId: recruit.id });
    expect(answer(await getOne(api, 'Recruit', recruit.id, 'trainingRecords { id recruitId reserveId }'))).toEqual({
      trainingRecords: [{ id: record.id, recruitId: recruit.id, reserveId: null }],
    });
  });

  it('answers stageHistory on every recruit of a list', async () => {
    const a = await aRecruit(api);
    const b = await aRecruit(api, { stage: 'ORIENTATION' });
    const { records } = await listOf(api, 'Recruit', { filter: { ids: [a.id, b.id] }, sortField: 'id' }, 'id stageHistory { toStage }');
    expect(records).toEqual([
      { id: a.id, stageHistory: [{ toStage: 'PROSPECT' }] },
      { id: b.id, stageHistory: [{ toStage: 'ORIENTATION' }] },
    ]);
  });
});

describe('Recruit lists (react-admin getList)', () => {
  let group: Record<string, any>; // the list tests' own division, so other tests' recruits stay out
  let ids: string[];
  beforeAll(async () => {
    group = await aDivision(api);
    const inGroup = { preferredDivisionId: group.id };
    ids = [
      await aRecruit(api, { ...inGroup, firstName: 'Olivia', lastName: 'Nguyen', email: 'o.nguyen@example.org', source: 'WEB', dateOfBirth: '1990-05-01' }),
      await aRecruit(api, { ...inGroup, firstName: 'Marcus', lastName: 'Bell', email: 'mbell@mail.example', source: 'EVENT', dateOfBirth: '1985-11-20', stage: 'ORIENTATION' }),
      await aRecruit(api, { ...inGroup, firstName: 'Priya', lastName: 'Shah', email: null, source: 'WEB', targetLevel: 'LEVEL_I' }),
      await aRecruit(api, { ...inGroup, firstName: 'Ethan', lastName: 'Cole', email: 'ethan.cole@example.org', source: 'WALK_IN', dateOfBirth: '2000-01-15' }),
    ].map((recruit) => recruit.id);
  });

  const lastNames = async (params: Parameters<typeof listOf>[2] = {}) =>
    (
      await listOf(api, 'Recruit', { sortField: 'lastName', ...params, filter: { preferredDivisionId: group.id, ...params.filter } }, 'lastName')
    ).records.map((recruit) => recruit.lastName);

  it('pages with page and perPage, the meta count being the whole filtered list', async () => {
    const page = await listOf(api, 'Recruit', { filter: { preferredDivisionId: group.id }, page: 1, perPage: 2, sortField: 'lastName' }, 'lastName');
    expect(page.records).toEqual([{ lastName: 'Nguyen' }, { lastName: 'Shah' }]);
    expect(page.count).toBe(4);
  });

  it('sorts by the sortField in sortOrder, both ways (no date of birth sorts last going up, first going down)', async () => {
    expect(await lastNames({ sortOrder: 'ASC' })).toEqual(['Bell', 'Cole', 'Nguyen', 'Shah']);
    expect(await lastNames({ sortOrder: 'DESC' })).toEqual(['Shah', 'Nguyen', 'Cole', 'Bell']);
    expect(await lastNames({ sortField: 'dateOfBirth', sortOrder: 'ASC' })).toEqual(['Bell', 'Nguyen', 'Cole', 'Shah']);
    expect(await lastNames({ sortField: 'dateOfBirth', sortOrder: 'DESC' })).toEqual(['Shah', 'Cole', 'Nguyen', 'Bell']);
  });

  it('sorts by every field of the allowlist, DESC being exactly ASC reversed', async () => {
    for (const sortField of recruitResource.sortFields) {
      const asc = await listOf(api, 'Recruit', { sortField, sortOrder: 'ASC', perPage: 1000 });
      const desc = await listOf(api, 'Recruit', { sortField, sortOrder: 'DESC', perPage: 1000 });
      expect(desc.ids, sortField).toEqual([...asc.ids].reverse());
    }
  });

  it('q searches first names, last names and emails, ignoring case', async () => {
    expect(await lastNames({ filter: { q: 'PRIYA' } })).toEqual(['Shah']);
    expect(await lastNames({ filter: { q: 'bel' } })).toEqual(['Bell']);
    expect(await lastNames({ filter: { q: '@example.org' } })).toEqual(['Cole', 'Nguyen']);
  });

  it('filters by ids', async () => {
    expect((await listOf(api, 'Recruit', { filter: { ids: [ids[3], ids[0]] }, sortField: 'id' })).ids).toEqual([ids[0], ids[3]]);
  });

  it('filters by equality on each field, null meaning "not set"', async () => {
    expect(await lastNames({ filter: { source: 'WEB' } })).toEqual(['Nguyen', 'Shah']);
    expect(await lastNames({ filter: { stage: 'ORIENTATION' } })).toEqual(['Bell']);
    expect(await lastNames({ filter: { targetLevel: 'LEVEL_I' } })).toEqual(['Shah']);
    expect(await lastNames({ filter: { email: 'mbell@mail.example' } })).toEqual(['Bell']);
    expect(await lastNames({ filter: { dateOfBirth: null } })).toEqual(['Shah']);
  });

  it('filters dates with _lt, _lte, _gt, _gte and _neq', async () => {
    expect(await lastNames({ filter: { dateOfBirth_lt: '1990-05-01' } })).toEqual(['Bell']);
    expect(await lastNames({ filter: { dateOfBirth_lte: '1990-05-01' } })).toEqual(['Bell', 'Nguyen']);
    expect(await lastNames({ filter: { dateOfBirth_gt: '1990-05-01' } })).toEqual(['Cole']);
    expect(await lastNames({ filter: { dateOfBirth_gte: '1990-05-01' } })).toEqual(['Cole', 'Nguyen']);
    expect(await lastNames({ filter: { dateOfBirth_neq: '1990-05-01' } })).toEqual(['Bell', 'Cole']);
  });

  it('filters stageChangedAt with _gte and _lt', async () => {
    const shah = answer(await getOne(api, 'Recruit', ids[2], 'stageChangedAt'));
    expect(await lastNames({ filter: { stageChangedAt_gte: shah.stageChangedAt } })).toEqual(['Cole', 'Shah']);
    expect(await lastNames({ filter: { stageChangedAt_lt: shah.stageChangedAt } })).toEqual(['Bell', 'Nguyen']);
  });

  it('answers a meta count that agrees with the filter', async () => {
    const { count, records } = await listOf(api, 'Recruit', { filter: { preferredDivisionId: group.id, stage: 'PROSPECT', q: 'example.org' } });
    expect(count).toBe(2);
    expect(records).toHaveLength(2);
  });
});

describe('RecruitStageChange: read-only, in react-admin conventions', () => {
  it('answers one stage change by id, with its recruit as an object and as recruitId', async () => {
    const recruit = await aRecruit(api, { lastName: 'Historian' });
    const [change] = (await listOf(api, 'RecruitStageChange', { filter: { recruitId: recruit.id } }, 'id')).records;
    const read = answer(await getOne(api, 'RecruitStageChange', change.id, 'id recruitId recruit { lastName } fromStage toStage note'));
    expect(read).toEqual({ id: change.id, recruitId: recruit.id, recruit: { lastName: 'Historian' }, fromStage: null, toStage: 'PROSPECT', note: 'Entered the pipeline' });
  });

  it('has no create, update or delete mutation (history is written by the recruit service only)', async () => {
    for (const mutation of ['createRecruitStageChange(recruitId: $id)', 'updateRecruitStageChange(id: $id)', 'deleteRecruitStageChange(id: $id)']) {
      const result = await api.gql(`mutation($id: ID!) { ${mutation} { id } }`, { id: '1' });
      expect(refusalOf(result).code, mutation).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('lists, pages, sorts and counts stage changes, filtered by recruit, stage, ids and time', async () => {
    const a = await aRecruit(api, { stage: 'BACKGROUND' });
    const b = await aRecruit(api, { stage: 'BACKGROUND' });
    const c = await aRecruit(api, { stage: 'MEDICAL_PSYCH' });
    const all = await listOf(api, 'RecruitStageChange', { filter: { toStage: 'BACKGROUND' }, sortField: 'changedAt', sortOrder: 'DESC' }, 'recruitId changedAt');
    expect(all.records.map((change) => change.recruitId)).toEqual([b.id, a.id]);
    expect(all.count).toBe(2);

    const page = await listOf(api, 'RecruitStageChange', { filter: { recruitId: c.id }, page: 0, perPage: 1 }, 'toStage');
    expect(page).toMatchObject({ records: [{ toStage: 'MEDICAL_PSYCH' }], count: 1 });

    const since = await listOf(api, 'RecruitStageChange', { filter: { changedAt_gte: all.records[0].changedAt, fromStage: null } }, 'id recruitId');
    expect(since.records.map((change) => change.recruitId)).toEqual([b.id, c.id]);

    const byIds = await listOf(api, 'RecruitStageChange', { filter: { ids: since.ids } });
    expect(byIds.count).toBe(2);
  });

  it('sorts by every field of the allowlist, DESC being exactly ASC reversed', async () => {
    for (const sortField of recruitStageChangeResource.sortFields) {
      const asc = await listOf(api, 'RecruitStageChange', { sortField, sortOrder: 'ASC', perPage: 1000 });
      const desc = await listOf(api, 'RecruitStageChange', { sortField, sortOrder: 'DESC', perPage: 1000 });
      expect(desc.ids, sortField).toEqual([...asc.ids].reverse());
    }
  });
});
