import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { loadConfig } from '../../server/src/config.js';
import { startAnotherApp, startTestApi, type Client, type TestApi } from '../support/api.js';
import { aDivisionRow, aDuty, aReserveRow } from '../support/dashboard-rows.js';

const clock = fixedClock('2026-05-20T19:00:00Z');
let api: TestApi;
let leadership: Client;
const ids: Record<string, number> = {};

const UTILIZATION = `query($from: LocalDate!, $to: LocalDate!, $hourValue: Float) {
  reserveUtilization(from: $from, to: $to, hourValue: $hourValue) {
    from to hours completedAssignments hourValue value monthsOwed monthsMet share
    months { month hours reservesOwing meetingMinimum share }
    levels { level reserves hours averageHours monthsOwed monthsMet share }
    divisions { divisionId divisionName reserves hours averageHours monthsOwed monthsMet share }
    reserves { reserveId badgeNumber lastName level status divisionId divisionName hours completedAssignments monthlyMinimumHours monthsOwed monthsMet }
  }
}`;

/** A completed duty of one reserve (or another outcome), at Los Angeles times. */
function served(reserveId: number, startsAt: string, endsAt: string, crew: { status?: string; hoursServed?: number } = {}) {
  return aDuty(api.db, { divisionId: ids.D1, startsAt, endsAt, crew: [{ reserveId, ...crew }] });
}

beforeAll(async () => {
  api = await startTestApi({ clock });
  leadership = await api.as(Role.LEADERSHIP);
  const db = api.db;
  ids.D1 = await aDivisionRow(db, 1, 12, 'Alpha');
  ids.D2 = await aDivisionRow(db, 2, 12, 'Bravo');
  ids.D3 = await aDivisionRow(db, 3, 12, 'Charlie');
  ids.U1 = await aReserveRow(db, { divisionId: ids.D1, level: 'LEVEL_I' });
  ids.U2 = await aReserveRow(db, { divisionId: ids.D1, level: 'LEVEL_II' });
  ids.U3 = await aReserveRow(db, { divisionId: ids.D2, level: 'LEVEL_III', appointedOn: '2026-02-10' });
  ids.U4 = await aReserveRow(db, { divisionId: ids.D2, level: 'SPECIALIST', monthlyMinimumHours: 0 });
  ids.U5 = await aReserveRow(db, { divisionId: ids.D2, level: 'LEVEL_I', status: 'SEPARATED' });
  ids.U6 = await aReserveRow(db, { divisionId: ids.D2, level: 'LEVEL_I', status: 'INACTIVE' });

  // U1: January 16 h; February 6 (recorded) + 8 (a night starting 28 February, 1 March in UTC) = 14; March 7 (spring forward) + 10 = 17.
  await served(ids.U1, '2026-01-10T08:00:00-08:00', '2026-01-10T16:00:00-08:00');
  await served(ids.U1, '2026-01-20T08:00:00-08:00', '2026-01-20T16:00:00-08:00');
  await served(ids.U1, '2026-02-05T08:00:00-08:00', '2026-02-05T12:00:00-08:00', { hoursServed: 6 });
  await served(ids.U1, '2026-02-28T20:00:00-08:00', '2026-03-01T04:00:00-08:00');
  await served(ids.U1, '2026-03-07T22:00:00-08:00', '2026-03-08T06:00:00-07:00');
  await served(ids.U1, '2026-03-14T08:00:00-07:00', '2026-03-14T18:00:00-07:00');
  // U2: January 16 h; nothing in February; March 20 h recorded; a no-show, a confirmed duty, and a duty after the period do not count.
  await served(ids.U2, '2026-01-12T08:00:00-08:00', '2026-01-12T16:00:00-08:00');
  await served(ids.U2, '2026-01-13T08:00:00-08:00', '2026-01-13T16:00:00-08:00');
  await served(ids.U2, '2026-03-20T08:00:00-07:00', '2026-03-20T12:00:00-07:00', { hoursServed: 20 });
  await served(ids.U2, '2026-03-21T08:00:00-07:00', '2026-03-21T12:00:00-07:00', { status: 'NO_SHOW' });
  await served(ids.U2, '2026-03-22T08:00:00-07:00', '2026-03-22T12:00:00-07:00', { status: 'CONFIRMED' });
  await served(ids.U2, '2026-04-01T00:30:00-07:00', '2026-04-01T04:30:00-07:00');
  // U3, appointed 10 February: 4 h in February (owed nothing then), 16 h recorded in March.
  await served(ids.U3, '2026-02-20T08:00:00-08:00', '2026-02-20T12:00:00-08:00');
  await served(ids.U3, '2026-03-10T08:00:00-07:00', '2026-03-10T16:00:00-07:00', { hoursServed: 16 });
  // U4, a Specialist without a minimum; U5, separated since, served in January.
  await served(ids.U4, '2026-01-15T08:00:00-08:00', '2026-01-15T12:00:00-08:00');
  await served(ids.U5, '2026-01-16T08:00:00-08:00', '2026-01-16T16:00:00-08:00');
});
afterAll(() => api.close());

const reserve = (key: string, level: string, status: string, division: string, hours: number, completed: number, minimum: number, owed: number, met: number) => ({
  reserveId: String(ids[key]),
  badgeNumber: expect.stringMatching(/^D\d{5}$/),
  lastName: expect.stringMatching(/^Reserve /),
  level,
  status,
  divisionId: String(ids[division]),
  divisionName: { D1: 'Alpha', D2: 'Bravo', D3: 'Charlie' }[division],
  hours,
  completedAssignments: completed,
  monthlyMinimumHours: minimum,
  monthsOwed: owed,
  monthsMet: met,
});
const group = (key: { level?: string; division?: string }, reserves: number, hours: number, averageHours: number | null, owed: number, met: number, share: number | null) => ({
  ...(key.level ? { level: key.level } : { divisionId: String(ids[key.division!]), divisionName: { D1: 'Alpha', D2: 'Bravo', D3: 'Charlie' }[key.division!] }),
  reserves,
  hours,
  averageHours,
  monthsOwed: owed,
  monthsMet: met,
  share,
});

