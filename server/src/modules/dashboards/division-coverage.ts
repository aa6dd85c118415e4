import type { AppContext } from '../../common/context.js';
import { DEPARTMENT_ZONE, startOfWeek } from '../../common/la-time.js';
import type { Period } from './dashboard-inputs.js';
import type { CoverageWeekBounds, DivisionCoverage, DivisionCoverageRow } from './division-coverage.types.js';

const UTC_ISO = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;

/**
 * Coverage in one statement, read from `division_week_coverage`, which triggers keep per division
 * and week in the same transaction as each change (migration DashboardSummaries): patrols are the
 * deployments of kind VISIBILITY_PATROL not CANCELLED, drafts included, counted in the Los Angeles
 * week (Monday first) of their start, with their real elapsed hours; active assignments are those
 * not DECLINED or CANCELLED; served hours are the completed ones' recorded hours, else their real
 * length. Weeks: every Monday from $1 (a Monday) before $2, as local dates, each turned into
 * instants in zone $3 (a week holding a daylight-saving change lasts 167 or 169 hours). Every
 * division is crossed with every week, so the grid is whole.
 */
const COVERAGE_SQL = `
  WITH weeks AS (
    SELECT w::date AS week, w AT TIME ZONE $3 AS starts_at, (w + interval '7 days') AT TIME ZONE $3 AS ends_at
      FROM generate_series($1::date::timestamp, ($2::date - 1)::timestamp, interval '7 days') AS w
  ), grid AS (
    SELECT d.id, d.area_id, d.name, d.bureau, d.weekly_target_hours AS target, w.week,
           COALESCE(c.patrols, 0) AS patrols, COALESCE(c.scheduled_hours, 0) AS scheduled, COALESCE(c.served_hours, 0) AS served,
           COALESCE(c.required_headcount, 0) AS places, COALESCE(c.active_assignments, 0) AS active,
           GREATEST(d.weekly_target_hours - COALESCE(c.scheduled_hours, 0), 0) AS gap
      FROM division d CROSS JOIN weeks w LEFT JOIN division_week_coverage c ON c.division_id = d.id AND c.week = w.week
  ), per_division AS (
    SELECT id, area_id,
           json_build_object(
             'divisionId', id, 'areaId', area_id, 'name', name, 'bureau', bureau, 'weeklyTargetHours', target,
             'scheduledHours', round(sum(scheduled), 2), 'servedHours', round(sum(served), 2), 'gapHours', round(sum(gap), 2),
             'weeksBelowTarget', count(*) FILTER (WHERE scheduled < target),
             'weeks', json_agg(json_build_object(
               'week', week, 'patrols', patrols, 'scheduledHours', round(scheduled, 2), 'servedHours', round(served, 2),
               'targetHours', target, 'requiredHeadcount', places, 'activeAssignments', active,
               'fillRate', round(active::numeric / NULLIF(places, 0), 4), 'gapHours', round(gap, 2)) ORDER BY week)) AS division
      FROM grid GROUP BY id, area_id, name, bureau, target
  )
  SELECT (SELECT json_agg(json_build_object(
                   'week', week, 'startsAt', to_char(starts_at AT TIME ZONE 'UTC', ${UTC_ISO}), 'endsAt', to_char(ends_at AT TIME ZONE 'UTC', ${UTC_ISO}),
                   'hours', EXTRACT(EPOCH FROM ends_at - starts_at) / 3600) ORDER BY week) FROM weeks) AS weeks,
         (SELECT COALESCE(json_agg(division ORDER BY area_id, id), '[]'::json) FROM per_division) AS divisions,
         round(sum(scheduled), 2)::float8 AS "scheduledHours", round(sum(served), 2)::float8 AS "servedHours",
         COALESCE(sum(target), 0)::float8 AS "targetHours", round(sum(gap), 2)::float8 AS "gapHours",
         round(sum(active)::numeric / NULLIF(sum(places), 0), 4)::float8 AS "fillRate"
    FROM grid`;

type CoverageRow = Omit<DivisionCoverage, 'from' | 'to' | 'weeks' | 'divisions'> & { weeks: CoverageWeekBounds[]; divisions: DivisionCoverageRow[] };

/** The weeks (Monday to Sunday, Los Angeles) that overlap the period, each whole. */
export async function divisionCoverage(ctx: AppContext, period: Period): Promise<DivisionCoverage> {
  const [row] = (await ctx.db.query(COVERAGE_SQL, [startOfWeek(period.from), period.to, DEPARTMENT_ZONE])) as CoverageRow[];
  return { ...period, ...row, scheduledHours: row.scheduledHours ?? 0, servedHours: row.servedHours ?? 0, gapHours: row.gapHours ?? 0 };
}
