import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { aDeployment, aDivision, aModule, aQualifiedReserve, aReserve, aTrainingRecord } from '../support/builders.js';

let api: TestApi;
let divisionId: string;

const ELIGIBILITY = `query($r: ID!, $d: ID!) { reserveEligibility(reserveId: $r, deploymentId: $d) { eligible reasons { code message moduleId deploymentId } } }`;
const eligibility = async (reserveId: string, deploymentId: string) =>
  (await api.ok(ELIGIBILITY, { r: reserveId, d: deploymentId })).reserveEligibility as {
    eligible: boolean;
    reasons: { code: string; message: string; moduleId: string | null; deploymentId: string | null }[];
  };
const codes = async (reserveId: string, deploymentId: string) => (await eligibility(reserveId, deploymentId)).reasons.map((r) => r.code);
const ASSIGN = `mutation($d: ID!, $r: ID!) { assignReserve(deploymentId: $d, reserveId: $r) { id status } }`;
const assign = (deploymentId: string, reserveId: string) => api.ok(ASSIGN, { d: deploymentId, r: reserveId });

/** A patrol in Los Angeles local time on a December 2026 day (UTC-08:00). */
const patrol = (day: number, from: number, to: number, overrides: Record<string, unknown> = {}) =>
  aDeployment(api, {
    divisionId,
    startsAt: `2026-12-${String(day).padStart(2, '0')}T${String(from).padStart(2, '0')}:00:00-08:00`,
    endsAt: `2026-12-${String(day).padStart(2, '0')}T${String(to).padStart(2, '0')}:00:00-08:00`,
    requiredHeadcount: 3,
    ...overrides,
  });

beforeAll(async () => {
  api = await startTestApi();
  divisionId = (await aDivision(api)).id;
});
afterAll(() => api.close());

describe('Rule 2: who may be assigned to a visibility patrol', () => {
  it('finds an active Level I reserve with current training and 24 CPT hours eligible', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    expect(await eligibility(reserve.id, (await patrol(1, 8, 16)).id)).toEqual({ eligible: true, reasons: [] });
  });

  it('refuses a reserve who is not active (NOT_ACTIVE)', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId, status: 'LEAVE' });
    expect(await codes(reserve.id, (await patrol(1, 8, 16)).id)).toEqual(['NOT_ACTIVE']);
  });

  it('refuses Level III and Specialists for field patrol (LEVEL_NOT_PERMITTED, POST H-1) but not for traffic control', async () => {
    const deployment = await patrol(1, 8, 16);
    const levelIII = await aQualifiedReserve(api, { homeDivisionId: divisionId, level: 'LEVEL_III' });
    const specialist = await aQualifiedReserve(api, { homeDivisionId: divisionId, level: 'SPECIALIST' });
    expect(await codes(levelIII.id, deployment.id)).toEqual(['LEVEL_NOT_PERMITTED']);
    expect(await codes(specialist.id, deployment.id)).toEqual(['LEVEL_NOT_PERMITTED']);
    const traffic = await patrol(2, 8, 16, { kind: 'TRAFFIC_CONTROL' });
    expect(await codes(levelIII.id, traffic.id)).toEqual([]);
  });

  it('names each required module missing (TRAINING_MISSING) or expired on the day of the patrol (TRAINING_EXPIRED)', async () => {
    const missing = await aModule(api, { requiredForLevels: ['LEVEL_II'], title: 'De-escalation' });
    const expiring = await aModule(api, { requiredForLevels: ['LEVEL_II'], title: 'Use of force', recertificationMonths: 12 });
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId, level: 'LEVEL_II' });
    await aTrainingRecord(api, { reserveId: reserve.id, moduleId: expiring.id, completedOn: '2025-12-03' }); // expires 2026-12-03
    const levelI = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const before = await patrol(2, 8, 12);
    await assign(before.id, levelI.id);
    const found = await eligibility(reserve.id, before.id);
    expect(found.reasons).toEqual([expect.objectContaining({ code: 'TRAINING_MISSING', moduleId: missing.id })]);
    expect(found.reasons[0].message).toContain('De-escalation');

    const onExpiry = await patrol(3, 8, 12);
    await assign(onExpiry.id, levelI.id);
    const reasons = (await eligibility(reserve.id, onExpiry.id)).reasons;
    expect(reasons.map((r) => [r.code, r.moduleId])).toEqual([
      ['TRAINING_MISSING', missing.id],
      ['TRAINING_EXPIRED', expiring.id],
    ]);
    // Retired again, so the Level II reserves of later tests need not hold them.
    for (const id of [missing.id, expiring.id]) await api.ok(`mutation($id: ID!) { updateCurriculumModule(id: $id, active: false) { id } }`, { id });
  });

  it('stops requiring a module once it is retired, without losing its records', async () => {
    const retired = await aModule(api, { requiredForLevels: ['LEVEL_I'], active: false });
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    expect(await codes(reserve.id, (await patrol(4, 8, 12)).id)).toEqual([]);
    expect(retired.active).toBe(false);
  });

  it('requires 24 hours of continuing training in the 24 months before the patrol for levels I and II (CPT_HOURS_SHORT)', async () => {
    const reserve = await aReserve(api, { homeDivisionId: divisionId });
    await aTrainingRecord(api, { reserveId: reserve.id, hours: 20, completedOn: '2025-06-01' });
    await aTrainingRecord(api, { reserveId: reserve.id, hours: 10, completedOn: '2024-11-01' }); // older than 24 months
    await aTrainingRecord(api, { reserveId: reserve.id, hours: 10, completedOn: '2026-06-01', passed: false });
    const found = await eligibility(reserve.id, (await patrol(5, 8, 12)).id);
    expect(found.reasons.map((r) => r.code)).toEqual(['CPT_HOURS_SHORT']);
    expect(found.reasons[0].message).toContain('20 training hours');
  });

  it('refuses a patrol that overlaps another duty (OVERLAP) or leaves less than 8 hours of rest (REST_TOO_SHORT), naming it', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    const first = await patrol(7, 8, 16);
    await assign(first.id, reserve.id);
    const overlapping = await eligibility(reserve.id, (await patrol(7, 12, 20)).id);
    expect(overlapping.reasons).toEqual([expect.objectContaining({ code: 'OVERLAP', deploymentId: first.id })]);
    const tooSoon = await eligibility(reserve.id, (await patrol(7, 20, 23)).id);
    expect(tooSoon.reasons).toEqual([expect.objectContaining({ code: 'REST_TOO_SHORT', deploymentId: first.id })]);
    expect(await codes(reserve.id, (await aDeployment(api, { divisionId, startsAt: '2026-12-08T00:00:00-08:00', endsAt: '2026-12-08T04:00:00-08:00' })).id)).toEqual([]);
  });

  it('refuses more than 24 hours in one Los Angeles week, Monday to Sunday (WEEKLY_MAX_EXCEEDED)', async () => {
    const reserve = await aQualifiedReserve(api, { homeDivisionId: divisionId });
    for (const day of [14, 15, 16]) await assign((await patrol(day, 8, 16)).id, reserve.id); // Mon-Wed, 24 h
    expect(await codes(reserve.id, (await patrol(20, 8, 10)).id)).toEqual(['WEEKLY_MAX_EXCEEDED']); // Sunday
    expect(await codes(reserve.id, (await patrol(21, 8, 10)).id)).toEqual([]); // next Monday
  });

  it('puts a Level II on patrol only beside a Level I (NEEDS_LEVEL_I)', async () => {
    const deployment = await patrol(9, 8, 16);
    const levelII = await aQualifiedReserve(api, { homeDivisionId: divisionId, level: 'LEVEL_II' });
    expect(await codes(levelII.id, deployment.id)).toEqual(['NEEDS_LEVEL_I']);
    await assign(deployment.id, (await aQualifiedReserve(api, { homeDivisionId: divisionId })).id);
    expect(await codes(levelII.id, deployment.id)).toEqual([]);
  });

  it('refuses a patrol whose places are all taken (HEADCOUNT_FULL)', async () => {
    const deployment = await patrol(10, 8, 16, { requiredHeadcount: 1 });
    await assign(deployment.id, (await aQualifiedReserve(api, { homeDivisionId: divisionId })).id);
    expect(await codes((await aQualifiedReserve(api, { homeDivisionId: divisionId })).id, deployment.id)).toEqual(['HEADCOUNT_FULL']);
  });

  it('lists every reason at once, so the coordinator sees all that stands in the way', async () => {
    const reserve = await aReserve(api, { homeDivisionId: divisionId, level: 'LEVEL_III', status: 'INACTIVE' });
    expect(await codes(reserve.id, (await patrol(11, 8, 16)).id)).toEqual(['NOT_ACTIVE', 'LEVEL_NOT_PERMITTED']);
  });
});

