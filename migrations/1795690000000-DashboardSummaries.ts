import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The department's zone, as written here when this migration was (DEPARTMENT_ZONE in the code). */
const ZONE = `'America/Los_Angeles'`;
const WEEK_OF = (at: string) => `date_trunc('week', ${at} AT TIME ZONE ${ZONE})::date`;
const MONTH_OF = (at: string) => `date_trunc('month', ${at} AT TIME ZONE ${ZONE})::date`;
/** Hours a completed assignment counts (Rule 4): what was recorded, else its real elapsed time. */
const SERVED = `COALESCE(hours_served, EXTRACT(EPOCH FROM ends_at - starts_at) / 3600)`;

/**
 * A trigger function body that applies `statements` to the rows a statement changed, signed: +1 as
 * they are now, -1 as they were, from the statement's transition tables (`new_rows`, `old_rows`). A
 * summary adds sign x contribution, so an update takes the old contribution out and puts the new one
 * in. Written out once per kind of statement, as static SQL whose plans PL/pgSQL keeps.
 */
function forEachChange(statements: (changed: string) => string): string {
  return `BEGIN
        IF TG_OP = 'INSERT' THEN
          ${statements('SELECT 1 AS sign, * FROM new_rows')}
        ELSIF TG_OP = 'DELETE' THEN
          ${statements('SELECT -1 AS sign, * FROM old_rows')}
        ELSE
          ${statements('SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows')}
        END IF;
        RETURN NULL;
      END`;
}

/**
 * Indexes and summary tables for the leadership dashboards (issue 7).
 *
 * The summaries hold sums the dashboards would otherwise compute from every assignment of the
 * period: visibility-patrol coverage per division and Los Angeles week, and completed hours per
 * reserve and Los Angeles month. Statement-level triggers keep them in the same transaction as the
 * change (never stale), from each statement's transition tables (one pass however many rows: a bulk
 * insert costs a few statements, not one per row). Every change is an addition of signed deltas
 * under the summary row's lock, so concurrent writers commute.
 *
 * Coverage goes through one row per deployment (`deployment_coverage`): assignments add to their
 * deployment's row (active assignments, served hours), the deployment sets its own attributes (its
 * division, week, length, headcount, whether it counts), and that row alone decides what the
 * deployment adds to its division's week. So a deployment that moves, changes kind or is cancelled
 * takes its assignments' figures with it, and a change to a deployment and one to its assignments
 * meet on the same row lock.
 *
 * `refresh_dashboard_summaries()` rebuilds all three from the base tables (writers wait on a SHARE
 * lock meanwhile); the migration uses it to fill them, and it repairs them if triggers were ever
 * disabled for a bulk load.
 */
export class DashboardSummaries1795690000000 implements MigrationInterface {
  name = 'DashboardSummaries1795690000000';

