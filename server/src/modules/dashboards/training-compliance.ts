import type { AppContext } from '../../common/context.js';
import { ReserveStatus } from '../reserves/reserve.enums.js';
import { CPT_LEVELS, TrainingStanding } from '../training/training-status.js';
import type { DivisionCompliance, ModuleCompliance, TrainingCompliance } from './training-compliance.types.js';

const { CURRENT, EXPIRING, EXPIRED, MISSING } = TrainingStanding;

/**
 * Compliance in one statement, with the definitions of training-status.ts written in SQL:
 * - the pass that counts for a module on day $1: the latest passed completion on or before it, the
 *   one lasting longer on a tie (as `latestPass` and `expiringTraining` pick it);
 * - its standing: MISSING without one, EXPIRED when it expires on or before the day, EXPIRING when
 *   within $3 days after it, else CURRENT (`moduleStanding`);
 * - CPT: passed hours with completion in (day - $6 months, day], at least $5 for levels $4 (`cptHours`);
 * - fully current: no required module MISSING or EXPIRED, and the CPT met where owed (`statusOf`).
 * For the ACTIVE reserves, of division $2 if given.
 */
const COMPLIANCE_SQL = `
  WITH reserves AS (
    SELECT r.id, r.level, r.home_division_id, r.level = ANY($4::text[]) AS owes_cpt
      FROM reserve_officer r
     WHERE r.status = $7 AND ($2::int IS NULL OR r.home_division_id = $2)
  ), modules AS (
    SELECT m.id, m.code, m.title, m.category, m.required_for_levels
      FROM curriculum_module m WHERE m.active AND cardinality(m.required_for_levels) > 0
  ), latest AS (
    SELECT DISTINCT ON (t.reserve_id, t.module_id) t.reserve_id, t.module_id, t.expires_on
      FROM training_record t JOIN reserves r ON r.id = t.reserve_id
     WHERE t.passed AND t.completed_on <= $1::date
     ORDER BY t.reserve_id, t.module_id, t.completed_on DESC, t.expires_on DESC NULLS FIRST, t.id DESC
  ), standing AS (
    SELECT r.id AS reserve_id, m.id AS module_id,
           CASE WHEN l.reserve_id IS NULL THEN '${MISSING}'
                WHEN l.expires_on <= $1::date THEN '${EXPIRED}'
                WHEN l.expires_on <= $1::date + $3::int THEN '${EXPIRING}'
                ELSE '${CURRENT}' END AS standing
      FROM reserves r JOIN modules m ON r.level = ANY(m.required_for_levels)
      LEFT JOIN latest l ON l.reserve_id = r.id AND l.module_id = m.id
  ), cpt AS (
    SELECT t.reserve_id, sum(t.hours) AS hours
      FROM training_record t JOIN reserves r ON r.id = t.reserve_id AND r.owes_cpt
     WHERE t.passed AND t.completed_on > ($1::date - make_interval(months => $6::int))::date AND t.completed_on <= $1::date
     GROUP BY t.reserve_id
  ), lapsed AS (
    SELECT DISTINCT reserve_id FROM standing WHERE standing IN ('${MISSING}', '${EXPIRED}')
  ), verdicts AS (
    SELECT r.id, r.home_division_id, r.owes_cpt,
           r.owes_cpt AND COALESCE(c.hours, 0) < $5::numeric AS cpt_short,
           x.reserve_id IS NULL AND NOT (r.owes_cpt AND COALESCE(c.hours, 0) < $5::numeric) AS current
      FROM reserves r LEFT JOIN cpt c ON c.reserve_id = r.id LEFT JOIN lapsed x ON x.reserve_id = r.id
  ), module_counts AS (
    SELECT module_id, count(*)::int AS required,
           count(*) FILTER (WHERE standing = '${CURRENT}')::int AS current,
           count(*) FILTER (WHERE standing = '${EXPIRING}')::int AS expiring,
           count(*) FILTER (WHERE standing = '${EXPIRED}')::int AS expired,
           count(*) FILTER (WHERE standing = '${MISSING}')::int AS missing
      FROM standing GROUP BY module_id
  ), per_module AS (
    SELECT m.id, m.code, m.title, m.category, COALESCE(c.required, 0) AS required, COALESCE(c.current, 0) AS current,
           COALESCE(c.expiring, 0) AS expiring, COALESCE(c.expired, 0) AS expired, COALESCE(c.missing, 0) AS missing
      FROM modules m LEFT JOIN module_counts c ON c.module_id = m.id
  ), division_counts AS (
    SELECT home_division_id, count(*)::int AS reserves, count(*) FILTER (WHERE current)::int AS current FROM verdicts GROUP BY home_division_id
  ), per_division AS (
    SELECT d.id, d.area_id, d.name, d.bureau, COALESCE(c.reserves, 0) AS reserves, COALESCE(c.current, 0) AS current
      FROM division d LEFT JOIN division_counts c ON c.home_division_id = d.id
     WHERE $2::int IS NULL OR d.id = $2
  )
  SELECT count(*)::int AS "activeReserves",
         count(*) FILTER (WHERE current)::int AS "fullyCurrent",
         round(count(*) FILTER (WHERE current)::numeric / NULLIF(count(*), 0), 4)::float8 AS share,
         count(*) FILTER (WHERE owes_cpt)::int AS "owingCpt",
         count(*) FILTER (WHERE cpt_short)::int AS "cptShort",
         (SELECT COALESCE(json_agg(json_build_object(
                   'moduleId', id, 'code', code, 'title', title, 'category', category, 'reservesRequired', required,
                   'current', current, 'expiring', expiring, 'expired', expired, 'missing', missing) ORDER BY code), '[]'::json)
            FROM per_module) AS modules,
         (SELECT COALESCE(json_agg(json_build_object(
                   'divisionId', id, 'areaId', area_id, 'name', name, 'bureau', bureau, 'activeReserves', reserves, 'fullyCurrent', current,
                   'share', round(current::numeric / NULLIF(reserves, 0), 4)) ORDER BY area_id), '[]'::json)
            FROM per_division) AS divisions
    FROM verdicts`;

type ComplianceRow = Omit<TrainingCompliance, 'asOf' | 'divisionId'> & { modules: ModuleCompliance[]; divisions: DivisionCompliance[] };

export async function trainingCompliance(ctx: AppContext, asOf: string, divisionId: number | null): Promise<TrainingCompliance> {
  const [row] = (await ctx.db.query(COMPLIANCE_SQL, [
    asOf,
    divisionId,
    ctx.training.expiringWithinDays,
    [...CPT_LEVELS],
    ctx.scheduling.cptHours,
    ctx.scheduling.cptMonths,
    ReserveStatus.ACTIVE,
  ])) as ComplianceRow[];
  return { asOf, divisionId, ...row };
}
