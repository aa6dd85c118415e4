import type { AppContext } from '../../common/context.js';
import { laLocalToUtc } from '../../common/la-time.js';
import { STAGE_ORDER } from '../recruits/pipeline.js';
import { EXIT_STAGES, RecruitStage, type RecruitSource } from '../recruits/recruit.enums.js';
import type { Period } from './dashboard-inputs.js';
import type { FunnelExit, FunnelStage, RecruitmentFunnel } from './recruitment.types.js';

/**
 * The funnel in one statement. The cohort: recruits whose first history line (the one with no
 * from-stage, written when they were entered) falls in [$1, $2), of source $3 if given. From their
 * stage history:
 * - reached: the furthest stage (in pipeline order $4) any of their moves went to, counted at that
 *   stage and every earlier one;
 * - days in a stage: from a move into it to the recruit's next move (the window function `lead`),
 *   summed per recruit over visits; for the last move, up to $5 (now), unless it is APPOINTED;
 * - where they stand and how they left: their last line; at an exit ($6), its from-stage and the
 *   recruit's exit reason (the line's note when the recruit no longer has one).
 * One window pass over the cohort's history gives both the next move and the last line.
 */
const FUNNEL_SQL = `
  WITH cohort AS (
    SELECT r.id, r.exit_reason
      FROM (SELECT c.recruit_id FROM recruit_stage_change c
             WHERE c.from_stage IS NULL AND c.changed_at >= $1 AND c.changed_at < $2
             GROUP BY c.recruit_id) entered
      JOIN recruit r ON r.id = entered.recruit_id
     WHERE $3::text IS NULL OR r.source = $3
  ), history AS (
    SELECT c.recruit_id, c.from_stage, c.to_stage, c.note, c.changed_at,
           array_position($4::text[], c.to_stage) AS position,
           lead(c.changed_at) OVER w AS left_at,
           lead(c.id) OVER w IS NULL AS last
      FROM cohort k JOIN recruit_stage_change c ON c.recruit_id = k.id
    WINDOW w AS (PARTITION BY c.recruit_id ORDER BY c.changed_at, c.id)
  ), stages AS (
    SELECT s.stage, s.position::int AS position FROM unnest($4::text[]) WITH ORDINALITY AS s(stage, position)
  ), furthest AS (
    SELECT recruit_id, max(position) AS position FROM history GROUP BY recruit_id
  ), reached AS (
    SELECT s.position, count(f.recruit_id)::int AS reached
      FROM stages s LEFT JOIN furthest f ON f.position >= s.position
     GROUP BY s.position
  ), stays AS (
    SELECT position, recruit_id,
           sum(EXTRACT(EPOCH FROM GREATEST(COALESCE(left_at, $5::timestamptz) - changed_at, interval '0'))) / 86400 AS days
      FROM history
     WHERE position < cardinality($4::text[])
     GROUP BY position, recruit_id
  ), medians AS (
    SELECT position, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS days FROM stays GROUP BY position
  ), standing AS (
    SELECT h.to_stage, h.from_stage, COALESCE(k.exit_reason, h.note) AS reason
      FROM history h JOIN cohort k ON k.id = h.recruit_id
     WHERE h.last
  ), at_stage AS (
    SELECT to_stage AS stage, count(*)::int AS recruits FROM standing GROUP BY to_stage
  ), left_stage AS (
    SELECT from_stage AS stage, count(*) FILTER (WHERE to_stage = $7)::int AS withdrawn, count(*) FILTER (WHERE to_stage = $8)::int AS disqualified
      FROM standing WHERE to_stage = ANY($6::text[]) GROUP BY from_stage
  ), per_stage AS (
    SELECT s.stage, s.position, r.reached,
           round(r.reached::numeric / NULLIF(lag(r.reached) OVER (ORDER BY s.position), 0), 4)::float8 AS conversion,
           round(m.days::numeric, 2)::float8 AS median_days,
           COALESCE(a.recruits, 0) AS in_stage, COALESCE(x.withdrawn, 0) AS withdrawn, COALESCE(x.disqualified, 0) AS disqualified
      FROM stages s JOIN reached r USING (position) LEFT JOIN medians m USING (position)
      LEFT JOIN at_stage a ON a.stage = s.stage LEFT JOIN left_stage x ON x.stage = s.stage
  ), exits AS (
    SELECT to_stage, from_stage, reason, count(*)::int AS recruits
      FROM standing WHERE to_stage = ANY($6::text[])
     GROUP BY to_stage, from_stage, reason
  )
  SELECT (SELECT count(*) FROM cohort)::int AS recruits,
         (SELECT json_agg(json_build_object(
                   'stage', stage, 'position', position, 'reached', reached, 'conversionFromPrevious', conversion,
                   'medianDaysInStage', median_days, 'inStageNow', in_stage, 'withdrawn', withdrawn, 'disqualified', disqualified)
                 ORDER BY position) FROM per_stage) AS stages,
         (SELECT COALESCE(json_agg(json_build_object('exitStage', to_stage, 'fromStage', from_stage, 'reason', reason, 'recruits', recruits)
                 ORDER BY array_position($4::text[], from_stage) NULLS FIRST, to_stage, recruits DESC, reason), '[]'::json) FROM exits) AS exits`;

export async function recruitmentFunnel(ctx: AppContext, period: Period, source: RecruitSource | null): Promise<RecruitmentFunnel> {
  const asOf = ctx.clock.now();
  const [row] = (await ctx.db.query(FUNNEL_SQL, [
    laLocalToUtc(period.from, 0),
    laLocalToUtc(period.to, 0),
    source,
    STAGE_ORDER,
    asOf,
    [...EXIT_STAGES],
    RecruitStage.WITHDRAWN,
    RecruitStage.DISQUALIFIED,
  ])) as { recruits: number; stages: FunnelStage[]; exits: FunnelExit[] }[];
  return { ...period, source, asOf, ...row };
}
