import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { firstError, startTestApi, type TestApi } from '../support/api.js';
import { aDivision, aModule, aRecruit, aReserve, aTrainingRecord, unique } from '../support/builders.js';

// 22:00 on 1 July 2026 in Los Angeles, already 2 July in UTC: the appointment is dated 1 July.
const clock = fixedClock('2026-07-02T05:00:00Z');
let api: TestApi;
let divisionId: string;
let core: Record<string, any>; // every sworn level
let deEscalation: Record<string, any>; // levels I and II, recertified yearly

const RESERVE = 'id badgeNumber firstName lastName email phone address level status homeDivisionId appointedOn priorService recruitId monthlyMinimumHours';
const APPOINT = `mutation($id: ID!, $badge: String!, $level: ReserveLevel!, $division: ID!) {
  appointReserve(recruitId: $id, badgeNumber: $badge, level: $level, homeDivisionId: $division) { ${RESERVE} trainingRecords { id moduleId recruitId reserveId } } }`;
const appoint = (id: string, level = 'LEVEL_II', overrides: Record<string, unknown> = {}, client: Pick<TestApi, 'gql'> = api) =>
  client.gql(APPOINT, { id, badge: `B${unique()}`, level, division: divisionId, ...overrides });
const recruitState = async (id: string) =>
  (await api.ok(`query($id: ID!) { Recruit(id: $id) { stage trainingRecords { id } stageHistory { fromStage toStage changedBy note } } }`, { id })).Recruit;
const reservesOf = async (recruitId: string) => Number((await api.db.query(`SELECT count(*) AS n FROM reserve_officer WHERE recruit_id = $1`, [recruitId]))[0].n);

/** A recruit at ACADEMY who passed the given modules on 10 June 2026. */
async function aGraduate(modules: Record<string, any>[], overrides: Record<string, unknown> = {}) {
  const recruit = await aRecruit(api, { stage: 'ACADEMY', phone: '+1 213 555 0142', address: '100 W 1st St, Los Angeles', ...overrides });
  const records = [];
  for (const module of modules) records.push(await aTrainingRecord(api, { recruitId: recruit.id, moduleId: module.id, completedOn: '2026-06-10', score: 92 }));
  return { recruit, records };
}

beforeAll(async () => {
  api = await startTestApi({ clock });
  divisionId = (await aDivision(api)).id;
  core = await aModule(api, { code: 'LD-01', title: 'Leadership, Professionalism and Ethics', requiredForLevels: ['LEVEL_I', 'LEVEL_II', 'LEVEL_III'] });
  deEscalation = await aModule(api, { code: 'LD-20', title: 'Use of Force / De-escalation', requiredForLevels: ['LEVEL_I', 'LEVEL_II'], recertificationMonths: 12 });
  // Level I only: a Level II appointment does not need it.
  await aModule(api, { code: 'MOD-I', title: 'Module I', requiredForLevels: ['LEVEL_I'] });
  await aModule(api, { code: 'OLD-LD', title: 'Retired module', requiredForLevels: ['LEVEL_I', 'LEVEL_II', 'LEVEL_III'], active: false });
});
afterAll(() => api.close());

