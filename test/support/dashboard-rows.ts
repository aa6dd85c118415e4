import type { DataSource } from 'typeorm';
import { insertRows } from './rows.js';

/**
 * Dashboard worlds written straight into the tables: the dashboards read history (stage changes at
 * given times, training on given days, duties served), which the API writes only at "now".
 */

let people = 0;

/** The moves of a recruit, oldest first: the stage and the instant (ISO 8601 with an offset) of each. */
export type Moves = readonly (readonly [stage: string, at: string])[];

/**
 * A recruit and their stage history: the first move has no from-stage (how they were entered), each
 * later one comes from the stage before. The recruit stands at the last move's stage.
 */
export async function recruitWithHistory(
  db: DataSource,
  moves: Moves,
  options: { source?: string; exitReason?: string; academyClassId?: number; firstName?: string; lastName?: string } = {},
): Promise<number> {
  const n = ++people;
  const [stage, at] = moves[moves.length - 1];
  const [id] = await insertRows(db, 'recruit', [
    {
      first_name: options.firstName ?? 'Dana',
      last_name: options.lastName ?? `Recruit ${String(n).padStart(3, '0')}`,
      email: `dashboard.recruit${n}@example.org`,
      target_level: 'LEVEL_II',
      source: options.source ?? 'WEB',
      stage,
      stage_changed_at: at,
      exit_reason: options.exitReason ?? null,
      academy_class_id: options.academyClassId ?? null,
      created_at: moves[0][1],
    },
  ]);
  await insertRows(
    db,
    'recruit_stage_change',
    moves.map(([to, when], i) => ({
      recruit_id: id,
      from_stage: i === 0 ? null : moves[i - 1][0],
      to_stage: to,
      changed_at: when,
      changed_by: 'coordinator@test.example',
      note: i === moves.length - 1 && options.exitReason ? options.exitReason : null,
    })),
  );
  return id;
}

export interface ReserveRow {
  divisionId: number;
  level?: string;
  status?: string;
  monthlyMinimumHours?: number;
  appointedOn?: string;
  recruitId?: number;
  lastName?: string;
}

/** A reserve (ACTIVE Level I, 16 hours a month, appointed in 2020 unless told), with contact details. */
export async function aReserveRow(db: DataSource, row: ReserveRow): Promise<number> {
  const n = ++people;
  const [id] = await insertRows(db, 'reserve_officer', [
    {
      badge_number: `D${String(n).padStart(5, '0')}`,
      first_name: 'Lee',
      last_name: row.lastName ?? `Reserve ${String(n).padStart(3, '0')}`,
      email: `dashboard.reserve${n}@example.org`,
      phone: '+1 213 555 0199',
      address: '100 W 1st St',
      level: row.level ?? 'LEVEL_I',
      status: row.status ?? 'ACTIVE',
      home_division_id: row.divisionId,
      appointed_on: row.appointedOn ?? '2020-01-15',
      prior_service: 'ACADEMY_GRADUATE',
      recruit_id: row.recruitId ?? null,
      monthly_minimum_hours: row.monthlyMinimumHours ?? 16,
    },
  ]);
  return id;
}

/** A division with its weekly target (area ids must be unique in a database). */
export async function aDivisionRow(db: DataSource, areaId: number, weeklyTargetHours = 12, name = `Area ${areaId}`): Promise<number> {
  const [id] = await insertRows(db, 'division', [{ area_id: areaId, name, bureau: 'CENTRAL', weekly_target_hours: weeklyTargetHours }]);
  return id;
}

/** A module: required of the levels given, recertified every `months` (none: once), active unless told. */
export async function aModuleRow(db: DataSource, code: string, levels: readonly string[], months: number | null, active = true): Promise<number> {
  const [id] = await insertRows(db, 'curriculum_module', [
    { code, title: `Module ${code}`, category: 'RESPECT_AND_VALUES', requirement_source: 'POST', hours: 8, passing_score: 70, required_for_levels: levels, recertification_months: months, active },
  ]);
  return id;
}

export interface TrainingRow {
  moduleId: number;
  reserveId?: number;
  recruitId?: number;
  completedOn: string;
  expiresOn?: string | null;
  passed?: boolean;
  score?: number | null;
  hours?: number;
}

/** Training records as given (passed, score 90, 8 hours, never expiring unless told). */
export function trainingRows(db: DataSource, rows: readonly TrainingRow[]): Promise<number[]> {
  return insertRows(
    db,
    'training_record',
    rows.map((row) => ({
      module_id: row.moduleId,
      reserve_id: row.reserveId ?? null,
      recruit_id: row.recruitId ?? null,
      completed_on: row.completedOn,
      expires_on: row.expiresOn ?? null,
      passed: row.passed ?? true,
      score: row.score === undefined ? 90 : row.score,
      hours: row.hours ?? 8,
    })),
  );
}

export interface DutyRow {
  divisionId: number;
  startsAt: string;
  endsAt: string;
  kind?: string;
  status?: string;
  headcount?: number;
  /** Reserves on it: their assignment status (COMPLETED unless told) and recorded hours. */
  crew?: readonly { reserveId: number; status?: string; hoursServed?: number }[];
}

/** A deployment (a PUBLISHED visibility patrol unless told) and its assignments. */
export async function aDuty(db: DataSource, duty: DutyRow): Promise<number> {
  const [id] = await insertRows(db, 'deployment', [
    {
      division_id: duty.divisionId,
      kind: duty.kind ?? 'VISIBILITY_PATROL',
      location: 'Dashboard patrol area',
      starts_at: duty.startsAt,
      ends_at: duty.endsAt,
      required_headcount: duty.headcount ?? 1,
      status: duty.status ?? 'PUBLISHED',
    },
  ]);
  await insertRows(
    db,
    'assignment',
    (duty.crew ?? []).map((member) => ({
      deployment_id: id,
      reserve_id: member.reserveId,
      status: member.status ?? 'COMPLETED',
      hours_served: member.hoursServed ?? null,
    })),
  );
  return id;
}
