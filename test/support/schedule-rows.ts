import type { DataSource } from 'typeorm';
import { addDays, laLocalToUtc } from '../../server/src/common/la-time.js';
import { insertRows } from './rows.js';

/**
 * Scheduling worlds written straight into the tables (the auto-fill suites need many small, exact
 * instances quickly). Each world starts by separating every reserve of the worlds before it, so an
 * auto-fill sees only its own reserves, and takes its own week, so it sees only its own deployments.
 */

/** Mondays from 1 February 2027 (the suites' clock stands on 4 January 2027). */
let weeks = 0;
let areaIds = 0;
let badges = 0;

export type Training = 'current' | 'missing' | 'expired' | { completedOn: string; expiresOn: string | null };

export interface ReserveSpec {
  level?: 'LEVEL_I' | 'LEVEL_II' | 'LEVEL_III' | 'SPECIALIST';
  status?: 'ACTIVE' | 'INACTIVE' | 'LEAVE' | 'SEPARATED';
  homeDivisionId: number;
  monthlyMinimumHours?: number;
  training?: Training;
}

export interface DeploymentSpec {
  divisionId: number;
  /** Los Angeles local date and hours (the end hour may pass 24). */
  date: string;
  from: number;
  to: number;
  headcount?: number;
  kind?: string;
  status?: string;
}

export class ScheduleWorld {
  /** The Monday of this world's week (Los Angeles). */
  readonly monday: string;

  private constructor(
    readonly db: DataSource,
    readonly moduleId: number,
  ) {
    this.monday = addDays('2027-02-01', 7 * weeks++);
  }

  /** A fresh world: the reserves of earlier worlds are separated, and one module (24 h, every 24 months) is required of sworn levels. */
  static async create(db: DataSource): Promise<ScheduleWorld> {
    await db.query(`UPDATE reserve_officer SET status = 'SEPARATED' WHERE status <> 'SEPARATED'`);
    const [existing] = (await db.query(`SELECT id FROM curriculum_module WHERE code = 'AUTOFILL-CORE'`)) as { id: number }[];
    const moduleId =
      existing?.id ??
      (
        await insertRows(db, 'curriculum_module', [
          {
            code: 'AUTOFILL-CORE',
            title: 'Core patrol training',
            category: 'RESPECT_AND_VALUES',
            requirement_source: 'POST',
            hours: 24,
            passing_score: 70,
            required_for_levels: ['LEVEL_I', 'LEVEL_II', 'LEVEL_III'],
            recertification_months: 24,
          },
        ])
      )[0];
    return new ScheduleWorld(db, moduleId);
  }

  day(offset: number): string {
    return addDays(this.monday, offset);
  }

  /** The world's week as proposeAutoFill takes it. */
  get window(): { from: string; to: string } {
    return { from: laLocalToUtc(this.monday, 0).toISOString(), to: laLocalToUtc(addDays(this.monday, 7), 0).toISOString() };
  }

  async divisions(count: number): Promise<number[]> {
    return insertRows(
      this.db,
      'division',
      Array.from({ length: count }, () => ({ area_id: ++areaIds, name: `Auto-fill area ${areaIds}`, bureau: 'CENTRAL', weekly_target_hours: 20 })),
    );
  }

  /** Reserves, with a pass of the required module as asked (by default current on every day of the world). */
  async reserves(specs: readonly ReserveSpec[]): Promise<number[]> {
    const ids = await insertRows(
      this.db,
      'reserve_officer',
      specs.map((spec) => ({
        badge_number: `AF${String(++badges).padStart(5, '0')}`,
        first_name: 'Auto',
        last_name: `Fill ${badges}`,
        level: spec.level ?? 'LEVEL_I',
        status: spec.status ?? 'ACTIVE',
        home_division_id: spec.homeDivisionId,
        appointed_on: '2020-01-01',
        prior_service: 'ACADEMY_GRADUATE',
        monthly_minimum_hours: spec.monthlyMinimumHours ?? 16,
      })),
    );
    const passes = specs.flatMap((spec, i) => {
      const pass = this.passOf(spec.training ?? 'current');
      return pass ? [{ reserve_id: ids[i], module_id: this.moduleId, completed_on: pass.completedOn, expires_on: pass.expiresOn, passed: true, score: 90, hours: 24 }] : [];
    });
    await insertRows(this.db, 'training_record', passes);
    return ids;
  }

  private passOf(training: Training): { completedOn: string; expiresOn: string | null } | null {
    if (training === 'missing') return null;
    if (training === 'current') return { completedOn: addDays(this.monday, -60), expiresOn: addDays(this.monday, 60) };
    if (training === 'expired') return { completedOn: addDays(this.monday, -400), expiresOn: addDays(this.monday, -1) };
    return training;
  }

  async deployments(specs: readonly DeploymentSpec[]): Promise<number[]> {
    return insertRows(
      this.db,
      'deployment',
      specs.map((spec) => ({
        division_id: spec.divisionId,
        kind: spec.kind ?? 'VISIBILITY_PATROL',
        location: 'Auto-fill patrol area',
        starts_at: laLocalToUtc(spec.date, spec.from),
        ends_at: laLocalToUtc(spec.date, spec.to),
        required_headcount: spec.headcount ?? 1,
        status: spec.status ?? 'PUBLISHED',
      })),
    );
  }

  /** Assignments as they stand in the database (the trigger copies the deployment's times). */
  async assignments(rows: readonly { deploymentId: number; reserveId: number; status?: string; hoursServed?: number }[]): Promise<number[]> {
    return insertRows(
      this.db,
      'assignment',
      rows.map((row) => ({ deployment_id: row.deploymentId, reserve_id: row.reserveId, status: row.status ?? 'ASSIGNED', hours_served: row.hoursServed ?? null })),
    );
  }
}