describe('eligibleReserves: candidates ranked for a patrol', () => {
  it('ranks the eligible first, then the home division, then those furthest below their monthly minimum, with reasons for the rest', async () => {
    const local = await aDivision(api);
    const deployment = await aDeployment(api, { divisionId: local.id, startsAt: '2026-12-12T08:00:00-08:00', endsAt: '2026-12-12T12:00:00-08:00', requiredHeadcount: 4 });
    const elsewhere = await aQualifiedReserve(api, { homeDivisionId: divisionId, monthlyMinimumHours: 40 });
    const home = await aQualifiedReserve(api, { homeDivisionId: local.id, monthlyMinimumHours: 8 });
    const homeNeedy = await aQualifiedReserve(api, { homeDivisionId: local.id, monthlyMinimumHours: 30 });
    const ineligible = await aReserve(api, { homeDivisionId: local.id, level: 'LEVEL_III' });
    const page = (
      await api.ok(`query($d: ID!) { eligibleReserves(deploymentId: $d, perPage: 500) { total eligibleCount candidates { reserve { id } eligible homeDivision hoursBelowMinimum reasons { code } } } }`, {
        d: deployment.id,
      })
    ).eligibleReserves;
    const order = page.candidates.map((c: { reserve: { id: string } }) => c.reserve.id);
    expect(order.indexOf(homeNeedy.id)).toBeLessThan(order.indexOf(home.id));
    expect(order.indexOf(home.id)).toBeLessThan(order.indexOf(elsewhere.id));
    const last = page.candidates.find((c: { reserve: { id: string } }) => c.reserve.id === ineligible.id);
    expect(last).toMatchObject({ eligible: false, homeDivision: true, reasons: [{ code: 'LEVEL_NOT_PERMITTED' }] });
    expect(order.indexOf(ineligible.id)).toBeGreaterThan(order.indexOf(elsewhere.id));
    expect(page.eligibleCount).toBeLessThan(page.total);
  });
});
