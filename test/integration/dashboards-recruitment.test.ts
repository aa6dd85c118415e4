import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { startTestApi, testEmail, TEST_PASSWORD, type Client, type TestApi } from '../support/api.js';
import { recruitWithHistory } from '../support/dashboard-rows.js';

/** Noon in Los Angeles on 15 June 2026: recruits still in a stage count up to here. */
const NOW = '2026-06-15T19:00:00Z';
const clock = fixedClock(NOW);
let api: TestApi;
let leadership: Client;

const FUNNEL = `query($from: LocalDate!, $to: LocalDate!, $source: RecruitSource) {
  recruitmentFunnel(from: $from, to: $to, source: $source) {
    from to source asOf recruits
    stages { stage position reached conversionFromPrevious medianDaysInStage inStageNow withdrawn disqualified }
    exits { exitStage fromStage reason recruits }
  }
}`;
const TREND = `query($from: LocalDate!, $to: LocalDate!) {
  recruitmentTrend(from: $from, to: $to) { from to newProspects applications appointments months { month newProspects applications appointments } }
}`;

const STAGES = ['PROSPECT', 'ORIENTATION', 'APPLICATION', 'WRITTEN_TEST', 'BACKGROUND', 'MEDICAL_PSYCH', 'ACADEMY', 'APPOINTED'];
/** A funnel row: [reached, conversion, median days, in stage now, withdrawn, disqualified]. */
type Row = [number, number | null, number | null, number, number, number];
const rowsOf = (rows: Row[]) =>
  rows.map(([reached, conversionFromPrevious, medianDaysInStage, inStageNow, withdrawn, disqualified], i) => ({
    stage: STAGES[i],
    position: i + 1,
    reached,
    conversionFromPrevious,
    medianDaysInStage,
    inStageNow,
    withdrawn,
    disqualified,
  }));
const round2 = (n: number) => Math.round(n * 100) / 100;

beforeAll(async () => {
  api = await startTestApi({ clock });
  leadership = await api.as(Role.LEADERSHIP);
  const db = api.db;
  // R1: 10 days a prospect, 10 at orientation, 20 at application, at the written test since 14 February.
  await recruitWithHistory(db, [
    ['PROSPECT', '2026-01-05T09:00:00-08:00'],
    ['ORIENTATION', '2026-01-15T09:00:00-08:00'],
    ['APPLICATION', '2026-01-25T09:00:00-08:00'],
    ['WRITTEN_TEST', '2026-02-14T09:00:00-08:00'],
  ]);
  // R2: withdraws from APPLICATION after 6 days.
  await recruitWithHistory(
    db,
    [
      ['PROSPECT', '2026-01-10T10:00:00-08:00'],
      ['ORIENTATION', '2026-01-12T10:00:00-08:00'],
      ['APPLICATION', '2026-01-20T10:00:00-08:00'],
      ['WITHDRAWN', '2026-01-26T10:00:00-08:00'],
    ],
    { source: 'REFERRAL', exitReason: 'Family obligations' },
  );
  // R3: entered at APPLICATION (an import); disqualified from BACKGROUND 28 days later on the clock,
  // across the night clocks spring forward: 27 days 23 hours.
  await recruitWithHistory(
    db,
    [
      ['APPLICATION', '2026-02-01T09:00:00-08:00'],
      ['WRITTEN_TEST', '2026-02-05T09:00:00-08:00'],
      ['BACKGROUND', '2026-02-15T09:00:00-08:00'],
      ['DISQUALIFIED', '2026-03-15T09:00:00-07:00'],
    ],
    { exitReason: 'Background: financial history' },
  );
  // R4: entered at 23:30 on 31 March in Los Angeles (1 April in UTC), a prospect ever since.
  await recruitWithHistory(db, [['PROSPECT', '2026-03-31T23:30:00-07:00']], { source: 'EVENT' });
  // R5 and R6: entered just after and just before the first quarter, in Los Angeles.
  await recruitWithHistory(db, [['PROSPECT', '2026-04-01T00:30:00-07:00']]);
  await recruitWithHistory(db, [['PROSPECT', '2025-12-31T23:00:00-08:00']]);
  // R7: a day at each stage, 113 days (less the hour clocks skip) at the academy, appointed 1 May.
  await recruitWithHistory(
    db,
    [
      ['PROSPECT', '2026-01-02T09:00:00-08:00'],
      ['ORIENTATION', '2026-01-03T09:00:00-08:00'],
      ['APPLICATION', '2026-01-04T09:00:00-08:00'],
      ['WRITTEN_TEST', '2026-01-05T09:00:00-08:00'],
      ['BACKGROUND', '2026-01-06T09:00:00-08:00'],
      ['MEDICAL_PSYCH', '2026-01-07T09:00:00-08:00'],
      ['ACADEMY', '2026-01-08T09:00:00-08:00'],
      ['APPOINTED', '2026-05-01T09:00:00-07:00'],
    ],
    { source: 'REFERRAL' },
  );
  // R8: applied in November 2025, took the written test in January 2026.
  await recruitWithHistory(db, [
    ['PROSPECT', '2025-11-01T09:00:00-07:00'],
    ['ORIENTATION', '2025-11-10T09:00:00-08:00'],
    ['APPLICATION', '2025-11-20T09:00:00-08:00'],
    ['WRITTEN_TEST', '2026-01-10T09:00:00-08:00'],
  ]);
});
afterAll(() => api.close());