  async up(db: QueryRunner): Promise<void> {
    // The funnel's cohort and the trend's new prospects: the line that entered each recruit.
    await db.query(`CREATE INDEX recruit_stage_change_entered_idx ON recruit_stage_change (changed_at) INCLUDE (recruit_id) WHERE from_stage IS NULL`);
    // Training compliance: each reserve's latest pass of each module in index order (no sort), and the CPT hours.
    await db.query(`CREATE INDEX training_record_reserve_pass_idx ON training_record (reserve_id, module_id, completed_on DESC, expires_on DESC NULLS FIRST, id DESC)
      INCLUDE (hours) WHERE passed AND reserve_id IS NOT NULL`);
    // Reserve utilization: completed duties in the part-months at either end of a period.
    await db.query(`CREATE INDEX assignment_completed_starts_at_idx ON assignment (starts_at) INCLUDE (reserve_id, hours_served, ends_at) WHERE status = 'COMPLETED'`);

    await db.query(`CREATE TABLE deployment_coverage (
      deployment_id integer PRIMARY KEY CONSTRAINT deployment_coverage_deployment_id_fkey REFERENCES deployment (id) ON DELETE CASCADE,
      division_id integer NOT NULL,
      week date NOT NULL,
      counted boolean NOT NULL,
      hours numeric NOT NULL,
      required_headcount integer NOT NULL,
      active_assignments integer NOT NULL DEFAULT 0,
      served_hours numeric NOT NULL DEFAULT 0)`);
    await db.query(`COMMENT ON TABLE deployment_coverage IS 'Kept by triggers: what each deployment adds to division_week_coverage (counted: a visibility patrol not cancelled)'`);
    await db.query(`CREATE TABLE division_week_coverage (
      division_id integer NOT NULL CONSTRAINT division_week_coverage_division_id_fkey REFERENCES division (id) ON DELETE CASCADE,
      week date NOT NULL,
      patrols integer NOT NULL,
      scheduled_hours numeric NOT NULL,
      required_headcount integer NOT NULL,
      active_assignments integer NOT NULL,
      served_hours numeric NOT NULL,
      CONSTRAINT division_week_coverage_pkey PRIMARY KEY (division_id, week))`);
    await db.query(`COMMENT ON TABLE division_week_coverage IS 'Kept by triggers: visibility patrols not cancelled per division and Los Angeles week (Monday) of their start'`);
    await db.query(`CREATE INDEX division_week_coverage_week_idx ON division_week_coverage (week)`);
    await db.query(`CREATE TABLE reserve_month_hours (
      reserve_id integer NOT NULL CONSTRAINT reserve_month_hours_reserve_id_fkey REFERENCES reserve_officer (id) ON DELETE CASCADE,
      month date NOT NULL,
      hours numeric NOT NULL,
      completed_assignments integer NOT NULL,
      CONSTRAINT reserve_month_hours_pkey PRIMARY KEY (reserve_id, month))`);
    await db.query(`COMMENT ON TABLE reserve_month_hours IS 'Kept by triggers: completed assignments per reserve and Los Angeles month of their start'`);
    await db.query(`CREATE INDEX reserve_month_hours_month_idx ON reserve_month_hours (month) INCLUDE (reserve_id, hours, completed_assignments)`);

    // A deployment's own attributes on its coverage row.
    const attributes = `division_id, ${WEEK_OF('starts_at')}, kind = 'VISIBILITY_PATROL' AND status <> 'CANCELLED', EXTRACT(EPOCH FROM ends_at - starts_at) / 3600, required_headcount`;
    await db.query(`CREATE FUNCTION deployment_coverage_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO deployment_coverage (deployment_id, division_id, week, counted, hours, required_headcount)
          SELECT id, ${attributes} FROM new_rows ORDER BY id;
        ELSE
          UPDATE deployment_coverage c SET (division_id, week, counted, hours, required_headcount) = (n.division_id, n.week, n.counted, n.hours, n.required_headcount)
            FROM (SELECT id, ${attributes} FROM new_rows) AS n (id, division_id, week, counted, hours, required_headcount)
           WHERE c.deployment_id = n.id
             AND (c.division_id, c.week, c.counted, c.hours, c.required_headcount) IS DISTINCT FROM (n.division_id, n.week, n.counted, n.hours, n.required_headcount);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER deployment_coverage_insert AFTER INSERT ON deployment REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION deployment_coverage_sync()`);
    await db.query(`CREATE TRIGGER deployment_coverage_update AFTER UPDATE ON deployment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION deployment_coverage_sync()`);

    // Assignments: their deployment's active count and served hours; their reserve's completed hours by month.
    await db.query(`CREATE FUNCTION assignment_summaries_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      ${forEachChange(
        (changed) => `
          UPDATE deployment_coverage c SET active_assignments = c.active_assignments + d.active, served_hours = c.served_hours + d.served
            FROM (SELECT deployment_id,
                         sum(sign * CASE WHEN status IN ('DECLINED', 'CANCELLED') THEN 0 ELSE 1 END) AS active,
                         sum(sign * CASE WHEN status = 'COMPLETED' THEN ${SERVED} ELSE 0 END) AS served
                    FROM (${changed}) x GROUP BY deployment_id) d
           WHERE c.deployment_id = d.deployment_id AND (d.active <> 0 OR d.served <> 0);
          INSERT INTO reserve_month_hours AS h (reserve_id, month, hours, completed_assignments)
          SELECT reserve_id, ${MONTH_OF('starts_at')}, sum(sign * ${SERVED}), sum(sign)
            FROM (${changed}) x WHERE status = 'COMPLETED'
           GROUP BY 1, 2 HAVING sum(sign) <> 0 OR sum(sign * ${SERVED}) <> 0
           ORDER BY 1, 2
          ON CONFLICT (reserve_id, month) DO UPDATE
            SET hours = h.hours + EXCLUDED.hours, completed_assignments = h.completed_assignments + EXCLUDED.completed_assignments;`,
      )} $$`);
    await db.query(`CREATE TRIGGER assignment_summaries_insert AFTER INSERT ON assignment REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION assignment_summaries_sync()`);
    await db.query(`CREATE TRIGGER assignment_summaries_update AFTER UPDATE ON assignment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION assignment_summaries_sync()`);
    await db.query(`CREATE TRIGGER assignment_summaries_delete AFTER DELETE ON assignment REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION assignment_summaries_sync()`);

    // Each deployment's coverage row adds to its division's week while it counts.
    await db.query(`CREATE FUNCTION division_week_coverage_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      ${forEachChange(
        (changed) => `
          INSERT INTO division_week_coverage AS w (division_id, week, patrols, scheduled_hours, required_headcount, active_assignments, served_hours)
          SELECT division_id, week, sum(sign), sum(sign * hours), sum(sign * required_headcount), sum(sign * active_assignments), sum(sign * served_hours)
            FROM (${changed}) x WHERE counted
           GROUP BY division_id, week
          HAVING sum(sign) <> 0 OR sum(sign * hours) <> 0 OR sum(sign * required_headcount) <> 0 OR sum(sign * active_assignments) <> 0 OR sum(sign * served_hours) <> 0
           ORDER BY division_id, week
          ON CONFLICT (division_id, week) DO UPDATE
            SET patrols = w.patrols + EXCLUDED.patrols, scheduled_hours = w.scheduled_hours + EXCLUDED.scheduled_hours,
                required_headcount = w.required_headcount + EXCLUDED.required_headcount,
                active_assignments = w.active_assignments + EXCLUDED.active_assignments, served_hours = w.served_hours + EXCLUDED.served_hours;`,
      )} $$`);
    await db.query(`CREATE TRIGGER division_week_coverage_insert AFTER INSERT ON deployment_coverage REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION division_week_coverage_sync()`);
    await db.query(`CREATE TRIGGER division_week_coverage_update AFTER UPDATE ON deployment_coverage REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION division_week_coverage_sync()`);
    await db.query(`CREATE TRIGGER division_week_coverage_delete AFTER DELETE ON deployment_coverage REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION division_week_coverage_sync()`);

    await db.query(`CREATE FUNCTION refresh_dashboard_summaries() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE deployment, assignment IN SHARE MODE;
        TRUNCATE division_week_coverage, deployment_coverage, reserve_month_hours;
        -- Inserting the deployments' rows fills division_week_coverage through its trigger.
        INSERT INTO deployment_coverage (deployment_id, division_id, week, counted, hours, required_headcount, active_assignments, served_hours)
        SELECT d.id, d.division_id, ${WEEK_OF('d.starts_at')}, d.kind = 'VISIBILITY_PATROL' AND d.status <> 'CANCELLED',
               EXTRACT(EPOCH FROM d.ends_at - d.starts_at) / 3600, d.required_headcount,
               COALESCE(a.active, 0), COALESCE(a.served, 0)
          FROM deployment d
          LEFT JOIN (SELECT deployment_id, count(*) FILTER (WHERE status NOT IN ('DECLINED', 'CANCELLED')) AS active,
                            COALESCE(sum(${SERVED}) FILTER (WHERE status = 'COMPLETED'), 0) AS served
                       FROM assignment GROUP BY deployment_id) a ON a.deployment_id = d.id
         ORDER BY d.id;
        INSERT INTO reserve_month_hours (reserve_id, month, hours, completed_assignments)
        SELECT reserve_id, ${MONTH_OF('starts_at')}, sum(${SERVED}), count(*)
          FROM assignment WHERE status = 'COMPLETED'
         GROUP BY 1, 2;
      END $$`);
    await db.query(`SELECT refresh_dashboard_summaries()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION refresh_dashboard_summaries()`);
    for (const trigger of ['assignment_summaries_insert', 'assignment_summaries_update', 'assignment_summaries_delete']) await db.query(`DROP TRIGGER ${trigger} ON assignment`);
    for (const trigger of ['deployment_coverage_insert', 'deployment_coverage_update']) await db.query(`DROP TRIGGER ${trigger} ON deployment`);
    await db.query(`DROP FUNCTION assignment_summaries_sync()`);
    await db.query(`DROP FUNCTION deployment_coverage_sync()`);
    await db.query(`DROP TABLE reserve_month_hours`);
    await db.query(`DROP TABLE division_week_coverage`);
    await db.query(`DROP TABLE deployment_coverage`);
    await db.query(`DROP FUNCTION division_week_coverage_sync()`);
    await db.query(`DROP INDEX assignment_completed_starts_at_idx`);
    await db.query(`DROP INDEX training_record_reserve_pass_idx`);
    await db.query(`DROP INDEX recruit_stage_change_entered_idx`);
  }
}
