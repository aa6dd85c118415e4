import type { AppContext } from '../../common/context.js';
import { AcademyClassStatus } from '../academy/academy-class.entity.js';
import { LEVELS_THROUGH } from '../academy/academy-roster.js';
import type { AcademyClassProgress, AcademyProgress } from './academy-progress.types.js';

/**
 * Academy progress in one statement, as of day $2, for class $1 (or every class not $4):
 * - a class's modules are the roster's: active modules required for any of the levels $3 maps its
 *   module level to (LEVELS_THROUGH);
 * - a recruit's attempts are their own training records and those carried over to the reserve
 *   appointed from them (as the roster reads them), completed on or before the day;
 * - a module is passed with any passed attempt; the latest attempt's score (latest day, then latest
 *   record) is the one averaged;
 * - behind schedule: passed x class days < elapsed days x modules (integers, so no rounding), where
 *   class days = endsOn - startsOn (at least 1) and elapsed days = day - startsOn, within [0, class days].
 */
const PROGRESS_SQL = `
  WITH classes AS (
    SELECT c.id, c.name, c.module_level, c.status, c.starts_on, c.ends_on,
           GREATEST(c.ends_on - c.starts_on, 1) AS class_days,
           LEAST(GREATEST($2::date - c.starts_on, 0), GREATEST(c.ends_on - c.starts_on, 1)) AS elapsed_days
      FROM academy_class c
     WHERE CASE WHEN $1::int IS NULL THEN c.status <> $4 ELSE c.id = $1 END
  ), class_modules AS (
    SELECT c.id AS class_id, m.id AS module_id, m.code, m.title
      FROM classes c JOIN curriculum_module m
        ON m.active AND m.required_for_levels && ARRAY(SELECT jsonb_array_elements_text($3::jsonb -> c.module_level))
  ), module_counts AS (
    SELECT class_id, count(*)::int AS modules FROM class_modules GROUP BY class_id
  ), enrolled AS (
    SELECT r.id AS recruit_id, r.academy_class_id AS class_id, r.first_name, r.last_name, r.stage
      FROM recruit r JOIN classes c ON c.id = r.academy_class_id
  ), attempts AS (
    SELECT e.recruit_id, t.id, t.module_id, t.passed, t.score, t.completed_on
      FROM enrolled e JOIN training_record t ON t.recruit_id = e.recruit_id
     WHERE t.completed_on <= $2::date
    UNION ALL
    SELECT e.recruit_id, t.id, t.module_id, t.passed, t.score, t.completed_on
      FROM enrolled e JOIN reserve_officer o ON o.recruit_id = e.recruit_id JOIN training_record t ON t.reserve_id = o.id
     WHERE t.completed_on <= $2::date
  ), tried AS (
    -- the latest attempt's score: max over [days, id, score] arrays, decided by the day and then the id
    SELECT recruit_id, module_id, bool_or(passed) AS passed, count(*) AS attempts,
           (max(ARRAY[(completed_on - DATE '2000-01-01')::numeric, id::numeric, score]))[3] AS last_score
      FROM attempts GROUP BY recruit_id, module_id
  ), progress AS (
    SELECT e.class_id, e.recruit_id, cm.module_id, COALESCE(t.passed, false) AS passed, COALESCE(t.attempts, 0) AS attempts, t.last_score
      FROM enrolled e JOIN class_modules cm ON cm.class_id = e.class_id
      LEFT JOIN tried t ON t.recruit_id = e.recruit_id AND t.module_id = cm.module_id
  ), per_module AS (
    SELECT cm.class_id, cm.module_id, cm.code, cm.title,
           count(p.recruit_id)::int AS recruits,
           count(*) FILTER (WHERE p.passed)::int AS passed,
           count(*) FILTER (WHERE p.attempts > 0)::int AS attempted,
           round(avg(p.last_score), 2)::float8 AS average_score
      FROM class_modules cm LEFT JOIN progress p ON p.class_id = cm.class_id AND p.module_id = cm.module_id
     GROUP BY cm.class_id, cm.module_id, cm.code, cm.title
  ), per_recruit AS (
    SELECT e.class_id, e.recruit_id, e.first_name, e.last_name, e.stage, count(*) FILTER (WHERE p.passed)::int AS completed
      FROM enrolled e LEFT JOIN progress p ON p.class_id = e.class_id AND p.recruit_id = e.recruit_id
     GROUP BY e.class_id, e.recruit_id, e.first_name, e.last_name, e.stage
  ), per_class AS (
    SELECT c.*, COALESCE(mc.modules, 0) AS modules, count(pr.recruit_id)::int AS recruits, sum(pr.completed) AS completed
      FROM classes c LEFT JOIN module_counts mc ON mc.class_id = c.id LEFT JOIN per_recruit pr ON pr.class_id = c.id
     GROUP BY c.id, c.name, c.module_level, c.status, c.starts_on, c.ends_on, c.class_days, c.elapsed_days, mc.modules
  ), module_lists AS (
    SELECT class_id, json_agg(json_build_object(
             'moduleId', module_id, 'code', code, 'title', title, 'passed', passed, 'attempted', attempted,
             'completionRate', round(passed::numeric / NULLIF(recruits, 0), 4), 'averageScore', average_score) ORDER BY code) AS modules
      FROM per_module GROUP BY class_id
  ), behind_lists AS (
    SELECT pr.class_id, count(*)::int AS count,
           json_agg(json_build_object('recruitId', pr.recruit_id, 'firstName', pr.first_name, 'lastName', pr.last_name, 'stage', pr.stage,
                    'completedModules', pr.completed) ORDER BY pr.last_name, pr.first_name, pr.recruit_id) AS recruits
      FROM per_recruit pr JOIN per_class c ON c.id = pr.class_id
     WHERE pr.completed * c.class_days < c.elapsed_days * c.modules
     GROUP BY pr.class_id
  )
  SELECT c.id AS "academyClassId", c.name, c.module_level AS "moduleLevel", c.status, c.starts_on AS "startsOn", c.ends_on AS "endsOn",
         c.recruits, c.modules AS "requiredModules",
         round(c.elapsed_days::numeric / c.class_days, 4)::float8 AS "elapsedShare",
         round(c.elapsed_days::numeric * c.modules / c.class_days, 2)::float8 AS "expectedModules",
         round(c.completed::numeric / NULLIF(c.recruits * c.modules, 0), 4)::float8 AS "completionRate",
         COALESCE(m.modules, '[]'::json) AS modules,
         COALESCE(b.count, 0) AS "behindCount",
         COALESCE(b.recruits, '[]'::json) AS "behindSchedule"
    FROM per_class c LEFT JOIN module_lists m ON m.class_id = c.id LEFT JOIN behind_lists b ON b.class_id = c.id
   ORDER BY c.starts_on DESC, c.id`;

export async function academyProgress(ctx: AppContext, asOf: string, academyClassId: number | null): Promise<AcademyProgress> {
  const classes = (await ctx.db.query(PROGRESS_SQL, [academyClassId, asOf, JSON.stringify(LEVELS_THROUGH), AcademyClassStatus.CANCELLED])) as AcademyClassProgress[];
  return { asOf, classes };
}
