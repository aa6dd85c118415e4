import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { assertMayEnroll } from '../../server/src/modules/academy/academy-enrollment.js';
import { RecruitStage } from '../../server/src/modules/recruits/recruit.enums.js';
import { dataStatements, firstError, startTestApi, type Client, type GraphQLResponse, type TestApi } from '../support/api.js';
import { anAcademyClass, aModule, aRecruit, aReserve, aTrainingRecord } from '../support/builders.js';

const clock = fixedClock('2026-06-15T19:00:00Z');
let api: TestApi;
let academy: Client;

const ENROLL = `mutation($c: ID!, $r: ID!) { enrollRecruit(academyClassId: $c, recruitId: $r) { id stage academyClassId } }`;
const WITHDRAW = `mutation($r: ID!) { withdrawFromClass(recruitId: $r) { id academyClassId } }`;
const enroll = (classId: string, recruitId: string, client: Client = academy) => client.gql(ENROLL, { c: classId, r: recruitId });
const refusal = async (promise: Promise<GraphQLResponse>) => {
  const error = firstError(await promise);
  return { code: error.code, field: error.extensions.field, message: error.message };
};
const aCadet = (overrides: Record<string, unknown> = {}) => aRecruit(api, { stage: 'ACADEMY', ...overrides });

const ROSTER = `query($id: ID!) { AcademyClass(id: $id) { roster {
  recruit { id lastName } completedModules requiredModules percentComplete
  modules { module { id } status passedOn attempts failedAttempts lastScore } } } }`;
const rosterOf = async (id: string) => (await api.ok(ROSTER, { id })).AcademyClass.roster;
const retireAll = () => api.db.query(`UPDATE curriculum_module SET active = false`);

beforeAll(async () => {
  api = await startTestApi({ clock });
  academy = await api.as(Role.ACADEMY_STAFF);
});
afterAll(() => api.close());