describe('recruitmentFunnel: reached, conversion, time in stage and exits, from the stage history', () => {
  it('counts the cohort that entered in the first quarter (Los Angeles dates) at every stage it reached, with conversions and median days', async () => {
    const { recruitmentFunnel: funnel } = await leadership.ok(FUNNEL, { from: '2026-01-01', to: '2026-04-01' });
    const stillWritten = round2(121 + 2 / 24); // R1: 14 Feb 09:00 PST to 15 Jun 12:00 PDT
    expect(stillWritten).toBe(121.08);
    expect({ ...funnel, stages: undefined, exits: undefined }).toEqual({ from: '2026-01-01', to: '2026-04-01', source: null, asOf: '2026-06-15T19:00:00.000Z', recruits: 5 });
    expect(funnel.stages).toEqual(
      rowsOf([
        [5, null, 6, 1, 0, 0], // R1 10, R2 2, R4 75.52 (still), R7 1 days: median 6; R3 entered later but reached it
        [4, 0.8, 8, 0, 0, 0], // R1 10, R2 8, R7 1
        [4, 1, 5, 0, 1, 0], // R1 20, R2 6, R3 4, R7 1; R2 withdrew from here
        [3, 0.75, 10, 1, 0, 0], // R1 121.08 (still), R3 10, R7 1
        [2, 0.6667, round2((27 + 23 / 24 + 1) / 2), 0, 0, 1], // R3 27 d 23 h (DST), R7 1: 14.48, not 14.5
        [1, 0.5, 1, 0, 0, 0],
        [1, 1, round2(113 - 1 / 24), 0, 0, 0], // R7 8 Jan to 1 May, across the spring-forward night
        [1, 1, null, 1, 0, 0], // nobody stays "in" APPOINTED
      ]),
    );
    expect(funnel.exits).toEqual([
      { exitStage: 'WITHDRAWN', fromStage: 'APPLICATION', reason: 'Family obligations', recruits: 1 },
      { exitStage: 'DISQUALIFIED', fromStage: 'BACKGROUND', reason: 'Background: financial history', recruits: 1 },
    ]);
  });

  it('narrows the cohort to one source', async () => {
    const { recruitmentFunnel: funnel } = await leadership.ok(FUNNEL, { from: '2026-01-01', to: '2026-04-01', source: 'WEB' });
    expect([funnel.source, funnel.recruits]).toEqual(['WEB', 2]);
    expect(funnel.stages).toEqual(
      rowsOf([
        [2, null, 10, 0, 0, 0], // R1 only: R3 never stood at PROSPECT
        [2, 1, 10, 0, 0, 0],
        [2, 1, 12, 0, 0, 0], // R1 20, R3 4
        [2, 1, round2((121 + 2 / 24 + 10) / 2), 1, 0, 0],
        [1, 0.5, round2(27 + 23 / 24), 0, 0, 1],
        [0, 0, null, 0, 0, 0],
        [0, null, null, 0, 0, 0], // no conversion from a stage nobody reached
        [0, null, null, 0, 0, 0],
      ]),
    );
    expect(funnel.exits).toEqual([{ exitStage: 'DISQUALIFIED', fromStage: 'BACKGROUND', reason: 'Background: financial history', recruits: 1 }]);
  });

  it('answers an empty period with every stage at zero and no exits', async () => {
    const { recruitmentFunnel: funnel } = await leadership.ok(FUNNEL, { from: '2024-01-01', to: '2024-07-01' });
    expect(funnel.recruits).toBe(0);
    expect(funnel.stages).toEqual(rowsOf(STAGES.map((): Row => [0, null, null, 0, 0, 0])).map((s, i) => (i === 0 ? s : { ...s, conversionFromPrevious: null })));
    expect(funnel.exits).toEqual([]);
  });
});

