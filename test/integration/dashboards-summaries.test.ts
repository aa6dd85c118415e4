import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { startTestApi, testEmail, TEST_PASSWORD, type Client, type TestApi } from '../support/api.js';
import { aDeployment, aDivision, aQualifiedReserve } from '../support/builders.js';
import { aDuty, aReserveRow } from '../support/dashboard-rows.js';

/**
 * The summary tables the coverage and utilization dashboards read (migration DashboardSummaries)
 * are kept by triggers. Whatever the API or anyone writing SQL does, they must equal what the base
 * tables say, recomputed here from scratch.
 */
const clock = fixedClock('2026-12-01T12:00:00Z');
let api: TestApi;
let admin: Client;

const ZONE = `'America/Los_Angeles'`;
const SERVED = `COALESCE(a.hours_served, EXTRACT(EPOCH FROM a.ends_at - a.starts_at) / 3600)`;
const pad = (n: number) => String(n).padStart(2, '0');
const round = (rows: Record<string, unknown>[]) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v])));

/** Coverage per division and week, and hours per reserve and month: from the summaries, and from scratch. */
async function summariesAndTruth() {
  const query = async (sql: string) => round((await api.db.query(sql)) as Record<string, unknown>[]);
  return {
    coverage: await query(`SELECT division_id, week::text, patrols, scheduled_hours::float8 AS hours, required_headcount AS places, active_assignments AS active, served_hours::float8 AS served
        FROM division_week_coverage WHERE patrols <> 0 OR scheduled_hours <> 0 OR active_assignments <> 0 OR served_hours <> 0 OR required_headcount <> 0
       ORDER BY 1, 2`),
    coverageTruth: await query(`SELECT d.division_id, date_trunc('week', d.starts_at AT TIME ZONE ${ZONE})::date::text AS week, count(*)::int AS patrols,
             sum(EXTRACT(EPOCH FROM d.ends_at - d.starts_at) / 3600)::float8 AS hours, sum(d.required_headcount)::int AS places,
             sum(x.active)::int AS active, sum(x.served)::float8 AS served
        FROM deployment d,
             LATERAL (SELECT count(*) FILTER (WHERE a.status NOT IN ('DECLINED', 'CANCELLED')) AS active,
                             COALESCE(sum(${SERVED}) FILTER (WHERE a.status = 'COMPLETED'), 0) AS served
                        FROM assignment a WHERE a.deployment_id = d.id) x
       WHERE d.kind = 'VISIBILITY_PATROL' AND d.status <> 'CANCELLED'
       GROUP BY 1, 2 ORDER BY 1, 2`),
    hours: await query(`SELECT reserve_id, month::text, hours::float8 AS hours, completed_assignments AS completed FROM reserve_month_hours WHERE completed_assignments <> 0 OR hours <> 0 ORDER BY 1, 2`),
    hoursTruth: await query(`SELECT a.reserve_id, date_trunc('month', a.starts_at AT TIME ZONE ${ZONE})::date::text AS month, sum(${SERVED})::float8 AS hours, count(*)::int AS completed
        FROM assignment a WHERE a.status = 'COMPLETED' GROUP BY 1, 2 ORDER BY 1, 2`),
  };
}

async function expectSummariesTrue(step: string) {
  const { coverage, coverageTruth, hours, hoursTruth } = await summariesAndTruth();
  expect({ step, coverage, hours }).toEqual({ step, coverage: coverageTruth, hours: hoursTruth });
}

/** Moves the clock and signs in again (sessions end after 30 idle minutes). */
async function at(instant: string) {
  clock.set(instant);
  admin = (await api.login(testEmail(Role.ADMIN), TEST_PASSWORD)).client;
}

beforeAll(async () => {
  api = await startTestApi({ clock });
  admin = api;
});
afterAll(() => api.close());

