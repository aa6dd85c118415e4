import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { dataStatements, firstError, startAnotherApp, startTestApi, type Client, type TestApi } from '../support/api.js';
import { aDivision, aModule, aRecruit, aReserve, aTrainingRecord } from '../support/builders.js';
import { insertRows } from '../support/rows.js';

// Noon on 15 June 2026 in Los Angeles.
const TODAY = '2026-06-15';
const clock = fixedClock('2026-06-15T19:00:00Z');
let api: TestApi;

const STATUS = `status: trainingStatus { asOf level cptHoursLast24Months cptHoursRequired compliant modules { module { id code } status completedOn expiresOn } }`;
const reserveStatus = async (id: string, client: Client = api) => (await client.ok(`query($id: ID!) { ReserveOfficer(id: $id) { ${STATUS} } }`, { id })).ReserveOfficer.status;
const recruitStatus = async (id: string) => (await api.ok(`query($id: ID!) { Recruit(id: $id) { ${STATUS} } }`, { id })).Recruit.status;
const byModule = (status: { modules: { module: { id: string }; status: string }[] }) =>
  Object.fromEntries(status.modules.map((m) => [m.module.id, m.status]));
const retire = (id: string) => api.ok(`mutation($id: ID!) { updateCurriculumModule(id: $id, active: false) { id } }`, { id });

const EXPIRING = `query($d: Int, $x: Boolean) { expiringTraining(withinDays: $d, includeExpired: $x) {
  reserveId recruitId moduleId completedOn expiresOn daysLeft expired reserve { badgeNumber } recruit { lastName } module { code } } }`;
type Row = { reserveId: string | null; recruitId: string | null; moduleId: string; expiresOn: string; daysLeft: number; expired: boolean };
const expiring = async (variables: { d?: number; x?: boolean } = {}, client: Client = api) => (await client.ok(EXPIRING, variables)).expiringTraining as Row[];

/** Each test retires the modules it made when it ends, so the next one starts from an empty curriculum. */
async function retireAll() {
  await api.db.query(`UPDATE curriculum_module SET active = false`);
}

beforeAll(async () => {
  api = await startTestApi({ clock });
});
afterAll(() => api.close());