describe('appointReserve: a recruit at ACADEMY who passed every module the level requires', () => {
  it('creates the reserve from the recruit (ACTIVE, appointed today in Los Angeles, academy graduate, level minimum), linked to the recruit', async () => {
    const { recruit } = await aGraduate([core, deEscalation], { firstName: 'Renée', lastName: 'Okafor', email: 'renee.okafor@example.org' });
    const reserve = (await api.ok(APPOINT, { id: recruit.id, badge: 'R-2026-01', level: 'LEVEL_II', division: divisionId })).appointReserve;
    expect(reserve).toMatchObject({
      badgeNumber: 'R-2026-01',
      firstName: 'Renée',
      lastName: 'Okafor',
      email: 'renee.okafor@example.org',
      phone: '+1 213 555 0142',
      address: '100 W 1st St, Los Angeles',
      level: 'LEVEL_II',
      status: 'ACTIVE',
      homeDivisionId: divisionId,
      appointedOn: '2026-07-01',
      priorService: 'ACADEMY_GRADUATE',
      recruitId: recruit.id,
      monthlyMinimumHours: 16,
    });
  });

  it('moves the training records to the reserve and the recruit to APPOINTED with a stage change, audited', async () => {
    const { recruit, records } = await aGraduate([core, deEscalation]);
    const reserve = (await appoint(recruit.id)).data!.appointReserve;
    expect(reserve.trainingRecords).toEqual(records.map((r) => ({ id: r.id, moduleId: r.moduleId, recruitId: null, reserveId: reserve.id })));
    const state = await recruitState(recruit.id);
    expect(state.stage).toBe('APPOINTED');
    expect(state.trainingRecords).toEqual([]);
    expect(state.stageHistory.at(-1)).toEqual({ fromStage: 'ACADEMY', toStage: 'APPOINTED', changedBy: 'admin@test.example', note: `Appointed as reserve ${reserve.badgeNumber}` });
    const events = await api.db.query(
      `SELECT action, entity_type AS "entityType", entity_id AS "entityId" FROM audit_event WHERE request_id = (
         SELECT request_id FROM audit_event WHERE entity_type = 'ReserveOfficer' AND entity_id = $1) ORDER BY id`,
      [reserve.id],
    );
    expect(events).toEqual([
      { action: 'CREATE', entityType: 'ReserveOfficer', entityId: reserve.id },
      ...records.map((r) => ({ action: 'UPDATE', entityType: 'TrainingRecord', entityId: r.id })),
      { action: 'STAGE_CHANGE', entityType: 'Recruit', entityId: recruit.id },
    ]);
  });

  it('needs no retired module, and for a Specialist no module at all (monthly minimum 0)', async () => {
    const { recruit } = await aGraduate([core, deEscalation]);
    expect((await appoint(recruit.id, 'LEVEL_II')).errors).toBeUndefined();
    const specialist = await aRecruit(api, { stage: 'ACADEMY' });
    expect((await appoint(specialist.id, 'SPECIALIST')).data!.appointReserve).toMatchObject({ level: 'SPECIALIST', monthlyMinimumHours: 0 });
  });
});

