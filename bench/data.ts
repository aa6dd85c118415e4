import type { DataSource } from 'typeorm';
import { requiredModules, seedCurriculum } from '../server/src/seed/curriculum.js';
import { aName, emailOf, phoneOf } from '../server/src/seed/names.js';
import { PLACES } from '../server/src/seed/places.js';
import { Random } from '../server/src/seed/random.js';
import { lapdDivisions } from '../server/src/seed/seed.js';
import { ReserveLevel, ReserveStatus } from '../server/src/modules/reserves/reserve.enums.js';
import { addMonths, laDateOf } from '../server/src/common/la-time.js';
import { column, insertColumns } from '../server/src/database/insert-columns.js';
import { insertLapdDivisions } from '../server/src/cli/bench-support.js';

/** The sizes the README's figures are for; `--quick` uses the same data. */
export const SIZES = { reserves: 2_000, deployments: 20_000, crew: 3 } as const;

const HOUR = 3_600_000;
/** Deployments start every 8 hours in each division and last 4. */
const SLOT_HOURS = 8;
const DURATION_HOURS = 4;

export interface BenchData {
  divisions: number;
  reserves: number;
  reserveIds: number[];
  deployments: number;
  assignments: number;
  trainingRecords: number;
  modules: number;
}

/**
 * 21 divisions, the real curriculum, 2,000 reserves with their training, 20,000 deployments (one
 * every 8 hours in each division, half of them past and completed, half ahead) and 60,000 assignments
 * (three reserves on each; no reserve twice in one 8-hour slot, so the no-overlap constraint holds).
 *
 * Times are laid around `now` so that no deployment ends within 6 hours after it: what counts as
 * "upcoming" stays the same for the whole run.
 */