describe('trainingStatus: each module the level requires, as of today in Los Angeles', () => {
  it('says CURRENT, EXPIRING, EXPIRED or MISSING with the latest pass and its expiry', async () => {
    const once = await aModule(api, { requiredForLevels: ['LEVEL_I'], code: 'ST-ONCE' });
    const soon = await aModule(api, { requiredForLevels: ['LEVEL_I'], recertificationMonths: 24, code: 'ST-SOON' });
    const gone = await aModule(api, { requiredForLevels: ['LEVEL_I'], recertificationMonths: 12, code: 'ST-GONE' });
    const never = await aModule(api, { requiredForLevels: ['LEVEL_I'], code: 'ST-NEVER' });
    const reserve = await aReserve(api);
    await aTrainingRecord(api, { reserveId: reserve.id, moduleId: once.id, completedOn: '2019-03-02' });
    await aTrainingRecord(api, { reserveId: reserve.id, moduleId: soon.id, completedOn: '2024-07-01' }); // expires 2026-07-01
    await aTrainingRecord(api, { reserveId: reserve.id, moduleId: gone.id, completedOn: '2025-05-01' }); // expired 2026-05-01
    const status = await reserveStatus(reserve.id);
    expect(status).toMatchObject({ asOf: TODAY, level: 'LEVEL_I', compliant: false });
    expect(status.modules).toEqual([
      { module: { id: gone.id, code: 'ST-GONE' }, status: 'EXPIRED', completedOn: '2025-05-01', expiresOn: '2026-05-01' },
      { module: { id: never.id, code: 'ST-NEVER' }, status: 'MISSING', completedOn: null, expiresOn: null },
      { module: { id: once.id, code: 'ST-ONCE' }, status: 'CURRENT', completedOn: '2019-03-02', expiresOn: null },
      { module: { id: soon.id, code: 'ST-SOON' }, status: 'EXPIRING', completedOn: '2024-07-01', expiresOn: '2026-07-01' },
    ]);
    await retireAll();
  });

  it('is EXPIRED on the day a record expires (expiresOn == today) and EXPIRING the day before', async () => {
    const module = await aModule(api, { requiredForLevels: ['LEVEL_II'], recertificationMonths: 12 });
    const onTheDay = await aReserve(api, { level: 'LEVEL_II' });
    const dayBefore = await aReserve(api, { level: 'LEVEL_II' });
    await aTrainingRecord(api, { reserveId: onTheDay.id, moduleId: module.id, completedOn: '2025-06-15' }); // expires today
    await aTrainingRecord(api, { reserveId: dayBefore.id, moduleId: module.id, completedOn: '2025-06-16' }); // expires tomorrow
    expect(byModule(await reserveStatus(onTheDay.id))).toEqual({ [module.id]: 'EXPIRED' });
    expect(byModule(await reserveStatus(dayBefore.id))).toEqual({ [module.id]: 'EXPIRING' });
    await retireAll();
  });

  it('warns 60 days ahead by default, and as many days as TRAINING_EXPIRING_DAYS says', async () => {
    const module = await aModule(api, { requiredForLevels: ['LEVEL_III'], recertificationMonths: 12 });
    const sixtyDays = await aReserve(api, { level: 'LEVEL_III' });
    const sixtyOneDays = await aReserve(api, { level: 'LEVEL_III' });
    await aTrainingRecord(api, { reserveId: sixtyDays.id, moduleId: module.id, completedOn: '2025-08-14' }); // 60 days left
    await aTrainingRecord(api, { reserveId: sixtyOneDays.id, moduleId: module.id, completedOn: '2025-08-15' }); // 61 days left
    expect(byModule(await reserveStatus(sixtyDays.id))).toEqual({ [module.id]: 'EXPIRING' });
    expect(byModule(await reserveStatus(sixtyOneDays.id))).toEqual({ [module.id]: 'CURRENT' });

    const shortWarning = await startAnotherApp(api, { clock, training: { expiringWithinDays: 30 } });
    try {
      expect(byModule(await reserveStatus(sixtyDays.id, shortWarning.client(api.cookie)))).toEqual({ [module.id]: 'CURRENT' });
    } finally {
      await shortWarning.close();
    }
    await retireAll();
  });

  it('does not un-pass a module on a failed attempt after the pass', async () => {
    const module = await aModule(api, { requiredForLevels: ['LEVEL_I'] });
    const reserve = await aReserve(api);
    await aTrainingRecord(api, { reserveId: reserve.id, moduleId: module.id, completedOn: '2026-01-10' });
    await aTrainingRecord(api, { reserveId: reserve.id, moduleId: module.id, completedOn: '2026-03-10', passed: false, score: 20 });
    expect((await reserveStatus(reserve.id)).modules[0]).toMatchObject({ status: 'CURRENT', completedOn: '2026-01-10' });
    await retireAll();
  });

  it('stops requiring a retired module without losing its records', async () => {
    const kept = await aModule(api, { requiredForLevels: ['LEVEL_I'] });
    const retired = await aModule(api, { requiredForLevels: ['LEVEL_I'], recertificationMonths: 12 });
    const reserve = await aReserve(api);
    await aTrainingRecord(api, { reserveId: reserve.id, moduleId: kept.id, completedOn: '2026-01-10' });
    const old = await aTrainingRecord(api, { reserveId: reserve.id, moduleId: retired.id, completedOn: '2025-07-01' }); // expiring
    expect(byModule(await reserveStatus(reserve.id))).toEqual({ [kept.id]: 'CURRENT', [retired.id]: 'EXPIRING' });
    expect((await expiring()).map((row) => row.moduleId)).toContain(retired.id);

    await retire(retired.id);
    expect(byModule(await reserveStatus(reserve.id))).toEqual({ [kept.id]: 'CURRENT' });
    expect((await expiring()).map((row) => row.moduleId)).not.toContain(retired.id);
    const history = await api.ok(`query($id: ID!) { ReserveOfficer(id: $id) { trainingRecords { id module { active } } } }`, { id: reserve.id });
    expect(history.ReserveOfficer.trainingRecords).toContainEqual({ id: old.id, module: { active: false } });
    await retireAll();
  });

  it("judges a recruit against their target level, counting records carried over to the reserve appointed from them", async () => {
    const levelII = await aModule(api, { requiredForLevels: ['LEVEL_II'] });
    const levelIOnly = await aModule(api, { requiredForLevels: ['LEVEL_I'] });
    const recruit = await aRecruit(api, { targetLevel: 'LEVEL_II' });
    expect(byModule(await recruitStatus(recruit.id))).toEqual({ [levelII.id]: 'MISSING' });
    const reserve = await aReserve(api, { level: 'LEVEL_II', recruitId: recruit.id });
    await aTrainingRecord(api, { reserveId: reserve.id, moduleId: levelII.id, completedOn: '2026-02-01' });
    expect(await recruitStatus(recruit.id)).toMatchObject({ level: 'LEVEL_II', modules: [{ module: { id: levelII.id }, status: 'CURRENT' }] });
    expect(byModule(await recruitStatus(recruit.id))).not.toHaveProperty(levelIOnly.id);
    await retireAll();
  });
});

