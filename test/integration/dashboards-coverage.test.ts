import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { lapdDivisions } from '../../server/src/seed/seed.js';
import { startTestApi, type Client, type TestApi } from '../support/api.js';
import { aDuty, aReserveRow } from '../support/dashboard-rows.js';
import { insertRows } from '../support/rows.js';

let api: TestApi;
let leadership: Client;
/** Division ids by area id; targets of 10, 12 or 14 hours a week (252 for the city). */
const divisionOf = new Map<number, number>();
const targetOf = (areaId: number) => 10 + (areaId % 3) * 2;
const CITY_TARGET = 252;
const CENTRAL = 1;
const RAMPART = 2;

const COVERAGE = `query($from: LocalDate!, $to: LocalDate!) {
  divisionCoverage(from: $from, to: $to) {
    from to scheduledHours servedHours targetHours gapHours fillRate
    weeks { week startsAt endsAt hours }
    divisions {
      divisionId areaId name weeklyTargetHours scheduledHours servedHours gapHours weeksBelowTarget
      weeks { week patrols scheduledHours servedHours targetHours requiredHeadcount activeAssignments fillRate gapHours }
    }
  }
}`;

const empty = (week: string, target: number) => ({
  week,
  patrols: 0,
  scheduledHours: 0,
  servedHours: 0,
  targetHours: target,
  requiredHeadcount: 0,
  activeAssignments: 0,
  fillRate: null,
  gapHours: target,
});

async function coverage(from: string, to: string) {
  return (await leadership.ok(COVERAGE, { from, to })).divisionCoverage;
}

const divisionRow = (result: { divisions: { areaId: number; weeks: unknown[] }[] }, areaId: number) => result.divisions.find((d) => d.areaId === areaId)!;

beforeAll(async () => {
  api = await startTestApi();
  leadership = await api.as(Role.LEADERSHIP);
  const ids = await insertRows(
    api.db,
    'division',
    lapdDivisions.map((d) => ({ area_id: d.areaId, name: d.name, bureau: d.bureau, weekly_target_hours: targetOf(d.areaId) })),
  );
  lapdDivisions.forEach((d, i) => divisionOf.set(d.areaId, ids[i]));
  const central = divisionOf.get(CENTRAL)!;
  const rampart = divisionOf.get(RAMPART)!;
  const crew = await Promise.all([1, 2, 3, 4, 5].map(() => aReserveRow(api.db, { divisionId: central })));

  // The week of Monday 2 March 2026 holds the spring-forward night (Sunday 8 March): 167 hours.
  // Central: a 22:00-06:00 patrol that night (7 real hours), two reserves served (one recorded 5 h).
  await aDuty(api.db, {
    divisionId: central,
    startsAt: '2026-03-07T22:00:00-08:00',
    endsAt: '2026-03-08T06:00:00-07:00',
    headcount: 2,
    crew: [{ reserveId: crew[0] }, { reserveId: crew[1], hoursServed: 5 }],
  });
  // A 4-hour morning patrol for three: one confirmed, one declined.
  await aDuty(api.db, {
    divisionId: central,
    startsAt: '2026-03-02T08:00:00-08:00',
    endsAt: '2026-03-02T12:00:00-08:00',
    headcount: 3,
    crew: [{ reserveId: crew[2], status: 'CONFIRMED' }, { reserveId: crew[3], status: 'DECLINED' }],
  });
  // Not patrol coverage: a cancelled patrol, and event security with a reserve who served.
  await aDuty(api.db, { divisionId: central, startsAt: '2026-03-03T08:00:00-08:00', endsAt: '2026-03-03T12:00:00-08:00', status: 'CANCELLED' });
  await aDuty(api.db, {
    divisionId: central,
    kind: 'EVENT_SECURITY',
    startsAt: '2026-03-04T17:00:00-08:00',
    endsAt: '2026-03-04T23:00:00-08:00',
    crew: [{ reserveId: crew[4] }],
  });
  // Rampart: a patrol from 22:00 on Sunday 8 March to 02:00 Monday: Monday in UTC, Sunday's week in Los Angeles.
  await aDuty(api.db, { divisionId: rampart, startsAt: '2026-03-08T22:00:00-07:00', endsAt: '2026-03-09T02:00:00-07:00' });

  // The week of Monday 26 October 2026 holds the fall-back night (Sunday 1 November): 169 hours.
  await aDuty(api.db, {
    divisionId: rampart,
    startsAt: '2026-10-31T22:00:00-07:00',
    endsAt: '2026-11-01T06:00:00-08:00',
    crew: [{ reserveId: crew[0] }],
  });
  await aDuty(api.db, { divisionId: rampart, status: 'DRAFT', startsAt: '2026-11-01T20:00:00-08:00', endsAt: '2026-11-01T23:00:00-08:00' });
});
afterAll(() => api.close());