export async function generateBenchData(db: DataSource, now = new Date()): Promise<BenchData> {
  const random = new Random(20_260_808);
  const divisionRows = lapdDivisions;
  const divisionIds = await insertLapdDivisions(db);
  const modules = await seedCurriculum(db.manager);

  const people = random.fork('reserves');
  const reserves = Array.from({ length: SIZES.reserves }, (_, i) => {
    const home = people.int(0, divisionIds.length - 1);
    const name = aName(people);
    return {
      badge: String(30_000 + i),
      ...name,
      email: emailOf(name, i),
      phone: phoneOf(people, PLACES[divisionRows[home].areaId]?.areaCode ?? '213'),
      level: people.weighted([[ReserveLevel.LEVEL_I, 55], [ReserveLevel.LEVEL_II, 30], [ReserveLevel.LEVEL_III, 10], [ReserveLevel.SPECIALIST, 5]] as const),
      status: people.weighted([[ReserveStatus.ACTIVE, 90], [ReserveStatus.LEAVE, 5], [ReserveStatus.INACTIVE, 5]] as const),
      home: divisionIds[home],
      appointedOn: `20${String(people.int(5, 25)).padStart(2, '0')}-0${people.int(1, 9)}-1${people.int(0, 9)}`,
    };
  });
  const reserveIds = await insertColumns(db, 'reserve_officer', {
    badge_number: column('text', reserves, (r) => r.badge),
    first_name: column('text', reserves, (r) => r.firstName),
    last_name: column('text', reserves, (r) => r.lastName),
    email: column('text', reserves, (r) => r.email),
    phone: column('text', reserves, (r) => r.phone),
    level: column('text', reserves, (r) => r.level),
    status: column('text', reserves, (r) => r.status),
    home_division_id: column('int', reserves, (r) => r.home),
    appointed_on: column('date', reserves, (r) => r.appointedOn),
    prior_service: column('text', reserves, () => 'ACADEMY_GRADUATE'),
    monthly_minimum_hours: column('numeric', reserves, (r) => (r.level === ReserveLevel.SPECIALIST ? 0 : 16)),
  });

  // Every required module, a few of them expired or never passed, a failed first attempt now and then.
  const today = laDateOf(now);
  const training: { reserveId: number; moduleId: number; completedOn: string; expiresOn: string | null; hours: number; passed: boolean; score: number }[] = [];
  const courses = random.fork('training');
  reserves.forEach((reserve, i) => {
    for (const module of requiredModules(modules, reserve.level)) {
      if (courses.chance(0.02)) continue;
      const interval = module.recertificationMonths;
      const expired = interval !== null && courses.chance(0.05);
      const completedOn = addMonths(today, expired ? -(interval + courses.int(1, 6)) : -courses.int(1, Math.min(22, interval ?? 22)));
      if (courses.chance(0.1)) {
        training.push({ reserveId: reserveIds[i], moduleId: module.id, completedOn: addMonths(completedOn, -1), expiresOn: null, hours: module.hours, passed: false, score: 55 });
      }
      const expiresOn = interval ? addMonths(completedOn, interval) : null;
      training.push({ reserveId: reserveIds[i], moduleId: module.id, completedOn, expiresOn, hours: module.hours, passed: true, score: courses.int(75, 100) });
    }
  });
  await insertColumns(db, 'training_record', {
    reserve_id: column('int', training, (t) => t.reserveId),
    module_id: column('int', training, (t) => t.moduleId),
    completed_on: column('date', training, (t) => t.completedOn),
    expires_on: column('date', training, (t) => t.expiresOn),
    hours: column('numeric', training, (t) => t.hours),
    passed: column('bool', training, (t) => t.passed),
    score: column('numeric', training, (t) => t.score),
    instructor: column('text', training, () => 'Sgt. Teresa Alvarado'),
  });

  // Slots every 8 hours from an anchor 2 to 3 hours ahead (a whole hour): ends fall 4 hours after a
  // slot starts, so none falls between 6 hours ago and 6 hours from now.
  const anchor = Math.ceil((now.getTime() + 2 * HOUR) / HOUR) * HOUR;
  const slots = Math.ceil(SIZES.deployments / divisionIds.length);
  const firstSlot = -Math.floor(slots / 2);
  const plan = random.fork('deployments');
  const deployments = Array.from({ length: SIZES.deployments }, (_, i) => {
    const slot = Math.floor(i / divisionIds.length);
    const division = i % divisionIds.length;
    const startsAt = new Date(anchor + (firstSlot + slot) * SLOT_HOURS * HOUR);
    const past = startsAt.getTime() < now.getTime();
    const patrolAreas = PLACES[divisionRows[division].areaId]?.patrolAreas ?? ['Patrol area'];
    return {
      slot,
      division,
      divisionId: divisionIds[division],
      startsAt,
      endsAt: new Date(startsAt.getTime() + DURATION_HOURS * HOUR),
      location: plan.pick(patrolAreas),
      headcount: plan.int(SIZES.crew, SIZES.crew + 1),
      status: plan.chance(0.02) ? 'CANCELLED' : past ? 'COMPLETED' : plan.chance(0.2) ? 'DRAFT' : 'PUBLISHED',
    };
  });
  const deploymentIds = await insertColumns(db, 'deployment', {
    division_id: column('int', deployments, (d) => d.divisionId),
    kind: column('text', deployments, () => 'VISIBILITY_PATROL'),
    location: column('text', deployments, (d) => d.location),
    starts_at: column('timestamptz', deployments, (d) => d.startsAt),
    ends_at: column('timestamptz', deployments, (d) => d.endsAt),
    required_headcount: column('int', deployments, (d) => d.headcount),
    status: column('text', deployments, (d) => d.status),
  });

  // Reserve k of division d in slot s: (s * 63 + d * 3 + k) mod 2,000, so nobody is in two places in one slot.
  const crewPlan = random.fork('assignments');
  const perSlot = divisionIds.length * SIZES.crew;
  const crews = deployments.flatMap((deployment, i) =>
    Array.from({ length: SIZES.crew }, (_, k) => {
      const reserveIndex = (deployment.slot * perSlot + deployment.division * SIZES.crew + k) % reserveIds.length;
      const status =
        deployment.status === 'CANCELLED'
          ? 'CANCELLED'
          : deployment.status === 'COMPLETED'
            ? crewPlan.chance(0.04) ? 'NO_SHOW' : 'COMPLETED'
            : crewPlan.weighted([['ASSIGNED', 45], ['CONFIRMED', 50], ['DECLINED', 5]] as const);
      return {
        deploymentId: deploymentIds[i],
        reserveId: reserveIds[reserveIndex],
        status,
        hours: status === 'COMPLETED' ? DURATION_HOURS : null,
        assignedAt: new Date(deployment.startsAt.getTime() - 14 * 24 * HOUR),
      };
    }),
  );
  await insertColumns(db, 'assignment', {
    deployment_id: column('int', crews, (c) => c.deploymentId),
    reserve_id: column('int', crews, (c) => c.reserveId),
    status: column('text', crews, (c) => c.status),
    hours_served: column('numeric', crews, (c) => c.hours),
    assigned_by: column('text', crews, () => 'coordinator.alvarez@reserve.example.org'),
    assigned_at: column('timestamptz', crews, (c) => c.assignedAt),
  });
  await db.query('VACUUM ANALYZE');
  return {
    divisions: divisionIds.length,
    reserves: reserveIds.length,
    reserveIds,
    deployments: deploymentIds.length,
    assignments: crews.length,
    trainingRecords: training.length,
    modules: modules.length,
  };
}