describe('trainingStatus: continuing professional training', () => {
  it('adds passed hours in the 24 months before today for levels I and II, and asks for 24 of them', async () => {
    const reserve = await aReserve(api, { level: 'LEVEL_II' });
    await aTrainingRecord(api, { reserveId: reserve.id, hours: 20, completedOn: '2025-01-10' });
    await aTrainingRecord(api, { reserveId: reserve.id, hours: 8, completedOn: '2024-06-15' }); // exactly 24 months before: outside
    await aTrainingRecord(api, { reserveId: reserve.id, hours: 6, completedOn: '2026-05-01', passed: false, score: 30 });
    expect(await reserveStatus(reserve.id)).toMatchObject({ cptHoursLast24Months: 20, cptHoursRequired: 24, compliant: false });
    await aTrainingRecord(api, { reserveId: reserve.id, hours: 4, completedOn: '2026-06-15' });
    expect(await reserveStatus(reserve.id)).toMatchObject({ cptHoursLast24Months: 24, compliant: true });
    await retireAll();
  });

  it('answers no CPT hours for Level III reserves, who owe none', async () => {
    const reserve = await aReserve(api, { level: 'LEVEL_III' });
    await aTrainingRecord(api, { reserveId: reserve.id, hours: 4, completedOn: '2026-01-10' });
    expect(await reserveStatus(reserve.id)).toMatchObject({ cptHoursLast24Months: null, cptHoursRequired: null, compliant: true, modules: [] });
    await retireAll();
  });
});

describe('trainingStatus: batched', () => {
  it('sends as many statements for a page of 60 reserves as for a page of 6', async () => {
    const { id: divisionId } = await aDivision(api);
    await aModule(api, { requiredForLevels: ['LEVEL_I'], recertificationMonths: 12 });
    const reserveIds = await insertRows(
      api.db,
      'reserve_officer',
      Array.from({ length: 60 }, (_, i) => ({
        badge_number: `B${70_000 + i}`,
        first_name: 'Batch',
        last_name: `Batch${String(i).padStart(2, '0')}`,
        level: 'LEVEL_I',
        home_division_id: divisionId,
        appointed_on: '2020-01-01',
        prior_service: 'LATERAL',
        monthly_minimum_hours: 16,
      })),
    );
    const [{ id: moduleId }] = await api.db.query(`SELECT id FROM curriculum_module WHERE active`);
    await insertRows(api.db, 'training_record', reserveIds.map((reserveId) => ({ reserve_id: reserveId, module_id: moduleId, completed_on: '2026-01-01', passed: true, hours: 4, expires_on: '2027-01-01' })));
    const PAGE = `query($n: Int!) { allReserveOfficers(perPage: $n, filter: { firstName: "Batch" }) { id trainingStatus { compliant modules { status module { code } } } } }`;
    const count = async (n: number) => {
      api.statements.length = 0;
      const page = (await api.ok(PAGE, { n })).allReserveOfficers;
      expect(page).toHaveLength(n);
      expect(page[n - 1].trainingStatus.modules).toEqual([{ status: 'CURRENT', module: expect.any(Object) }]);
      return dataStatements(api).length;
    };
    const small = await count(6);
    expect(await count(60)).toBe(small);
    expect(small).toBe(3); // the reserves, their records, the curriculum
    await retireAll();
  });
});