describe('divisionCoverage: patrol hours per division and Los Angeles week against the target', () => {
  it('lists the whole weeks the period overlaps, with their real length: 167 hours in the week the clocks spring forward', async () => {
    const result = await coverage('2026-03-04', '2026-03-16');
    expect(result.weeks).toEqual([
      { week: '2026-03-02', startsAt: '2026-03-02T08:00:00.000Z', endsAt: '2026-03-09T07:00:00.000Z', hours: 167 },
      { week: '2026-03-09', startsAt: '2026-03-09T07:00:00.000Z', endsAt: '2026-03-16T07:00:00.000Z', hours: 168 },
    ]);
  });

  it('counts real elapsed patrol hours, served hours, fill and gap, in the week a patrol starts in Los Angeles', async () => {
    const result = await coverage('2026-03-04', '2026-03-16');
    expect(divisionRow(result, CENTRAL)).toEqual({
      divisionId: String(divisionOf.get(CENTRAL)),
      areaId: CENTRAL,
      name: 'Central',
      weeklyTargetHours: 12,
      scheduledHours: 11,
      servedHours: 12,
      gapHours: 1 + 12,
      weeksBelowTarget: 2,
      weeks: [
        // 7 h (the short night) + 4 h; served 7 + 5; places 2 + 3, active 2 completed + 1 confirmed
        { week: '2026-03-02', patrols: 2, scheduledHours: 11, servedHours: 12, targetHours: 12, requiredHeadcount: 5, activeAssignments: 3, fillRate: 0.6, gapHours: 1 },
        empty('2026-03-09', 12),
      ],
    });
    expect(divisionRow(result, RAMPART).weeks).toEqual([
      { week: '2026-03-02', patrols: 1, scheduledHours: 4, servedHours: 0, targetHours: 14, requiredHeadcount: 1, activeAssignments: 0, fillRate: 0, gapHours: 10 },
      empty('2026-03-09', 14),
    ]);
  });

  it('shows all 21 divisions, those without patrols at zero with their whole target as the gap, and the city totals', async () => {
    const result = await coverage('2026-03-04', '2026-03-16');
    expect(result.divisions.map((d: { areaId: number }) => d.areaId)).toEqual(lapdDivisions.map((d) => d.areaId).sort((a, b) => a - b));
    const topanga = divisionRow(result, 21);
    expect(topanga).toMatchObject({ name: 'Topanga', scheduledHours: 0, servedHours: 0, gapHours: 2 * targetOf(21), weeksBelowTarget: 2 });
    expect(topanga.weeks).toEqual([empty('2026-03-02', targetOf(21)), empty('2026-03-09', targetOf(21))]);
    expect({ scheduled: result.scheduledHours, served: result.servedHours, target: result.targetHours, gap: result.gapHours, fill: result.fillRate }).toEqual({
      scheduled: 15,
      served: 12,
      target: 2 * CITY_TARGET,
      gap: 2 * CITY_TARGET - 11 - 4,
      fill: 0.5, // 3 active of 6 places
    });
  });

  it('counts 9 hours for the night the clocks fall back, in a 169-hour week, drafts included', async () => {
    const result = await coverage('2026-10-26', '2026-11-02');
    expect(result.weeks).toEqual([{ week: '2026-10-26', startsAt: '2026-10-26T07:00:00.000Z', endsAt: '2026-11-02T08:00:00.000Z', hours: 169 }]);
    expect(divisionRow(result, RAMPART).weeks).toEqual([
      { week: '2026-10-26', patrols: 2, scheduledHours: 12, servedHours: 9, targetHours: 14, requiredHeadcount: 2, activeAssignments: 1, fillRate: 0.5, gapHours: 2 },
    ]);
  });

  it('answers a period without patrols with every division at zero and the whole target as the gap', async () => {
    const result = await coverage('2027-01-04', '2027-01-11');
    expect(result.divisions).toHaveLength(21);
    expect(result.divisions.every((d: { weeks: unknown[]; weeklyTargetHours: number }) => JSON.stringify(d.weeks) === JSON.stringify([empty('2027-01-04', d.weeklyTargetHours)]))).toBe(true);
    expect([result.scheduledHours, result.servedHours, result.gapHours, result.fillRate]).toEqual([0, 0, CITY_TARGET, null]);
  });
});