describe('enrollRecruit: a recruit is enrolled in a class only at the ACADEMY stage', () => {
  it('enrols a recruit at ACADEMY, audited', async () => {
    const academyClass = await anAcademyClass(api);
    const cadet = await aCadet();
    expect((await enroll(academyClass.id, cadet.id)).data?.enrollRecruit).toEqual({ id: cadet.id, stage: 'ACADEMY', academyClassId: academyClass.id });
    const [event] = await api.db.query(`SELECT action, actor_role, before, after FROM audit_event WHERE entity_type = 'Recruit' AND entity_id = $1 AND action = 'UPDATE'`, [cadet.id]);
    expect(event).toMatchObject({ actor_role: 'ACADEMY_STAFF', before: { academyClassId: null }, after: { academyClassId: Number(academyClass.id) } });
  });

  it('refuses a recruit at any other stage with BAD_USER_INPUT naming academyClassId', async () => {
    const academyClass = await anAcademyClass(api);
    for (const stage of ['PROSPECT', 'MEDICAL_PSYCH']) {
      const recruit = await aRecruit(api, { stage });
      const found = await refusal(enroll(academyClass.id, recruit.id));
      expect(found).toMatchObject({ code: 'BAD_USER_INPUT', field: 'academyClassId' });
      expect(found.message).toContain(stage);
    }
  });

  it('refuses a class that does not exist, or is completed or cancelled', async () => {
    const cadet = await aCadet();
    expect(await refusal(enroll('999999', cadet.id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'academyClassId' });
    for (const status of ['COMPLETED', 'CANCELLED']) {
      const closed = await anAcademyClass(api, { status });
      expect(await refusal(enroll(closed.id, cadet.id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'academyClassId' });
    }
  });

  it('answers NOT_FOUND for a recruit that does not exist', async () => {
    expect(await refusal(enroll((await anAcademyClass(api)).id, '999999'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('moves a recruit from the Module III class to the Module II class', async () => {
    const moduleIII = await anAcademyClass(api, { moduleLevel: 'MODULE_III' });
    const moduleII = await anAcademyClass(api, { moduleLevel: 'MODULE_II' });
    const cadet = await aCadet();
    await enroll(moduleIII.id, cadet.id);
    expect((await enroll(moduleII.id, cadet.id)).data?.enrollRecruit).toMatchObject({ academyClassId: moduleII.id });
    expect(await rosterOf(moduleIII.id)).toEqual([]);
  });

  it('lets academy staff and administrators enrol, and answers FORBIDDEN to coordinators and leadership', async () => {
    const academyClass = await anAcademyClass(api);
    const cadet = await aCadet();
    for (const role of [Role.RESERVE_COORDINATOR, Role.LEADERSHIP]) {
      expect([role, (await refusal(enroll(academyClass.id, cadet.id, await api.as(role)))).code]).toEqual([role, 'FORBIDDEN']);
    }
    expect((await enroll(academyClass.id, cadet.id, api)).errors).toBeUndefined();
  });
});

describe('assertMayEnroll: the rule the recruit service applies to createRecruit and updateRecruit', () => {
  it('takes a stage (a recruit being created) or a recruit id (one being changed)', async () => {
    const academyClass = await anAcademyClass(api);
    const prospect = await aRecruit(api);
    const cadet = await aCadet();
    const tx = api.db.manager;
    await expect(assertMayEnroll(tx, RecruitStage.ACADEMY, Number(academyClass.id))).resolves.toMatchObject({ id: Number(academyClass.id) });
    await expect(assertMayEnroll(tx, Number(cadet.id), Number(academyClass.id))).resolves.toMatchObject({ id: Number(academyClass.id) });
    await expect(assertMayEnroll(tx, RecruitStage.BACKGROUND, Number(academyClass.id))).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'academyClassId' } });
    await expect(assertMayEnroll(tx, Number(prospect.id), Number(academyClass.id))).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'academyClassId' } });
  });
});

describe('withdrawFromClass', () => {
  it("takes a recruit off the roster and keeps their training records", async () => {
    const academyClass = await anAcademyClass(api);
    const cadet = await aCadet();
    await enroll(academyClass.id, cadet.id);
    const record = await aTrainingRecord(api, { recruitId: cadet.id });
    expect((await academy.ok(WITHDRAW, { r: cadet.id })).withdrawFromClass).toEqual({ id: cadet.id, academyClassId: null });
    expect(await rosterOf(academyClass.id)).toEqual([]);
    expect((await api.ok(`query($id: ID!) { TrainingRecord(id: $id) { recruitId } }`, { id: record.id })).TrainingRecord.recruitId).toBe(cadet.id);
  });

  it('refuses a recruit who is not enrolled, naming recruitId', async () => {
    expect(await refusal(academy.gql(WITHDRAW, { r: (await aCadet()).id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recruitId' });
  });
});

describe('AcademyClass.roster: each recruit with their progress through the modules the class covers', () => {
  it("shows a Module II class the modules of Levels III and II, passed, failed or not yet, with a completion count", async () => {
    const onlyIII = await aModule(api, { requiredForLevels: ['LEVEL_III'] });
    const sworn = await aModule(api, { requiredForLevels: ['LEVEL_I', 'LEVEL_II', 'LEVEL_III'] });
    const field = await aModule(api, { requiredForLevels: ['LEVEL_I', 'LEVEL_II'], passingScore: 80 });
    await aModule(api, { requiredForLevels: ['LEVEL_I'] }); // Module I's
    const moduleII = await anAcademyClass(api, { moduleLevel: 'MODULE_II' });
    const ahead = await aCadet({ lastName: 'Alvarez' });
    const behind = await aCadet({ lastName: 'Baker' });
    for (const cadet of [behind, ahead]) await enroll(moduleII.id, cadet.id);
    for (const moduleId of [onlyIII.id, sworn.id, field.id]) await aTrainingRecord(api, { recruitId: ahead.id, moduleId, completedOn: '2026-03-01' });
    await aTrainingRecord(api, { recruitId: behind.id, moduleId: sworn.id, completedOn: '2026-02-01', passed: false, score: 55 });
    await aTrainingRecord(api, { recruitId: behind.id, moduleId: field.id, completedOn: '2026-02-01', passed: false, score: 60 });
    await aTrainingRecord(api, { recruitId: behind.id, moduleId: field.id, completedOn: '2026-03-01', score: 82 });
    await aTrainingRecord(api, { recruitId: behind.id, moduleId: field.id, completedOn: '2026-04-01', passed: false, score: 70 }); // does not un-pass

    const [first, second] = await rosterOf(moduleII.id);
    expect(first).toMatchObject({ recruit: { id: ahead.id }, completedModules: 3, requiredModules: 3, percentComplete: 100 });
    expect(second.recruit.id).toBe(behind.id);
    expect(second).toMatchObject({ completedModules: 1, requiredModules: 3, percentComplete: 33 });
    expect(second.modules).toEqual([
      { module: { id: onlyIII.id }, status: 'NOT_YET', passedOn: null, attempts: 0, failedAttempts: 0, lastScore: null },
      { module: { id: sworn.id }, status: 'FAILED', passedOn: null, attempts: 1, failedAttempts: 1, lastScore: 55 },
      { module: { id: field.id }, status: 'PASSED', passedOn: '2026-03-01', attempts: 3, failedAttempts: 2, lastScore: 70 },
    ]);
    await retireAll();
  });

  it('shows a Module III class only the modules Level III requires, and drops a module once retired', async () => {
    const levelIII = await aModule(api, { requiredForLevels: ['LEVEL_III', 'LEVEL_II'] });
    const retired = await aModule(api, { requiredForLevels: ['LEVEL_III'] });
    await aModule(api, { requiredForLevels: ['LEVEL_II'] });
    const moduleIII = await anAcademyClass(api, { moduleLevel: 'MODULE_III' });
    const cadet = await aCadet();
    await enroll(moduleIII.id, cadet.id);
    await aTrainingRecord(api, { recruitId: cadet.id, moduleId: retired.id });
    expect((await rosterOf(moduleIII.id))[0].modules.map((m: { module: { id: string } }) => m.module.id)).toEqual([levelIII.id, retired.id]);
    await api.ok(`mutation($id: ID!) { updateCurriculumModule(id: $id, active: false) { id } }`, { id: retired.id });
    expect((await rosterOf(moduleIII.id))[0]).toMatchObject({ requiredModules: 1, completedModules: 0, modules: [{ module: { id: levelIII.id } }] });
    await retireAll();
  });

  it("keeps an appointed recruit's progress, from the records carried over to their reserve", async () => {
    const module = await aModule(api, { requiredForLevels: ['LEVEL_III'] });
    const moduleIII = await anAcademyClass(api, { moduleLevel: 'MODULE_III' });
    const cadet = await aCadet();
    await enroll(moduleIII.id, cadet.id);
    const reserve = await aReserve(api, { level: 'LEVEL_III', recruitId: cadet.id });
    await aTrainingRecord(api, { reserveId: reserve.id, moduleId: module.id });
    expect((await rosterOf(moduleIII.id))[0]).toMatchObject({ completedModules: 1, percentComplete: 100 });
    await retireAll();
  });

  it('sends as many statements for a page of 12 classes as for a page of 2', async () => {
    await aModule(api, { requiredForLevels: ['LEVEL_III'] });
    for (let i = 0; i < 12; i++) {
      const academyClass = await anAcademyClass(api, { name: `Batch class ${i}`, startsOn: '2030-01-01', endsOn: '2030-06-30' });
      for (let j = 0; j < 3; j++) {
        const cadet = await aCadet();
        await enroll(academyClass.id, cadet.id);
        await aTrainingRecord(api, { recruitId: cadet.id });
      }
    }
    const PAGE = `query($n: Int!) { allAcademyClasses(perPage: $n, filter: { startsOn: "2030-01-01" }) { id roster { recruit { id } percentComplete modules { status } } } }`;
    const count = async (n: number) => {
      api.statements.length = 0;
      const classes = (await api.ok(PAGE, { n })).allAcademyClasses;
      expect(classes).toHaveLength(n);
      expect(classes[n - 1].roster).toHaveLength(3);
      return dataStatements(api).length;
    };
    const small = await count(2);
    expect(await count(12)).toBe(small);
    expect(small).toBe(4); // the classes, their recruits, the curriculum, the recruits' records
    await retireAll();
  });
});
