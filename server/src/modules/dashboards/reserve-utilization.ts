import type { AppContext } from '../../common/context.js';
import { addMonths, DEPARTMENT_ZONE, laLocalToUtc } from '../../common/la-time.js';
import { AssignmentStatus } from '../deployments/deployment.enums.js';
import { ReserveLevel, ReserveStatus } from '../reserves/reserve.enums.js';
import type { Period } from './dashboard-inputs.js';
import type { ReserveServiceHours, ReserveUtilization, UtilizationGroup, UtilizationMonth } from './reserve-utilization.types.js';

/**
 * Utilization in one statement. Served: completed ($4) assignments that started in [$1, $2), their
 * recorded hours or else their real length (as Rule 4's hours), per reserve and local month ($3):
 * for the whole months [$8, $9) from `reserve_month_hours` (kept by triggers in the same
 * transaction as each change, migration DashboardSummaries), and for the part-months at either end
 * ([$1, $10) and [$11, $2)) from the assignments themselves. Months: the calendar months wholly
 * inside the period. A reserve owes a month when ACTIVE ($5), with a minimum above 0, appointed on
 * or before its first day (from `owes_from`, the first month starting on or after the appointment,
 * so the months owed are counted, not listed); they meet it with at least the minimum. The reserves
 * counted: ACTIVE ones and any other who served in the period. Value: hours x $6.
 */
const UTILIZATION_SQL = `
  WITH months AS (
    SELECT m::date AS month FROM generate_series($8::date::timestamp, $9::date::timestamp - interval '1 month', interval '1 month') AS m
  ), served AS (
    -- one row per reserve and month: the summary's whole months, and the part-months at the ends
    SELECT reserve_id, month, hours, completed_assignments AS assignments
      FROM reserve_month_hours WHERE month >= $8::date AND month < $9::date
    UNION ALL
    SELECT a.reserve_id, date_trunc('month', a.starts_at AT TIME ZONE $3)::date, sum(COALESCE(a.hours_served, EXTRACT(EPOCH FROM a.ends_at - a.starts_at) / 3600)), count(*)
      FROM assignment a
     WHERE a.status = $4 AND ((a.starts_at >= $1 AND a.starts_at < $10) OR (a.starts_at >= $11 AND a.starts_at < $2))
     GROUP BY 1, 2
  ), roster AS (
    SELECT r.id, r.status, r.monthly_minimum_hours AS minimum, r.status = $5 AND r.monthly_minimum_hours > 0 AS owes,
           GREATEST($8::date, date_trunc('month', (r.appointed_on - 1)::timestamp + interval '1 month')::date) AS owes_from
      FROM reserve_officer r
  ), judged AS (
    -- each served month, and whether it was owed and met
    SELECT s.reserve_id, s.month, s.hours, s.assignments, w.owes AND s.month >= w.owes_from AND s.month < $9::date AND s.hours >= w.minimum AS met
      FROM served s JOIN roster w ON w.id = s.reserve_id
  ), per_reserve AS (
    SELECT reserve_id, sum(hours) AS hours, sum(assignments)::int AS assignments, count(*) FILTER (WHERE met)::int AS met
      FROM judged GROUP BY reserve_id
  ), counted AS (
    SELECT w.id, w.owes, w.owes_from, COALESCE(x.hours, 0) AS hours, COALESCE(x.assignments, 0) AS assignments, COALESCE(x.met, 0) AS met,
           CASE WHEN w.owes THEN GREATEST(0, (EXTRACT(YEAR FROM $9::date) - EXTRACT(YEAR FROM w.owes_from)) * 12
                                              + EXTRACT(MONTH FROM $9::date) - EXTRACT(MONTH FROM w.owes_from))::int ELSE 0 END AS owed
      FROM roster w LEFT JOIN per_reserve x ON x.reserve_id = w.id
     WHERE w.status = $5 OR x.reserve_id IS NOT NULL
  ), people_owed AS (
    SELECT c.id, r.badge_number, r.first_name, r.last_name, r.level, r.status, r.home_division_id, r.monthly_minimum_hours,
           c.hours, c.assignments, c.owed, c.met
      FROM counted c JOIN reserve_officer r ON r.id = c.id
  ), per_served_month AS (
    SELECT month, sum(hours) AS hours, count(*) FILTER (WHERE met)::int AS met FROM judged GROUP BY month
  ), starting AS (
    -- reserves owing from each month on; a running sum over the months counts those owing in each
    SELECT owes_from AS month, count(*) AS reserves FROM counted WHERE owes GROUP BY owes_from
  ), per_month AS (
    SELECT m.month, COALESCE(x.hours, 0) AS hours, COALESCE(x.met, 0) AS met,
           (sum(COALESCE(s.reserves, 0)) OVER (ORDER BY m.month))::int AS owing
      FROM months m LEFT JOIN per_served_month x ON x.month = m.month LEFT JOIN starting s ON s.month = m.month
  ), per_level AS (
    SELECT l.level, l.position, count(p.id)::int AS reserves, COALESCE(sum(p.hours), 0) AS hours,
           COALESCE(sum(p.owed), 0)::int AS owed, COALESCE(sum(p.met), 0)::int AS met
      FROM unnest($7::text[]) WITH ORDINALITY AS l(level, position) LEFT JOIN people_owed p ON p.level = l.level
     GROUP BY l.level, l.position
  ), per_division AS (
    SELECT d.id, d.area_id, d.name, count(p.id)::int AS reserves, COALESCE(sum(p.hours), 0) AS hours,
           COALESCE(sum(p.owed), 0)::int AS owed, COALESCE(sum(p.met), 0)::int AS met
      FROM division d LEFT JOIN people_owed p ON p.home_division_id = d.id
     GROUP BY d.id, d.area_id, d.name
  )
  SELECT round(COALESCE(sum(p.hours), 0), 2)::float8 AS hours,
         COALESCE(sum(p.assignments), 0)::int AS "completedAssignments",
         round(COALESCE(sum(p.hours), 0) * $6::numeric, 2)::float8 AS value,
         COALESCE(sum(p.owed), 0)::int AS "monthsOwed", COALESCE(sum(p.met), 0)::int AS "monthsMet",
         round(sum(p.met)::numeric / NULLIF(sum(p.owed), 0), 4)::float8 AS share,
         (SELECT COALESCE(json_agg(json_build_object(
                   'month', month, 'hours', round(hours, 2), 'reservesOwing', owing, 'meetingMinimum', met,
                   'share', round(met::numeric / NULLIF(owing, 0), 4)) ORDER BY month), '[]'::json) FROM per_month) AS months,
         (SELECT json_agg(json_build_object(
                   'level', level, 'divisionId', NULL, 'divisionName', NULL, 'reserves', reserves, 'hours', round(hours, 2),
                   'averageHours', round(hours / NULLIF(reserves, 0), 2), 'monthsOwed', owed, 'monthsMet', met,
                   'share', round(met::numeric / NULLIF(owed, 0), 4)) ORDER BY position) FROM per_level) AS levels,
         (SELECT COALESCE(json_agg(json_build_object(
                   'level', NULL, 'divisionId', id, 'divisionName', name, 'reserves', reserves, 'hours', round(hours, 2),
                   'averageHours', round(hours / NULLIF(reserves, 0), 2), 'monthsOwed', owed, 'monthsMet', met,
                   'share', round(met::numeric / NULLIF(owed, 0), 4)) ORDER BY area_id, id), '[]'::json) FROM per_division) AS divisions,
         COALESCE(json_agg(json_build_object(
                   'reserveId', p.id, 'badgeNumber', p.badge_number, 'firstName', p.first_name, 'lastName', p.last_name, 'level', p.level,
                   'status', p.status, 'divisionId', p.home_division_id, 'divisionName', d.name, 'hours', round(p.hours, 2),
                   'completedAssignments', p.assignments, 'monthlyMinimumHours', p.monthly_minimum_hours, 'monthsOwed', p.owed, 'monthsMet', p.met)
                 ORDER BY p.hours DESC, p.last_name, p.first_name, p.id) FILTER (WHERE p.id IS NOT NULL), '[]'::json) AS reserves
    FROM people_owed p JOIN division d ON d.id = p.home_division_id`;

