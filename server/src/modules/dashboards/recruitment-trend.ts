import type { AppContext } from '../../common/context.js';
import { DEPARTMENT_ZONE, laLocalToUtc } from '../../common/la-time.js';
import { STAGE_ORDER } from '../recruits/pipeline.js';
import { RecruitStage } from '../recruits/recruit.enums.js';
import type { Period } from './dashboard-inputs.js';
import type { RecruitmentMonth, RecruitmentTrend } from './recruitment.types.js';

/**
 * Recruitment per Los Angeles month, in one statement: the months [$1, $2) touches (generate_series
 * over local dates), and the events in [$3, $4) by the local month they happened in:
 * - a new prospect: a recruit's first history line (no from-stage);
 * - an application: a recruit's first move to any stage in $6 (APPLICATION and after), with no such
 *   move before it (so a recruit entered straight at WRITTEN_TEST counts once, then);
 * - an appointment: a recruit's first move to APPOINTED ($7).
 */
const TREND_SQL = `
  WITH months AS (
    SELECT m::date AS month FROM generate_series(date_trunc('month', $1::date::timestamp), ($2::date - 1)::timestamp, interval '1 month') AS m
  ), entered AS (
    SELECT min(c.changed_at) AS at FROM recruit_stage_change c
     WHERE c.from_stage IS NULL AND c.changed_at >= $3 AND c.changed_at < $4
     GROUP BY c.recruit_id
  ), applied AS (
    SELECT c.changed_at AS at FROM recruit_stage_change c
     WHERE c.to_stage = ANY($6::text[]) AND c.changed_at >= $3 AND c.changed_at < $4
       AND NOT EXISTS (SELECT 1 FROM recruit_stage_change p
                        WHERE p.recruit_id = c.recruit_id AND p.to_stage = ANY($6::text[]) AND (p.changed_at, p.id) < (c.changed_at, c.id))
  ), appointed AS (
    SELECT c.changed_at AS at FROM recruit_stage_change c
     WHERE c.to_stage = $7 AND c.changed_at >= $3 AND c.changed_at < $4
       AND NOT EXISTS (SELECT 1 FROM recruit_stage_change p
                        WHERE p.recruit_id = c.recruit_id AND p.to_stage = $7 AND (p.changed_at, p.id) < (c.changed_at, c.id))
  ), events AS (
    SELECT 'NEW' AS kind, at FROM entered
    UNION ALL
    SELECT 'APPLICATION', at FROM applied
    UNION ALL
    SELECT 'APPOINTMENT', at FROM appointed
  ), per_month AS (
    SELECT date_trunc('month', at AT TIME ZONE $5)::date AS month,
           count(*) FILTER (WHERE kind = 'NEW')::int AS new_prospects,
           count(*) FILTER (WHERE kind = 'APPLICATION')::int AS applications,
           count(*) FILTER (WHERE kind = 'APPOINTMENT')::int AS appointments
      FROM events GROUP BY 1
  )
  SELECT to_char(m.month, 'YYYY-MM-DD') AS month, COALESCE(p.new_prospects, 0) AS "newProspects",
         COALESCE(p.applications, 0) AS applications, COALESCE(p.appointments, 0) AS appointments,
         (SELECT count(*) FROM entered)::int AS "totalNewProspects", (SELECT count(*) FROM applied)::int AS "totalApplications",
         (SELECT count(*) FROM appointed)::int AS "totalAppointments"
    FROM months m LEFT JOIN per_month p USING (month)
   ORDER BY m.month`;

type TrendRow = RecruitmentMonth & { totalNewProspects: number; totalApplications: number; totalAppointments: number };

export async function recruitmentTrend(ctx: AppContext, period: Period): Promise<RecruitmentTrend> {
  const applicationOrLater = STAGE_ORDER.slice(STAGE_ORDER.indexOf(RecruitStage.APPLICATION));
  const rows = (await ctx.db.query(TREND_SQL, [
    period.from,
    period.to,
    laLocalToUtc(period.from, 0),
    laLocalToUtc(period.to, 0),
    DEPARTMENT_ZONE,
    applicationOrLater,
    RecruitStage.APPOINTED,
  ])) as TrendRow[];
  // A period always touches at least one month, so there is a first row with the totals.
  const { totalNewProspects, totalApplications, totalAppointments } = rows[0];
  const months = rows.map(({ month, newProspects, applications, appointments }) => ({ month, newProspects, applications, appointments }));
  return { ...period, months, newProspects: totalNewProspects, applications: totalApplications, appointments: totalAppointments };
}