describe('dashboard summaries: always equal to the base tables', () => {
  it('follow a patrol schedule through assigning, declining, recording, completing, cancelling, moving and deleting', async () => {
    const north = (await aDivision(api)).id;
    const south = (await aDivision(api)).id;
    const reserves = await Promise.all([1, 2, 3, 4, 5].map(() => aQualifiedReserve(api, { homeDivisionId: north })));
    const patrol = (day: number, from: number, to: number, extra: Record<string, unknown> = {}) =>
      aDeployment(api, { divisionId: north, startsAt: `2026-12-${pad(day)}T${pad(from)}:00:00-08:00`, endsAt: `2026-12-${pad(day)}T${pad(to)}:00:00-08:00`, requiredHeadcount: 3, ...extra });
    const assign = async (deploymentId: string, reserveId: string) =>
      (await admin.ok(`mutation($d: ID!, $r: ID!) { assignReserve(deploymentId: $d, reserveId: $r) { id } }`, { d: deploymentId, r: reserveId })).assignReserve.id as string;
    const setStatus = (id: string, status: string, hoursServed?: number) =>
      admin.ok(`mutation($id: ID!, $s: AssignmentStatus!, $h: Float) { setAssignmentStatus(assignmentId: $id, status: $s, hoursServed: $h) { id } }`, { id, s: status, h: hoursServed });
    const lifecycle = (operation: string, id: string) => admin.ok(`mutation($id: ID!) { ${operation}(id: $id) { id } }`, { id });

    const monday = await patrol(7, 10, 14);
    const tuesday = await patrol(8, 18, 22);
    const sunday = await patrol(13, 20, 23, { status: 'DRAFT' });
    await expectSummariesTrue('patrols created');
    for (const deployment of [monday, tuesday]) await lifecycle('publishDeployment', deployment.id);
    const a1 = await assign(monday.id, reserves[0].id);
    const a2 = await assign(monday.id, reserves[1].id);
    const a3 = await assign(tuesday.id, reserves[2].id);
    const a4 = await assign(tuesday.id, reserves[3].id);
    await expectSummariesTrue('reserves assigned');
    await setStatus(a2, 'CONFIRMED');
    await setStatus(a3, 'CONFIRMED');
    await setStatus(a4, 'DECLINED');
    await expectSummariesTrue('confirmed and declined');

    await at('2026-12-09T12:00:00Z');
    try {
      await lifecycle('completeDeployment', monday.id); // a2 (confirmed) completes with the patrol's 4 hours; a1 was only assigned
      await setStatus(a3, 'COMPLETED', 3.5);
      await expectSummariesTrue('completed, with hours recorded');
      await lifecycle('cancelDeployment', tuesday.id);
      await expectSummariesTrue('cancelled, the completed assignment kept');

      await admin.ok(`mutation($id: ID!) { updateDeployment(id: $id, startsAt: "2026-12-14T20:00:00-08:00", endsAt: "2026-12-15T02:00:00-08:00", divisionId: "${south}") { id } }`, {
        id: sunday.id,
      });
      await expectSummariesTrue('a draft moved to another week and division');
      await admin.ok(`mutation($id: ID!) { updateDeployment(id: $id, kind: EVENT_SECURITY) { id } }`, { id: sunday.id });
      await expectSummariesTrue('no longer a patrol');
      await admin.ok(`mutation($id: ID!) { updateAssignment(id: $id, hoursServed: 6) { id } }`, { id: a2 });
      await admin.ok(`mutation($id: ID!) { unassignReserve(assignmentId: $id) { id } }`, { id: a1 });
      await admin.ok(`mutation($id: ID!) { deleteDeployment(id: $id) { id } }`, { id: sunday.id });
      await expectSummariesTrue('hours corrected, a reserve taken off, a deployment deleted');
      const { coverage, hours } = await summariesAndTruth();
      expect(coverage.length).toBeGreaterThan(0);
      expect(hours.length).toBe(2);
    } finally {
      clock.set('2026-12-01T12:00:00Z'); // the other tests' sessions were last used then
    }
  });

  it('follow a completed patrol whose times change across the night the clocks fall back', async () => {
    const division = (await aDivision(api)).id;
    const reserve = await aReserveRow(api.db, { divisionId: Number(division) });
    const id = await aDuty(api.db, { divisionId: Number(division), startsAt: '2026-10-31T20:00:00-07:00', endsAt: '2026-10-31T23:00:00-07:00', crew: [{ reserveId: reserve }] });
    await expectSummariesTrue('3 hours on 31 October');
    await api.db.query(`UPDATE deployment SET ends_at = '2026-11-01T06:00:00-08:00' WHERE id = $1`, [id]); // now 11 real hours
    await expectSummariesTrue('11 hours, across the change');
    await api.db.query(`UPDATE deployment SET starts_at = '2026-11-01T20:00:00-08:00', ends_at = '2026-11-01T23:00:00-08:00' WHERE id = $1`, [id]);
    await expectSummariesTrue('moved to November, and to the next week');
  });

  it('stay true under concurrent writers: assignments, status changes and moves racing on one division and week', async () => {
    const division = Number((await aDivision(api)).id);
    const reserves = await Promise.all(Array.from({ length: 24 }, () => aReserveRow(api.db, { divisionId: division })));
    const deployments = await Promise.all(
      [0, 1, 2].map((k) => aDuty(api.db, { divisionId: division, startsAt: `2027-01-1${k + 1}T08:00:00-08:00`, endsAt: `2027-01-1${k + 1}T12:00:00-08:00`, headcount: 8 })),
    );
    const writers = [
      ...reserves.map((reserveId, i) =>
        api.db.transaction(async (tx) => {
          await tx.query(`INSERT INTO assignment (deployment_id, reserve_id, status) VALUES ($1, $2, 'ASSIGNED')`, [deployments[i % 3], reserveId]);
          await tx.query(`SELECT pg_sleep(0.01 * ($1 % 4))`, [i]);
          await tx.query(`UPDATE assignment SET status = $3, hours_served = $4 WHERE deployment_id = $1 AND reserve_id = $2`, [deployments[i % 3], reserveId, i % 2 ? 'COMPLETED' : 'CONFIRMED', i % 4 === 1 ? 2.5 : null]);
        }),
      ),
      ...[0, 1, 2, 3, 4, 5].map((i) =>
        api.db.transaction(async (tx) => {
          await tx.query(`SELECT pg_sleep(0.005 * $1)`, [i]);
          await tx.query(`UPDATE deployment SET status = CASE WHEN status = 'CANCELLED' THEN 'PUBLISHED' ELSE 'CANCELLED' END WHERE id = $1`, [deployments[i % 3]]);
        }),
      ),
      ...[0, 1, 2].map((i) =>
        api.db.transaction(async (tx) => {
          await tx.query(`SELECT pg_sleep(0.012 * $1)`, [i]);
          await tx.query(`UPDATE deployment SET starts_at = starts_at + interval '7 days', ends_at = ends_at + interval '7 days 1 hour' WHERE id = $1`, [deployments[i]]);
        }),
      ),
    ];
    const outcomes = await Promise.allSettled(writers);
    // A deadlock between two writers is PostgreSQL's to break; the one it aborts wrote nothing.
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(failed.every((o) => /deadlock/.test(String(o.reason)))).toBe(true);
    expect(failed.length).toBeLessThan(writers.length / 2);
    await expectSummariesTrue('after the race');
  });

  it('are rebuilt from scratch by refresh_dashboard_summaries() to the same figures', async () => {
    const before = await summariesAndTruth();
    await api.db.query(`SELECT refresh_dashboard_summaries()`);
    const after = await summariesAndTruth();
    expect(after.coverage).toEqual(before.coverage);
    expect(after.hours).toEqual(before.hours);
    await expectSummariesTrue('rebuilt');
  });
});