type UtilizationRow = Omit<ReserveUtilization, 'from' | 'to' | 'hourValue'> & {
  months: UtilizationMonth[];
  levels: UtilizationGroup[];
  divisions: UtilizationGroup[];
  reserves: ReserveServiceHours[];
};

/** The first days of the whole months inside a period: from `first`, before `end` (equal when there is none). */
function wholeMonths(period: Period): { first: string; end: string } {
  const first = period.from.endsWith('-01') ? period.from : addMonths(`${period.from.slice(0, 7)}-01`, 1);
  const end = `${period.to.slice(0, 7)}-01`;
  return first < end ? { first, end } : { first: period.to, end: period.to };
}

export async function reserveUtilization(ctx: AppContext, period: Period, hourValue: number): Promise<ReserveUtilization> {
  const whole = wholeMonths(period);
  const [row] = (await ctx.db.query(UTILIZATION_SQL, [
    laLocalToUtc(period.from, 0),
    laLocalToUtc(period.to, 0),
    DEPARTMENT_ZONE,
    AssignmentStatus.COMPLETED,
    ReserveStatus.ACTIVE,
    hourValue,
    Object.values(ReserveLevel),
    whole.first,
    whole.end,
    laLocalToUtc(whole.first, 0),
    laLocalToUtc(whole.end, 0),
  ])) as UtilizationRow[];
  return { ...period, hourValue, ...row };
}