/**
 * What PostGraphile needs to answer the same questions, as a PostGraphile user would write it: SQL
 * functions it exposes (a computed column on ReserveOfficer, a root query). Made in the bench's
 * throwaway database only; the project's schema does not need them.
 */
export async function addPostgraphileFunctions(db: DataSource): Promise<void> {
  // ReserveOfficer.upcomingAssignments: ASSIGNED or CONFIRMED, on deployments that have not ended, soonest first.
  await db.query(`CREATE FUNCTION reserve_officer_upcoming_assignments(r reserve_officer) RETURNS SETOF assignment
    LANGUAGE sql STABLE AS $$
      SELECT a.* FROM assignment a
       WHERE a.reserve_id = r.id AND a.status IN ('ASSIGNED', 'CONFIRMED') AND a.ends_at > now()
       ORDER BY a.starts_at, a.id
    $$`);
  // expiringTraining(withinDays, includeExpired): the latest pass of each required module of active
  // reserves and academy recruits, expiring within the window; the API's own statement, as a function.
  await db.query(`CREATE FUNCTION expiring_training(within_days integer, include_expired boolean) RETURNS SETOF training_record
    LANGUAGE sql STABLE AS $$
      WITH today AS (SELECT (now() AT TIME ZONE 'America/Los_Angeles')::date AS d),
      passed AS (
        SELECT t AS rec, r.level AS trainee_level FROM reserve_officer r JOIN training_record t ON t.reserve_id = r.id, today
         WHERE r.status = 'ACTIVE' AND t.passed AND t.completed_on <= today.d
        UNION ALL
        SELECT t, c.target_level FROM recruit c JOIN training_record t ON t.recruit_id = c.id, today
         WHERE c.stage = 'ACADEMY' AND t.passed AND t.completed_on <= today.d
      ), latest AS (
        SELECT DISTINCT ON ((rec).reserve_id, (rec).recruit_id, (rec).module_id) *
          FROM passed
         ORDER BY (rec).reserve_id, (rec).recruit_id, (rec).module_id, (rec).completed_on DESC, (rec).expires_on DESC NULLS FIRST, (rec).id DESC
      )
      SELECT (l.rec).* FROM latest l JOIN curriculum_module m ON m.id = (l.rec).module_id, today
       WHERE m.active AND l.trainee_level = ANY (m.required_for_levels)
         AND (l.rec).expires_on <= today.d + within_days
         AND (include_expired OR (l.rec).expires_on > today.d)
       ORDER BY (l.rec).expires_on, m.code, (l.rec).reserve_id NULLS LAST, (l.rec).recruit_id
    $$`);
}
