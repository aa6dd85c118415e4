import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/common/clock.js';
import { dataStatements, startTestApi, type TestApi } from '../support/api.js';
import { aDeployment, aDivision, aModule, aQualifiedReserve, aReserve, aTrainingRecord, anAssignment } from '../support/builders.js';

const clock = fixedClock('2026-11-15T20:00:00Z');
let api: TestApi;
let divisionId: string;

/** A completed duty, written as an administrator's data entry (the raw override path). */
async function served(reserveId: string, startsAt: string, endsAt: string, hoursServed?: number) {
  const deployment = await aDeployment(api, { divisionId, startsAt, endsAt });
  return anAssignment(api, { deploymentId: deployment.id, reserveId, status: 'COMPLETED', ...(hoursServed === undefined ? {} : { hoursServed }) });
}

beforeAll(async () => {
  api = await startTestApi({ clock });
  divisionId = (await aDivision(api)).id;
});
afterAll(() => api.close());

describe('Rule 3: elapsed hours are real hours, across daylight-saving changes', () => {
  it('counts a 22:00-06:00 patrol as 7 hours on the night clocks spring forward and 9 on the night they fall back', async () => {
    const spring = await aDeployment(api, { divisionId, startsAt: '2026-03-07T22:00:00-08:00', endsAt: '2026-03-08T06:00:00-07:00' });
    const autumn = await aDeployment(api, { divisionId, startsAt: '2026-10-31T22:00:00-07:00', endsAt: '2026-11-01T06:00:00-08:00' });
    const read = async (id: string) => (await api.ok(`query($id: ID!) { Deployment(id: $id) { durationHours } }`, { id })).Deployment.durationHours;
    expect([await read(spring.id), await read(autumn.id)]).toEqual([7, 9]);
  });
});

describe('Rule 4: service hours', () => {
  it('adds up completed hours in the Los Angeles month, with the deployment hours unless others were recorded', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId, monthlyMinimumHours: 16 });
    await served(reserve.id, '2026-10-31T22:00:00-07:00', '2026-11-01T06:00:00-08:00'); // starts 1 Nov 05:00 UTC, 31 Oct in LA: 9 h of October
    await served(reserve.id, '2026-11-01T16:00:00-08:00', '2026-11-01T18:00:00-08:00'); // 2 h
    await served(reserve.id, '2026-11-10T08:00:00-08:00', '2026-11-10T16:00:00-08:00', 7.5);
    const seen = await api.ok(`query($id: ID!) { ReserveOfficer(id: $id) { hoursThisMonth meetsMonthlyMinimum monthlyMinimumHours } }`, { id: reserve.id });
    expect(seen.ReserveOfficer).toEqual({ hoursThisMonth: 9.5, meetsMonthlyMinimum: false, monthlyMinimumHours: 16 });
    const october = await api.ok(`query($id: ID!) { reserveHours(reserveId: $id, from: "2026-10-01", to: "2026-10-31") { hours completedAssignments } }`, { id: reserve.id });
    expect(october.reserveHours).toEqual({ hours: 9, completedAssignments: 1 });
    await served(reserve.id, '2026-11-12T08:00:00-08:00', '2026-11-12T16:00:00-08:00');
    const after = await api.ok(`query($id: ID!) { ReserveOfficer(id: $id) { hoursThisMonth meetsMonthlyMinimum } }`, { id: reserve.id });
    expect(after.ReserveOfficer).toEqual({ hoursThisMonth: 17.5, meetsMonthlyMinimum: true });
  });

  it('counts only completed assignments', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const deployment = await aDeployment(api, { divisionId, startsAt: '2026-11-03T08:00:00-08:00', endsAt: '2026-11-03T12:00:00-08:00' });
    await anAssignment(api, { deploymentId: deployment.id, reserveId: reserve.id, status: 'NO_SHOW' });
    expect((await api.ok(`query($id: ID!) { ReserveOfficer(id: $id) { hoursThisMonth } }`, { id: reserve.id })).ReserveOfficer.hoursThisMonth).toBe(0);
  });

  it('loads the hours of a page of reserves in one statement, whatever the page size', async () => {
    const statementsFor = async (perPage: number) => {
      api.statements.length = 0;
      await api.ok(`query($n: Int) { allReserveOfficers(perPage: $n) { id hoursThisMonth meetsMonthlyMinimum } }`, { n: perPage });
      return dataStatements(api).length;
    };
    for (let i = 0; i < 6; i++) await aReserve(api, { homeDivisionId: divisionId });
    expect(await statementsFor(2)).toBe(await statementsFor(8));
  });
});

describe('ineligibleAssignments: training against assignments (2015 Inspector General)', () => {
  it('lists each assignment whose reserve was not qualified at the deployment time, with the reasons, and no others', async () => {
    const module = await aModule(api, { requiredForLevels: ['LEVEL_I'], recertificationMonths: 12, title: 'Crisis intervention' });
    const current = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    await aTrainingRecord(api, { reserveId: current.id, moduleId: module.id, completedOn: '2026-06-01' });
    const lapsed = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    await aTrainingRecord(api, { reserveId: lapsed.id, moduleId: module.id, completedOn: '2025-09-01' }); // expires 2026-09-01
    const levelIII = await aReserve(api, { homeDivisionId: divisionId, level: 'LEVEL_III' });

    const august = await aDeployment(api, { divisionId, startsAt: '2026-08-20T08:00:00-07:00', endsAt: '2026-08-20T12:00:00-07:00', requiredHeadcount: 3 });
    const october = await aDeployment(api, { divisionId, startsAt: '2026-10-20T08:00:00-07:00', endsAt: '2026-10-20T12:00:00-07:00', requiredHeadcount: 3 });
    await anAssignment(api, { deploymentId: august.id, reserveId: lapsed.id });
    const late = await anAssignment(api, { deploymentId: october.id, reserveId: lapsed.id });
    await anAssignment(api, { deploymentId: october.id, reserveId: current.id });
    const wrongLevel = await anAssignment(api, { deploymentId: october.id, reserveId: levelIII.id });

    const report = await api.ok(`{ ineligibleAssignments(from: "2026-08-01T00:00:00Z", to: "2026-11-01T00:00:00Z") { assignment { id reserveId } reasons { code moduleId } } }`);
    expect(report.ineligibleAssignments).toEqual([
      { assignment: { id: late.id, reserveId: lapsed.id }, reasons: [{ code: 'TRAINING_EXPIRED', moduleId: module.id }] },
      { assignment: { id: wrongLevel.id, reserveId: levelIII.id }, reasons: [{ code: 'LEVEL_NOT_PERMITTED', moduleId: null }] },
    ]);
  });
});
