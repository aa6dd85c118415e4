import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors.js';
import { AssignmentStatus, DeploymentKind, DeploymentStatus, INACTIVE_ASSIGNMENT_STATUSES } from '../deployments/deployment.enums.js';
import type { ReserveLevel, ReserveStatus } from '../reserves/reserve.enums.js';

const DAY_MS = 86_400_000;

export interface ReserveFact {
  id: number;
  level: ReserveLevel;
  status: ReserveStatus;
  homeDivisionId: number;
  monthlyMinimumHours: number;
}

/** A passed training record. */
export interface TrainingFact {
  moduleId: number;
  completedOn: string;
  expiresOn: string | null;
  hours: number;
}

/** An active assignment that holds a reserve's time. */
export interface Booking {
  deploymentId: number;
  startsAt: Date;
  endsAt: Date;
}

export interface ModuleFact {
  id: number;
  code: string;
  title: string;
  requiredForLevels: ReserveLevel[];
}

export interface CrewMember {
  assignmentId: number;
  reserveId: number;
  level: ReserveLevel;
  status: AssignmentStatus;
}

export interface DeploymentFact {
  id: number;
  divisionId: number;
  kind: DeploymentKind;
  status: DeploymentStatus;
  startsAt: Date;
  endsAt: Date;
  requiredHeadcount: number;
  /** Its active assignments. */
  crew: CrewMember[];
}

/** What the eligibility rules read about a set of reserves around a period, loaded in a few statements. */
export interface ScheduleFacts {
  reserves: Map<number, ReserveFact>;
  training: Map<number, TrainingFact[]>;
  bookings: Map<number, Booking[]>;
  modules: ModuleFact[];
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const id = key(row);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/**
 * Loads the reserves (all who are not separated, or the ones named), their passed training, the
 * active modules, and their active assignments from a week before `from` to a week after `to`
 * (enough for the rest and weekly rules).
 */
export async function loadScheduleFacts(
  db: EntityManager,
  period: { from: Date; to: Date },
  reserveIds?: readonly number[],
): Promise<ScheduleFacts> {
  // Named reserves are loaded whatever their status (so a separated one is told NOT_ACTIVE).
  const only = reserveIds ? 'AND r.id = ANY($1)' : `AND r.status <> 'SEPARATED' AND $1::int[] IS NULL`;
  const ids = reserveIds ? [...reserveIds] : null;
  const reserves = (await db.query(
    `SELECT r.id, r.level, r.status, r.home_division_id AS "homeDivisionId", r.monthly_minimum_hours AS "monthlyMinimumHours"
       FROM reserve_officer r WHERE TRUE ${only} ORDER BY r.id`,
    [ids],
  )) as ReserveFact[];
  const training = (await db.query(
    `SELECT t.reserve_id AS "reserveId", t.module_id AS "moduleId", t.completed_on AS "completedOn", t.expires_on AS "expiresOn", t.hours
       FROM training_record t JOIN reserve_officer r ON r.id = t.reserve_id
      WHERE t.passed ${only} ORDER BY t.completed_on`,
    [ids],
  )) as (TrainingFact & { reserveId: number })[];
  const bookings = (await db.query(
    `SELECT a.reserve_id AS "reserveId", a.deployment_id AS "deploymentId", a.starts_at AS "startsAt", a.ends_at AS "endsAt"
       FROM assignment a JOIN reserve_officer r ON r.id = a.reserve_id
      WHERE a.status <> ALL($2) AND a.starts_at < $4 AND a.ends_at > $3 ${only} ORDER BY a.starts_at`,
    [ids, INACTIVE_ASSIGNMENT_STATUSES, new Date(period.from.getTime() - 8 * DAY_MS), new Date(period.to.getTime() + 8 * DAY_MS)],
  )) as (Booking & { reserveId: number })[];
  const modules = (await db.query(
    `SELECT id, code, title, required_for_levels AS "requiredForLevels" FROM curriculum_module WHERE active ORDER BY code`,
  )) as ModuleFact[];
  return {
    reserves: new Map(reserves.map((reserve) => [reserve.id, reserve])),
    training: groupBy(training, (row) => row.reserveId),
    bookings: groupBy(bookings, (row) => row.reserveId),
    modules,
  };
}

/** A deployment with its active crew; locked for the transaction when asked (assignments serialize on it). */
export async function loadDeployment(db: EntityManager, id: number, lock = false): Promise<DeploymentFact> {
  const [row] = (await db.query(
    `SELECT id, division_id AS "divisionId", kind, status, starts_at AS "startsAt", ends_at AS "endsAt", required_headcount AS "requiredHeadcount"
       FROM deployment WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  )) as Omit<DeploymentFact, 'crew'>[];
  if (!row) throw new NotFoundError('Deployment', id);
  const crew = (await db.query(
    `SELECT a.id AS "assignmentId", a.reserve_id AS "reserveId", r.level, a.status
       FROM assignment a JOIN reserve_officer r ON r.id = a.reserve_id
      WHERE a.deployment_id = $1 AND a.status <> ALL($2) ORDER BY a.id`,
    [id, INACTIVE_ASSIGNMENT_STATUSES],
  )) as CrewMember[];
  return { ...row, crew };
}
