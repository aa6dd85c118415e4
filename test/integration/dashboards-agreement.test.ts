import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { addDays, daysBetween, laDateOf, startOfWeek } from '../../server/src/common/la-time.js';
import { seedDemoData } from '../../server/src/seed/seed.js';
import { quietLog, startTestApi, type Client, type TestApi } from '../support/api.js';

/**
 * The dashboards against the demo data, each figure recomputed here from what the rest of the API
 * answers record by record (trainingStatus, hoursThisMonth, durationHours, the roster, the stage
 * history): two computations, one in SQL and one in these tests, that must agree.
 */
const clock = fixedClock('2026-11-15T20:00:00Z');
const TODAY = '2026-11-15';
let api: TestApi;
let leadership: Client;

/** Counts of the values `key` gives, as a plain object (for comparing tallies). */
function tally<T>(items: readonly T[], key: (item: T) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));

beforeAll(async () => {
  api = await startTestApi({ clock });
  await seedDemoData(api.db, { clock, log: quietLog });
  leadership = await api.as(Role.LEADERSHIP);
});
afterAll(() => api.close());

describe('the dashboards agree with the record-by-record API on the demo data', () => {
  it('trainingCompliance: the trainingStatus of every active reserve', async () => {
    type Reserve = { homeDivisionId: string; trainingStatus: { compliant: boolean; modules: { module: { code: string }; status: string }[] } };
    const { allReserveOfficers: reserves } = (await api.ok(
      `{ allReserveOfficers(perPage: 1000, filter: { status: ACTIVE }) { homeDivisionId trainingStatus { compliant modules { module { code } status } } } }`,
    )) as { allReserveOfficers: Reserve[] };
    const { trainingCompliance: dashboard } = await leadership.ok(
      `{ trainingCompliance { activeReserves fullyCurrent modules { code current expiring expired missing } divisions { divisionId fullyCurrent activeReserves } } }`,
    );
    expect(dashboard.activeReserves).toBe(reserves.length);
    expect(dashboard.fullyCurrent).toBe(reserves.filter((r) => r.trainingStatus.compliant).length);
    expect(dashboard.fullyCurrent).toBeGreaterThan(0);
    expect(dashboard.fullyCurrent).toBeLessThan(reserves.length);
    const standings = reserves.flatMap((r) => r.trainingStatus.modules);
    for (const row of dashboard.modules) {
      const mine = tally(standings.filter((s) => s.module.code === row.code), (s) => s.status.toLowerCase());
      expect([row.code, nonZero({ current: row.current, expiring: row.expiring, expired: row.expired, missing: row.missing })]).toEqual([row.code, mine]);
    }
    const byDivision = tally(reserves.filter((r) => r.trainingStatus.compliant), (r) => r.homeDivisionId);
    expect(nonZero(Object.fromEntries(dashboard.divisions.map((d: { divisionId: string; fullyCurrent: number }) => [d.divisionId, d.fullyCurrent])))).toEqual(byDivision);
  });

  it('reserveUtilization: hoursThisMonth of every reserve, and the monthly minimum', async () => {
    type Reserve = { id: string; status: string; hoursThisMonth: number; meetsMonthlyMinimum: boolean; monthlyMinimumHours: number };
    const { allReserveOfficers: reserves } = (await api.ok(`{ allReserveOfficers(perPage: 1000) { id status hoursThisMonth meetsMonthlyMinimum monthlyMinimumHours } }`)) as {
      allReserveOfficers: Reserve[];
    };
    const { reserveUtilization: dashboard } = await leadership.ok(`{ reserveUtilization(from: "2026-11-01", to: "2026-12-01") { hours months { meetingMinimum reservesOwing } reserves { reserveId hours monthsMet } } }`);
    const counted = reserves.filter((r) => r.status === 'ACTIVE' || r.hoursThisMonth > 0);
    const hours = Object.fromEntries(dashboard.reserves.map((r: { reserveId: string; hours: number }) => [r.reserveId, r.hours]));
    expect(hours).toEqual(Object.fromEntries(counted.map((r) => [r.id, Math.round(r.hoursThisMonth * 100) / 100])));
    expect(dashboard.hours).toBeCloseTo(counted.reduce((sum, r) => sum + r.hoursThisMonth, 0), 6);
    // Everyone seeded was appointed before November, so every active reserve with a minimum owes it.
    const owing = reserves.filter((r) => r.status === 'ACTIVE' && r.monthlyMinimumHours > 0);
    expect(dashboard.months).toEqual([{ reservesOwing: owing.length, meetingMinimum: owing.filter((r) => r.meetsMonthlyMinimum).length }]);
  });

  it('divisionCoverage: the durationHours, headcounts and assignments of every visibility patrol', async () => {
    type Deployment = { divisionId: string; kind: string; status: string; startsAt: string; durationHours: number; requiredHeadcount: number; assignments: { status: string }[] };
    const { allDeployments: deployments } = (await api.ok(
      `{ allDeployments(perPage: 1000) { divisionId kind status startsAt durationHours requiredHeadcount assignments { status } } }`,
    )) as { allDeployments: Deployment[] };
    const patrols = deployments.filter((d) => d.kind === 'VISIBILITY_PATROL' && d.status !== 'CANCELLED');
    const weeks = [...new Set(patrols.map((p) => startOfWeek(laDateOf(new Date(p.startsAt)))))].sort();
    const { divisionCoverage: dashboard } = await leadership.ok(
      `query($from: LocalDate!, $to: LocalDate!) { divisionCoverage(from: $from, to: $to) { divisions { divisionId weeks { week patrols scheduledHours requiredHeadcount activeAssignments } } } }`,
      { from: weeks[0], to: addDays(weeks[weeks.length - 1], 7) },
    );
    expect(weeks.length).toBeGreaterThanOrEqual(6);
    for (const division of dashboard.divisions) {
      for (const cell of division.weeks) {
        const mine = patrols.filter((p) => p.divisionId === division.divisionId && startOfWeek(laDateOf(new Date(p.startsAt))) === cell.week);
        expect({ division: division.divisionId, ...cell }).toEqual({
          division: division.divisionId,
          week: cell.week,
          patrols: mine.length,
          scheduledHours: mine.reduce((sum, p) => sum + p.durationHours, 0),
          requiredHeadcount: mine.reduce((sum, p) => sum + p.requiredHeadcount, 0),
          activeAssignments: mine.flatMap((p) => p.assignments).filter((a) => a.status !== 'DECLINED' && a.status !== 'CANCELLED').length,
        });
      }
    }
  });

  it('academyProgress: each class roster, and the behind-schedule rule applied to it', async () => {
    type Roster = { recruit: { id: string }; completedModules: number; requiredModules: number; modules: { module: { code: string }; status: string }[] };
    const { allAcademyClasses: classes } = (await api.ok(`{ allAcademyClasses { id status startsOn endsOn roster { recruit { id } completedModules requiredModules modules { module { code } status } } } }`)) as {
      allAcademyClasses: { id: string; status: string; startsOn: string; endsOn: string; roster: Roster[] }[];
    };
    const { academyProgress: dashboard } = await leadership.ok(`{ academyProgress { classes { academyClassId recruits modules { code passed } behindSchedule { recruitId } } } }`);
    const shown = classes.filter((c) => c.status !== 'CANCELLED');
    expect(dashboard.classes.map((c: { academyClassId: string }) => c.academyClassId).sort()).toEqual(shown.map((c) => c.id).sort());
    let behindSeen = 0;
    for (const c of shown) {
      const row = dashboard.classes.find((d: { academyClassId: string }) => d.academyClassId === c.id);
      const classDays = Math.max(daysBetween(c.startsOn, c.endsOn), 1);
      const elapsed = Math.min(Math.max(daysBetween(c.startsOn, TODAY), 0), classDays);
      const behind = c.roster.filter((r) => r.completedModules * classDays < elapsed * r.requiredModules).map((r) => r.recruit.id);
      behindSeen += behind.length;
      expect([c.id, row.recruits, row.behindSchedule.map((b: { recruitId: string }) => b.recruitId).sort()]).toEqual([c.id, c.roster.length, behind.sort()]);
      const passed = tally(c.roster.flatMap((r) => r.modules).filter((m) => m.status === 'PASSED'), (m) => m.module.code);
      expect(nonZero(Object.fromEntries(row.modules.map((m: { code: string; passed: number }) => [m.code, m.passed])))).toEqual(passed);
    }
    expect(behindSeen).toBeGreaterThan(0);
  });

  it('recruitmentFunnel and recruitmentTrend: the stage history of every recruit', async () => {
    type Change = { fromStage: string | null; toStage: string; changedAt: string };
    const { allRecruits: recruits } = (await api.ok(`{ allRecruits(perPage: 1000) { stage stageHistory { fromStage toStage changedAt } } }`)) as {
      allRecruits: { stage: string; stageHistory: Change[] }[];
    };
    const order = ['PROSPECT', 'ORIENTATION', 'APPLICATION', 'WRITTEN_TEST', 'BACKGROUND', 'MEDICAL_PSYCH', 'ACADEMY', 'APPOINTED'];
    const [from, to] = ['2025-06-01', '2026-12-01'];
    const enteredOn = (r: { stageHistory: Change[] }) => laDateOf(new Date(r.stageHistory.find((c) => c.fromStage === null)!.changedAt));
    const cohort = recruits.filter((r) => enteredOn(r) >= from && enteredOn(r) < to);
    const furthest = (r: { stageHistory: Change[] }) => Math.max(...r.stageHistory.map((c) => order.indexOf(c.toStage)));
    const { recruitmentFunnel: funnel } = await leadership.ok(`{ recruitmentFunnel(from: "${from}", to: "${to}") { recruits stages { reached inStageNow } exits { exitStage fromStage recruits } } }`);
    expect(funnel.recruits).toBe(cohort.length);
    expect(funnel.stages.map((s: { reached: number }) => s.reached)).toEqual(order.map((_, i) => cohort.filter((r) => furthest(r) >= i).length));
    expect(funnel.stages.map((s: { inStageNow: number }) => s.inStageNow)).toEqual(order.map((stage) => cohort.filter((r) => r.stage === stage).length));
    const exits = tally(cohort.filter((r) => r.stage === 'WITHDRAWN' || r.stage === 'DISQUALIFIED'), (r) => `${r.stage} from ${r.stageHistory[r.stageHistory.length - 1].fromStage}`);
    expect(tally(funnel.exits.flatMap((e: { exitStage: string; fromStage: string; recruits: number }) => Array(e.recruits).fill(`${e.exitStage} from ${e.fromStage}`)), (k: string) => k)).toEqual(exits);

    const { recruitmentTrend: trend } = await leadership.ok(`{ recruitmentTrend(from: "${from}", to: "${to}") { months { month newProspects applications } } }`);
    const newIn = tally(cohort, (r) => `${enteredOn(r).slice(0, 7)}-01`);
    expect(nonZero(Object.fromEntries(trend.months.map((m: { month: string; newProspects: number }) => [m.month, m.newProspects])))).toEqual(newIn);
    const applied = tally(recruits, (r) => {
      const first = r.stageHistory.filter((c) => order.indexOf(c.toStage) >= 2).sort((a, b) => a.changedAt.localeCompare(b.changedAt))[0];
      const day = first && laDateOf(new Date(first.changedAt));
      return day && day >= from && day < to ? `${day.slice(0, 7)}-01` : null;
    });
    expect(nonZero(Object.fromEntries(trend.months.map((m: { month: string; applications: number }) => [m.month, m.applications])))).toEqual(applied);
  });
});
