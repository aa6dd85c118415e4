import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curriculumModuleResource } from '../../server/src/modules/curriculum/curriculum-module.resource.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { aModule, aTrainingRecord } from '../support/builders.js';
import { answer, createOne, deleteOne, getOne, listOf, refusalOf, updateOne } from '../support/react-admin.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('CurriculumModule: create, read, update, delete', () => {
  it('creates a module at version 1, active, required for no level, taken once, with an empty description', async () => {
    const created = answer(
      await createOne(api, 'CurriculumModule', {
        code: 'PJ-101',
        title: 'Procedural Justice',
        category: 'RESPECT_AND_VALUES',
        requirementSource: 'DEPARTMENT',
        hours: 8,
        passingScore: 75,
      }),
    );
    expect(created).toMatchObject({
      code: 'PJ-101',
      title: 'Procedural Justice',
      description: '',
      category: 'RESPECT_AND_VALUES',
      learningDomain: null,
      requirementSource: 'DEPARTMENT',
      version: 1,
      hours: 8,
      passingScore: 75,
      requiredForLevels: [],
      recertificationMonths: null,
      active: true,
    });
  });

  it('keeps the levels a module is required for, each once', async () => {
    const module = await aModule(api, { requiredForLevels: ['LEVEL_I', 'LEVEL_II', 'LEVEL_I'] });
    expect(module.requiredForLevels).toEqual(['LEVEL_I', 'LEVEL_II']);
  });

  it('answers one module by id', async () => {
    const module = await aModule(api, { learningDomain: 42, recertificationMonths: 24, description: 'Cultural diversity\nand discrimination', hours: 2.5 });
    expect(answer(await getOne(api, 'CurriculumModule', module.id))).toEqual(module);
  });

  it('updates only the fields it is given', async () => {
    const module = await aModule(api, { learningDomain: 3 });
    const updated = answer(await updateOne(api, 'CurriculumModule', { id: module.id, version: 2, active: false, requiredForLevels: ['LEVEL_III'] }));
    expect(updated).toEqual({ ...module, version: 2, active: false, requiredForLevels: ['LEVEL_III'], updatedAt: updated.updatedAt });
  });

  it('clears an optional field set to null', async () => {
    const module = await aModule(api, { learningDomain: 37, recertificationMonths: 12 });
    const updated = answer(await updateOne(api, 'CurriculumModule', { id: module.id, recertificationMonths: null, learningDomain: null }));
    expect(updated).toMatchObject({ recertificationMonths: null, learningDomain: null });
  });

  it('refuses null for a required field with BAD_USER_INPUT naming it', async () => {
    const module = await aModule(api);
    for (const field of ['code', 'title', 'category', 'hours', 'passingScore', 'version', 'active', 'requiredForLevels', 'description']) {
      expect(refusalOf(await updateOne(api, 'CurriculumModule', { id: module.id, [field]: null })), field).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('refuses a code that is not capital letters, digits and dashes, naming code', async () => {
    const refusal = refusalOf(await createOne(api, 'CurriculumModule', { code: 'pj 101', title: 'x', category: 'OTHER', requirementSource: 'POST', hours: 1, passingScore: 70 }));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', message: 'code must be capital letters, digits and dashes' });
  });

  it('refuses a code already in use with CONFLICT naming code', async () => {
    await aModule(api, { code: 'DUP-1' });
    expect(refusalOf(await createOne(api, 'CurriculumModule', { code: 'DUP-1', title: 'Again', category: 'OTHER', requirementSource: 'POST', hours: 1, passingScore: 70 }))).toMatchObject({
      code: 'CONFLICT',
      field: 'code',
    });
  });

  it('deletes a module and answers it as it was; afterwards it is NOT_FOUND', async () => {
    const module = await aModule(api);
    expect(answer(await deleteOne(api, 'CurriculumModule', module.id))).toEqual(module);
    expect(refusalOf(await getOne(api, 'CurriculumModule', module.id))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to delete a module that has training records with CONFLICT (retire it instead)', async () => {
    const { moduleId } = await aTrainingRecord(api);
    expect(refusalOf(await deleteOne(api, 'CurriculumModule', moduleId))).toMatchObject({
      code: 'CONFLICT',
      message: 'This curriculum module is still in use by training records',
    });
  });
});

describe('CurriculumModule lists (react-admin getList)', () => {
  const made: Record<string, any>[] = [];
  beforeAll(async () => {
    made.push(
      await aModule(api, { code: 'LD-42', title: 'Cultural Diversity', category: 'RESPECT_AND_VALUES', learningDomain: 42, hours: 8, passingScore: 80, requiredForLevels: ['LEVEL_I', 'LEVEL_II'], recertificationMonths: 24 }),
      await aModule(api, { code: 'DE-ESC', title: 'De-escalation', category: 'PERISHABLE_SKILLS', hours: 4, passingScore: 70, requiredForLevels: ['LEVEL_I'], recertificationMonths: 12 }),
      await aModule(api, { code: 'FA-01', title: 'First Aid and CPR', category: 'FIRST_AID', learningDomain: 34, hours: 21, passingScore: 70, requiredForLevels: ['LEVEL_III'] }),
      await aModule(api, { code: 'OLD-LD3', title: 'Ethics (retired)', category: 'RESPECT_AND_VALUES', learningDomain: 3, hours: 2, passingScore: 100, active: false }),
    );
  });
  const ids = () => made.map((module) => module.id);
  const codes = async (params: Parameters<typeof listOf>[2] = {}) =>
    (await listOf(api, 'CurriculumModule', { ...params, filter: { ids: ids(), ...params.filter } }, 'code')).records.map((m) => m.code);

  it('sorts by code by default', async () => {
    expect(await codes()).toEqual(['DE-ESC', 'FA-01', 'LD-42', 'OLD-LD3']);
  });

  it('pages with page and perPage, the meta count being the whole filtered list', async () => {
    expect(await listOf(api, 'CurriculumModule', { filter: { ids: ids() }, page: 1, perPage: 2 }, 'code')).toMatchObject({
      records: [{ code: 'LD-42' }, { code: 'OLD-LD3' }],
      count: 4,
    });
  });

  it('sorts by the sortField in sortOrder, both ways', async () => {
    expect(await codes({ sortField: 'hours', sortOrder: 'DESC' })).toEqual(['FA-01', 'LD-42', 'DE-ESC', 'OLD-LD3']);
    expect(await codes({ sortField: 'hours', sortOrder: 'ASC' })).toEqual(['OLD-LD3', 'DE-ESC', 'LD-42', 'FA-01']);
    expect(await codes({ sortField: 'learningDomain', sortOrder: 'ASC' })).toEqual(['OLD-LD3', 'FA-01', 'LD-42', 'DE-ESC']);
  });

  it('sorts by every field of the allowlist, DESC being exactly ASC reversed', async () => {
    for (const sortField of curriculumModuleResource.sortFields) {
      const asc = await listOf(api, 'CurriculumModule', { sortField, sortOrder: 'ASC', perPage: 1000 });
      const desc = await listOf(api, 'CurriculumModule', { sortField, sortOrder: 'DESC', perPage: 1000 });
      expect(desc.ids, sortField).toEqual([...asc.ids].reverse());
    }
  });

  it('q searches codes and titles, ignoring case', async () => {
    expect(await codes({ filter: { q: 'ld' } })).toEqual(['LD-42', 'OLD-LD3']);
    expect(await codes({ filter: { q: 'escalation' } })).toEqual(['DE-ESC']);
  });

  it('filters by ids', async () => {
    expect((await listOf(api, 'CurriculumModule', { filter: { ids: [made[2].id] } }, 'code')).records).toEqual([{ code: 'FA-01' }]);
  });

  it('filters by equality on category, active, learning domain and the levels a module is required for', async () => {
    expect(await codes({ filter: { category: 'RESPECT_AND_VALUES' } })).toEqual(['LD-42', 'OLD-LD3']);
    expect(await codes({ filter: { active: false } })).toEqual(['OLD-LD3']);
    expect(await codes({ filter: { active: true, learningDomain: 42 } })).toEqual(['LD-42']);
    expect(await codes({ filter: { requiredForLevels: 'LEVEL_I' } })).toEqual(['DE-ESC', 'LD-42']);
    expect(await codes({ filter: { recertificationMonths: null } })).toEqual(['FA-01', 'OLD-LD3']);
  });

  it('filters numbers with _lt, _lte, _gt, _gte and _neq', async () => {
    expect(await codes({ filter: { hours_lt: 8 } })).toEqual(['DE-ESC', 'OLD-LD3']);
    expect(await codes({ filter: { hours_lte: 8 } })).toEqual(['DE-ESC', 'LD-42', 'OLD-LD3']);
    expect(await codes({ filter: { hours_gt: 8 } })).toEqual(['FA-01']);
    expect(await codes({ filter: { hours_gte: 8 } })).toEqual(['FA-01', 'LD-42']);
    expect(await codes({ filter: { passingScore_neq: 70 } })).toEqual(['LD-42', 'OLD-LD3']);
    expect(await codes({ filter: { recertificationMonths_gte: 12, recertificationMonths_lt: 24 } })).toEqual(['DE-ESC']);
  });

  it('answers a meta count that agrees with the filter', async () => {
    const { count, records } = await listOf(api, 'CurriculumModule', { filter: { ids: ids(), active: true, passingScore_lte: 70 }, perPage: 1 });
    expect(records).toHaveLength(1);
    expect(count).toBe(2);
  });
});