describe('reserveUtilization: hours per reserve, the monthly minimum, and the value of the hours', () => {
  it('adds up completed hours per reserve in Los Angeles months, and judges each whole month against the minimum', async () => {
    const { reserveUtilization: result } = await leadership.ok(UTILIZATION, { from: '2026-01-01', to: '2026-04-01' });
    expect({ ...result, months: undefined, levels: undefined, divisions: undefined, reserves: undefined }).toEqual({
      from: '2026-01-01',
      to: '2026-04-01',
      hours: 115,
      completedAssignments: 13,
      hourValue: 46.55,
      value: 5353.25, // 115 h x $46.55
      monthsOwed: 7, // U1 and U2 three months each, U3 March
      monthsMet: 5,
      share: 0.7143,
    });
    expect(result.months).toEqual([
      { month: '2026-01-01', hours: 44, reservesOwing: 2, meetingMinimum: 2, share: 1 },
      { month: '2026-02-01', hours: 18, reservesOwing: 2, meetingMinimum: 0, share: 0 },
      { month: '2026-03-01', hours: 53, reservesOwing: 3, meetingMinimum: 3, share: 1 },
    ]);
    expect(result.reserves).toEqual([
      reserve('U1', 'LEVEL_I', 'ACTIVE', 'D1', 47, 6, 16, 3, 2),
      reserve('U2', 'LEVEL_II', 'ACTIVE', 'D1', 36, 3, 16, 3, 2),
      reserve('U3', 'LEVEL_III', 'ACTIVE', 'D2', 20, 2, 16, 1, 1),
      reserve('U5', 'LEVEL_I', 'SEPARATED', 'D2', 8, 1, 16, 0, 0), // served, so counted, but owes nothing now
      reserve('U4', 'SPECIALIST', 'ACTIVE', 'D2', 4, 1, 0, 0, 0),
    ]);
  });

  it('groups the hours and the share meeting the minimum by level and by home division, every division listed', async () => {
    const { reserveUtilization: result } = await leadership.ok(UTILIZATION, { from: '2026-01-01', to: '2026-04-01' });
    expect(result.levels).toEqual([
      group({ level: 'LEVEL_I' }, 2, 55, 27.5, 3, 2, 0.6667),
      group({ level: 'LEVEL_II' }, 1, 36, 36, 3, 2, 0.6667),
      group({ level: 'LEVEL_III' }, 1, 20, 20, 1, 1, 1),
      group({ level: 'SPECIALIST' }, 1, 4, 4, 0, 0, null),
    ]);
    expect(result.divisions).toEqual([
      group({ division: 'D1' }, 2, 83, 41.5, 6, 4, 0.6667),
      group({ division: 'D2' }, 3, 32, 10.67, 1, 1, 1),
      group({ division: 'D3' }, 0, 0, null, 0, 0, null),
    ]);
  });

  it('judges only the months wholly inside a period that starts or ends mid-month', async () => {
    const { reserveUtilization: result } = await leadership.ok(UTILIZATION, { from: '2026-01-15', to: '2026-03-01' });
    expect(result.months).toEqual([{ month: '2026-02-01', hours: 18, reservesOwing: 2, meetingMinimum: 0, share: 0 }]);
    expect(result.reserves[0]).toMatchObject({ reserveId: String(ids.U1), hours: 22, monthsOwed: 1, monthsMet: 0 }); // 20 Jan, and February
  });

  it('answers an empty period with no hours, no value, and the active reserves who owed the month', async () => {
    const { reserveUtilization: result } = await leadership.ok(UTILIZATION, { from: '2025-01-01', to: '2025-02-01' });
    expect([result.hours, result.completedAssignments, result.value, result.share]).toEqual([0, 0, 0, 0]);
    expect(result.months).toEqual([{ month: '2025-01-01', hours: 0, reservesOwing: 2, meetingMinimum: 0, share: 0 }]);
    expect(result.reserves.map((r: { reserveId: string }) => Number(r.reserveId))).toEqual([ids.U1, ids.U2, ids.U3, ids.U4]);
  });

  it('values the hours at the rate asked for, else at VOLUNTEER_HOUR_VALUE', async () => {
    const asked = await leadership.ok(UTILIZATION, { from: '2026-01-01', to: '2026-04-01', hourValue: 20 });
    expect([asked.reserveUtilization.hourValue, asked.reserveUtilization.value]).toEqual([20, 2300]);
    expect(loadConfig({ VOLUNTEER_HOUR_VALUE: '50' }).dashboards.volunteerHourValue).toBe(50);
    expect(loadConfig({}).dashboards.volunteerHourValue).toBe(46.55);
    expect(() => loadConfig({ VOLUNTEER_HOUR_VALUE: 'forty' })).toThrow(/VOLUNTEER_HOUR_VALUE/);
    const other = await startAnotherApp(api, { clock, dashboards: { volunteerHourValue: 50 } });
    try {
      const settled = await other.client(leadership.cookie).ok(UTILIZATION, { from: '2026-01-01', to: '2026-04-01' });
      expect([settled.reserveUtilization.hourValue, settled.reserveUtilization.value]).toEqual([50, 5750]);
    } finally {
      await other.close();
    }
  });
});
