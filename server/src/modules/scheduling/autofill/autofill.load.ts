import type { EntityManager } from 'typeorm';
import { laDateOf, laMonthOf } from '../../../common/la-time.js';
import { DeploymentStatus, INACTIVE_ASSIGNMENT_STATUSES } from '../../deployments/deployment.enums.js';
import type { CrewMember, DeploymentFact } from '../facts.js';
import { loadScheduleFacts } from '../facts.js';
import { completedHours } from '../hours.js';
import type { SchedulingSettings } from '../scheduling.settings.js';
import type { MonthHours, PlanInput } from './planner.js';

/** Deployments that still take reserves. */
const FILLABLE = [DeploymentStatus.DRAFT, DeploymentStatus.PUBLISHED];

/**
 * The deployments starting in [from, to) (in the divisions named, if any) that are open and have not
 * started yet, with their active crews: two statements whatever their number.
 */
export async function loadOpenDeployments(db: EntityManager, window: { from: Date; to: Date }, divisionIds: readonly number[] | null, now: Date) {
  const rows = (await db.query(
    `SELECT id, division_id AS "divisionId", kind, status, starts_at AS "startsAt", ends_at AS "endsAt", required_headcount AS "requiredHeadcount"
       FROM deployment
      WHERE starts_at >= $1 AND starts_at < $2 AND starts_at > $3 AND status = ANY($4) AND ($5::int[] IS NULL OR division_id = ANY($5))
      ORDER BY starts_at, id`,
    [window.from, window.to, now, FILLABLE, divisionIds ? [...divisionIds] : null],
  )) as Omit<DeploymentFact, 'crew'>[];
  const crews = (await db.query(
    `SELECT a.deployment_id AS "deploymentId", a.id AS "assignmentId", a.reserve_id AS "reserveId", r.level, a.status
       FROM assignment a JOIN reserve_officer r ON r.id = a.reserve_id
      WHERE a.deployment_id = ANY($1) AND a.status <> ALL($2) ORDER BY a.id`,
    [rows.map((row) => row.id), INACTIVE_ASSIGNMENT_STATUSES],
  )) as (CrewMember & { deploymentId: number })[];
  const byDeployment = new Map<number, CrewMember[]>(rows.map((row) => [row.id, []]));
  for (const { deploymentId, ...member } of crews) byDeployment.get(deploymentId)?.push(member);
  return rows.map((row): DeploymentFact => ({ ...row, crew: byDeployment.get(row.id) ?? [] }));
}

/** Completed hours of every reserve in each Los Angeles month the deployments start in: one statement per month. */
async function loadMonthHours(db: EntityManager, deployments: readonly DeploymentFact[]): Promise<MonthHours> {
  const months = new Map<string, { start: Date; end: Date }>();
  for (const deployment of deployments) {
    const key = laDateOf(deployment.startsAt).slice(0, 7);
    if (!months.has(key)) months.set(key, laMonthOf(deployment.startsAt));
  }
  const hours = new Map<string, ReadonlyMap<number, number>>();
  for (const [key, month] of months) {
    const done = await completedHours(db, null, { from: month.start, to: month.end });
    hours.set(key, new Map([...done].map(([reserveId, served]) => [reserveId, served.hours])));
  }
  return hours;
}

/** What the planner reads about a period: a handful of statements, not one per deployment or reserve. */
export async function loadPlanInput(
  db: EntityManager,
  window: { from: Date; to: Date },
  divisionIds: readonly number[] | null,
  now: Date,
  settings: SchedulingSettings,
): Promise<PlanInput> {
  const deployments = await loadOpenDeployments(db, window, divisionIds, now);
  const facts = await loadScheduleFacts(db, window);
  return { deployments, facts, settings, monthHours: await loadMonthHours(db, deployments) };
}