describe('recruitmentTrend: new prospects, applications and appointments per Los Angeles month', () => {
  it('counts each recruit once per figure, in the local month it happened, every month listed', async () => {
    const { recruitmentTrend: trend } = await leadership.ok(TREND, { from: '2025-12-01', to: '2026-06-01' });
    expect(trend.months).toEqual([
      { month: '2025-12-01', newProspects: 1, applications: 0, appointments: 0 }, // R6 at 23:00 on 31 December
      { month: '2026-01-01', newProspects: 3, applications: 3, appointments: 0 }, // R1, R2, R7; R8 had applied in November
      { month: '2026-02-01', newProspects: 1, applications: 1, appointments: 0 }, // R3, entered at APPLICATION: one application
      { month: '2026-03-01', newProspects: 1, applications: 0, appointments: 0 }, // R4: 1 April in UTC, 31 March in Los Angeles
      { month: '2026-04-01', newProspects: 1, applications: 0, appointments: 0 }, // R5
      { month: '2026-05-01', newProspects: 0, applications: 0, appointments: 1 }, // R7
    ]);
    expect([trend.newProspects, trend.applications, trend.appointments]).toEqual([7, 4, 1]);
  });

  it('counts only what happened inside a period that starts and ends mid-month', async () => {
    const { recruitmentTrend: trend } = await leadership.ok(TREND, { from: '2026-01-20', to: '2026-02-03' });
    expect(trend.months).toEqual([
      { month: '2026-01-01', newProspects: 0, applications: 2, appointments: 0 }, // R2 on the 20th, R1 on the 25th
      { month: '2026-02-01', newProspects: 1, applications: 1, appointments: 0 },
    ]);
  });

  it('lists the months of an empty period with zeros', async () => {
    const { recruitmentTrend: trend } = await leadership.ok(TREND, { from: '2024-01-01', to: '2024-03-01' });
    expect(trend).toEqual({
      from: '2024-01-01',
      to: '2024-03-01',
      newProspects: 0,
      applications: 0,
      appointments: 0,
      months: [
        { month: '2024-01-01', newProspects: 0, applications: 0, appointments: 0 },
        { month: '2024-02-01', newProspects: 0, applications: 0, appointments: 0 },
      ],
    });
  });
});

describe('the dashboards read the history the pipeline writes', () => {
  it('follows a recruit entered and moved through the API to their exit', async () => {
    // Each step is days after the last, so each signs in afresh (sessions end after 30 idle minutes).
    const signedIn = async (at: string, role: Role) => {
      clock.set(at);
      const { client } = await api.login(testEmail(role), TEST_PASSWORD);
      return client;
    };
    try {
      const coordinator = await signedIn('2026-07-01T16:00:00Z', Role.RESERVE_COORDINATOR);
      const created = await coordinator.ok(`mutation { createRecruit(firstName: "Walk", lastName: "In", targetLevel: LEVEL_III, source: WALK_IN) { id } }`);
      const id = created.createRecruit.id;
      const move = `mutation($id: ID!, $stage: RecruitStage!, $note: String) { moveRecruitToStage(recruitId: $id, stage: $stage, note: $note) { stage } }`;
      await (await signedIn('2026-07-04T16:00:00Z', Role.RESERVE_COORDINATOR)).ok(move, { id, stage: 'ORIENTATION' });
      await (await signedIn('2026-07-05T04:00:00Z', Role.RESERVE_COORDINATOR)).ok(move, { id, stage: 'WITHDRAWN', note: 'Moved out of state' });
      const reader = await signedIn('2026-07-05T04:00:00Z', Role.LEADERSHIP);
      const { recruitmentFunnel: funnel } = await reader.ok(FUNNEL, { from: '2026-07-01', to: '2026-08-01', source: 'WALK_IN' });
      expect(funnel.recruits).toBe(1);
      expect(funnel.stages.slice(0, 3)).toEqual(
        rowsOf([
          [1, null, 3, 0, 0, 0],
          [1, 1, 0.5, 0, 1, 0],
          [0, 0, null, 0, 0, 0],
        ]),
      );
      expect(funnel.exits).toEqual([{ exitStage: 'WITHDRAWN', fromStage: 'ORIENTATION', reason: 'Moved out of state', recruits: 1 }]);
    } finally {
      clock.set(NOW);
    }
  });
});