describe('expiringTraining: who needs recertification soon', () => {
  it('lists active reserves and academy recruits whose latest pass of a required module expires within N days, soonest first', async () => {
    const module = await aModule(api, { requiredForLevels: ['LEVEL_I', 'LEVEL_II'], recertificationMonths: 12, code: 'EX-1' });
    const notRequired = await aModule(api, { requiredForLevels: ['LEVEL_III'], recertificationMonths: 12 });
    const in10 = await aReserve(api, { badgeNumber: 'EX-10' });
    const in40 = await aReserve(api, { badgeNumber: 'EX-40' });
    const in90 = await aReserve(api);
    const renewed = await aReserve(api);
    const inactive = await aReserve(api, { status: 'INACTIVE' });
    const cadet = await aRecruit(api, { stage: 'ACADEMY', targetLevel: 'LEVEL_II', lastName: 'Cadet' });
    const prospect = await aRecruit(api, { targetLevel: 'LEVEL_II' });
    await aTrainingRecord(api, { reserveId: in10.id, moduleId: module.id, completedOn: '2025-06-25' });
    await aTrainingRecord(api, { reserveId: in10.id, moduleId: notRequired.id, completedOn: '2025-06-25' });
    await aTrainingRecord(api, { reserveId: in40.id, moduleId: module.id, completedOn: '2025-07-25' });
    await aTrainingRecord(api, { reserveId: in90.id, moduleId: module.id, completedOn: '2025-09-13' });
    await aTrainingRecord(api, { reserveId: renewed.id, moduleId: module.id, completedOn: '2025-06-20' });
    await aTrainingRecord(api, { reserveId: renewed.id, moduleId: module.id, completedOn: '2026-06-01' });
    await aTrainingRecord(api, { reserveId: inactive.id, moduleId: module.id, completedOn: '2025-06-20' });
    await aTrainingRecord(api, { recruitId: cadet.id, moduleId: module.id, completedOn: '2025-07-01' });
    await aTrainingRecord(api, { recruitId: prospect.id, moduleId: module.id, completedOn: '2025-07-01' });

    expect(await expiring()).toEqual([
      expect.objectContaining({ reserveId: in10.id, recruitId: null, moduleId: module.id, expiresOn: '2026-06-25', daysLeft: 10, expired: false, reserve: { badgeNumber: 'EX-10' }, module: { code: 'EX-1' } }),
      expect.objectContaining({ reserveId: null, recruitId: cadet.id, expiresOn: '2026-07-01', daysLeft: 16, recruit: { lastName: 'Cadet' }, reserve: null }),
      expect.objectContaining({ reserveId: in40.id, expiresOn: '2026-07-25', daysLeft: 40 }),
    ]);
    expect((await expiring({ d: 20 })).map((row) => row.reserveId ?? row.recruitId)).toEqual([in10.id, cadet.id]);
    expect((await expiring({ d: 90 })).map((row) => row.reserveId ?? row.recruitId)).toEqual([in10.id, cadet.id, in40.id, in90.id]);
    await retireAll();
  });

  it('adds those already expired, flagged, only when asked; the day of expiry counts as expired', async () => {
    const module = await aModule(api, { requiredForLevels: ['LEVEL_I'], recertificationMonths: 12 });
    const lapsed = await aReserve(api);
    const today = await aReserve(api);
    await aTrainingRecord(api, { reserveId: lapsed.id, moduleId: module.id, completedOn: '2024-01-05' });
    await aTrainingRecord(api, { reserveId: today.id, moduleId: module.id, completedOn: '2025-06-15' });
    expect(await expiring()).toEqual([]);
    expect(await expiring({ x: true })).toEqual([
      expect.objectContaining({ reserveId: lapsed.id, expiresOn: '2025-01-05', daysLeft: -526, expired: true }),
      expect.objectContaining({ reserveId: today.id, expiresOn: '2026-06-15', daysLeft: 0, expired: true }),
    ]);
    await retireAll();
  });

  it('refuses a negative window with BAD_USER_INPUT naming withinDays', async () => {
    expect(firstError(await api.gql(EXPIRING, { d: -1 }))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'withinDays' } });
  });

  it('is read by every role: academy staff, coordinators and leadership', async () => {
    for (const role of [Role.ACADEMY_STAFF, Role.RESERVE_COORDINATOR, Role.LEADERSHIP]) {
      expect(await expiring({}, await api.as(role))).toEqual([]);
    }
  });
});