describe('appointReserve refusals: BAD_USER_INPUT listing what is missing, nothing written', () => {
  it('refuses an appointment with one module missing, naming it in extensions.missingModules', async () => {
    const { recruit, records } = await aGraduate([core]);
    const error = firstError(await appoint(recruit.id, 'LEVEL_II'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('The recruit has not passed every module LEVEL_II requires: LD-20 Use of Force / De-escalation');
    expect(error.extensions.missingModules).toEqual([
      { id: deEscalation.id, code: 'LD-20', title: 'Use of Force / De-escalation', reason: 'MISSING', expiredOn: null },
    ]);
    const state = await recruitState(recruit.id);
    expect(state.stage).toBe('ACADEMY');
    expect(state.trainingRecords).toEqual([{ id: records[0].id }]);
    expect(await reservesOf(recruit.id)).toBe(0);
  });

  it('asks for the modules of the level appointed to: a Level II graduate lacks Module I for Level I', async () => {
    const { recruit } = await aGraduate([core, deEscalation]);
    expect(firstError(await appoint(recruit.id, 'LEVEL_I')).extensions.missingModules.map((m: { code: string }) => m.code)).toEqual(['MOD-I']);
  });

  it('counts a failed attempt as missing', async () => {
    const { recruit } = await aGraduate([core]);
    await aTrainingRecord(api, { recruitId: recruit.id, moduleId: deEscalation.id, completedOn: '2026-06-12', passed: false, score: 41 });
    expect(firstError(await appoint(recruit.id)).extensions.missingModules).toMatchObject([{ code: 'LD-20', reason: 'MISSING' }]);
  });

  it('counts a pass that expires on the appointment day as expired, and one that expires the day after as current', async () => {
    const { recruit } = await aGraduate([core]);
    await aTrainingRecord(api, { recruitId: recruit.id, moduleId: deEscalation.id, completedOn: '2025-07-01' });
    expect(firstError(await appoint(recruit.id)).extensions.missingModules).toEqual([
      { id: deEscalation.id, code: 'LD-20', title: 'Use of Force / De-escalation', reason: 'EXPIRED', expiredOn: '2026-07-01' },
    ]);
    const other = (await aGraduate([core])).recruit;
    await aTrainingRecord(api, { recruitId: other.id, moduleId: deEscalation.id, completedOn: '2025-07-02' });
    expect((await appoint(other.id)).errors).toBeUndefined();
  });

  it('appoints only a recruit at ACADEMY', async () => {
    for (const stage of ['MEDICAL_PSYCH', 'WITHDRAWN']) {
      const recruit = await aRecruit(api, { stage, exitReason: stage === 'WITHDRAWN' ? 'Moved away' : undefined });
      const error = firstError(await appoint(recruit.id, 'SPECIALIST'));
      expect([error.code, error.extensions.field, error.message]).toEqual(['BAD_USER_INPUT', 'recruitId', `Only a recruit at ACADEMY can be appointed; this one is at ${stage}`]);
    }
    expect(firstError(await appoint('999999')).code).toBe('NOT_FOUND');
  });

  it('answers CONFLICT for a badge number in use, and writes nothing', async () => {
    const existing = await aReserve(api);
    const { recruit, records } = await aGraduate([core, deEscalation]);
    expect(firstError(await appoint(recruit.id, 'LEVEL_II', { badge: existing.badgeNumber }))).toMatchObject({
      code: 'CONFLICT',
      extensions: { field: 'badgeNumber' },
    });
    const state = await recruitState(recruit.id);
    expect([state.stage, state.trainingRecords]).toEqual(['ACADEMY', records.map((r) => ({ id: r.id }))]);
  });

  it('refuses a malformed badge number and an unknown division, naming the field', async () => {
    const { recruit } = await aGraduate([core, deEscalation]);
    expect(firstError(await appoint(recruit.id, 'LEVEL_II', { badge: 'r 12' })).extensions.field).toBe('badgeNumber');
    expect(firstError(await appoint(recruit.id, 'LEVEL_II', { division: '999999' }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'homeDivisionId' } });
    expect(await reservesOf(recruit.id)).toBe(0);
  });
});

describe('after the appointment', () => {
  it('leaves the recruit where it is: no move, and no correction while the reserve record exists', async () => {
    const { recruit } = await aGraduate([core, deEscalation]);
    await api.ok(APPOINT, { id: recruit.id, badge: `B${unique()}`, level: 'LEVEL_II', division: divisionId });
    const move = await api.gql(`mutation($id: ID!) { moveRecruitToStage(recruitId: $id, stage: WITHDRAWN, note: "x") { id } }`, { id: recruit.id });
    expect(firstError(move).extensions.allowedStages).toEqual([]);
    const correction = await api.gql(`mutation($id: ID!) { correctRecruitStage(recruitId: $id, stage: ACADEMY, note: "oops") { id } }`, { id: recruit.id });
    expect(firstError(correction).message).toMatch(/^The recruit was appointed as reserve B\d+; change the reserve's record instead$/);
  });
});

describe('appointReserve roles', () => {
  it('is for coordinators and administrators: FORBIDDEN to leadership and academy staff', async () => {
    const { recruit } = await aGraduate([core, deEscalation]);
    for (const role of [Role.LEADERSHIP, Role.ACADEMY_STAFF]) expect(firstError(await appoint(recruit.id, 'LEVEL_II', {}, await api.as(role))).code).toBe('FORBIDDEN');
    expect((await appoint(recruit.id, 'LEVEL_II', {}, await api.as(Role.RESERVE_COORDINATOR))).errors).toBeUndefined();
  });
});
