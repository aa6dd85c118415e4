import type { DataSource } from 'typeorm';
import { addDays, addMonths, laLocalToUtc } from '../common/la-time.js';
import { ReserveLevel, ReserveStatus } from '../modules/reserves/reserve.enums.js';
import { requiredModules, seedCurriculum } from '../seed/curriculum.js';
import { Random } from '../seed/random.js';
import { column, insertColumns } from '../database/insert-columns.js';
import { insertLapdDivisions } from './bench-support.js';

/** The week the bench fills (a Monday, Los Angeles) and the moment it is planned. */
export const BENCH_WEEK = '2027-03-15';
export const BENCH_NOW = new Date('2027-03-10T12:00:00Z');
const PATROLS: readonly [number, number][] = [
  [6, 10],
  [14, 18],
  [20, 24],
];

/**
 * One week of 21 divisions x 3 patrols a day x 2-4 places, 2,000 reserves (all four levels, a tenth
 * not active, a few with missing or expired training), the real curriculum, completed hours earlier
 * in the month, and a Level I already on a quarter of the patrols.
 */
export async function generateBenchInstance(db: DataSource, reserveCount = 2_000) {
  const random = new Random(2027);
  const divisionIds = await insertLapdDivisions(db);
  const modules = await seedCurriculum(db.manager);

  const reserves = Array.from({ length: reserveCount }, (_, i) => ({
    badge: `B${String(i).padStart(5, '0')}`,
    level: random.weighted([[ReserveLevel.LEVEL_I, 55], [ReserveLevel.LEVEL_II, 30], [ReserveLevel.LEVEL_III, 10], [ReserveLevel.SPECIALIST, 5]] as const),
    status: random.weighted([[ReserveStatus.ACTIVE, 90], [ReserveStatus.LEAVE, 5], [ReserveStatus.INACTIVE, 5]] as const),
    home: random.pick(divisionIds),
  }));
  const reserveIds = await insertColumns(db, 'reserve_officer', {
    badge_number: column('text', reserves, (r) => r.badge),
    first_name: column('text', reserves, () => 'Bench'),
    last_name: column('text', reserves, (r) => `Reserve ${r.badge}`),
    level: column('text', reserves, (r) => r.level),
    status: column('text', reserves, (r) => r.status),
    home_division_id: column('int', reserves, (r) => r.home),
    appointed_on: column('date', reserves, () => '2020-01-01'),
    prior_service: column('text', reserves, () => 'ACADEMY_GRADUATE'),
    monthly_minimum_hours: column('numeric', reserves, (r) => (r.level === ReserveLevel.SPECIALIST ? 0 : 16)),
  });

  const training: { reserveId: number; moduleId: number; completedOn: string; expiresOn: string | null; hours: number }[] = [];
  reserves.forEach((reserve, i) => {
    for (const module of requiredModules(modules, reserve.level)) {
      if (random.chance(0.02)) continue; // never passed
      const interval = module.recertificationMonths;
      const expired = interval !== null && random.chance(0.03);
      const completedOn = addMonths(BENCH_WEEK, expired ? -(interval + random.int(1, 6)) : -random.int(1, Math.min(20, interval ?? 20)));
      training.push({ reserveId: reserveIds[i], moduleId: module.id, completedOn, expiresOn: interval ? addMonths(completedOn, interval) : null, hours: module.hours });
    }
  });
  await insertColumns(db, 'training_record', {
    reserve_id: column('int', training, (t) => t.reserveId),
    module_id: column('int', training, (t) => t.moduleId),
    completed_on: column('date', training, (t) => t.completedOn),
    expires_on: column('date', training, (t) => t.expiresOn),
    hours: column('numeric', training, (t) => t.hours),
    passed: column('bool', training, () => true),
    score: column('numeric', training, () => 90),
  });

  const patrols = [...Array(7).keys()].flatMap((day) =>
    divisionIds.flatMap((divisionId) =>
      PATROLS.map(([start, end]) => ({
        divisionId,
        startsAt: laLocalToUtc(addDays(BENCH_WEEK, day), start),
        endsAt: laLocalToUtc(addDays(BENCH_WEEK, day), end),
        headcount: random.int(2, 4),
        status: random.chance(0.1) ? 'DRAFT' : 'PUBLISHED',
      })),
    ),
  );
  // Earlier in the month: one completed patrol a day per division, three reserves each, so monthly hours differ.
  const past = [...Array(5).keys()].flatMap((day) =>
    divisionIds.map((divisionId) => ({
      divisionId,
      startsAt: laLocalToUtc(addDays('2027-03-01', day), 9),
      endsAt: laLocalToUtc(addDays('2027-03-01', day), 13),
      headcount: 3,
      status: 'COMPLETED',
    })),
  );
  const all = [...patrols, ...past];
  const deploymentIds = await insertColumns(db, 'deployment', {
    division_id: column('int', all, (d) => d.divisionId),
    kind: column('text', all, () => 'VISIBILITY_PATROL'),
    location: column('text', all, () => 'Bench patrol area'),
    starts_at: column('timestamptz', all, (d) => d.startsAt),
    ends_at: column('timestamptz', all, (d) => d.endsAt),
    required_headcount: column('int', all, (d) => d.headcount),
    status: column('text', all, (d) => d.status),
  });

  const levelI = random.shuffle(reserveIds.filter((_, i) => reserves[i].level === ReserveLevel.LEVEL_I && reserves[i].status === ReserveStatus.ACTIVE));
  const crews: { deploymentId: number; reserveId: number; status: string; hours: number | null }[] = [];
  patrols.forEach((_, i) => {
    if (random.chance(0.25) && levelI.length) crews.push({ deploymentId: deploymentIds[i], reserveId: levelI.pop()!, status: 'CONFIRMED', hours: null });
  });
  for (let day = 0; day < 5; day++) {
    const pool = random.shuffle(reserveIds);
    divisionIds.forEach((_, d) => {
      for (let k = 0; k < 3; k++) crews.push({ deploymentId: deploymentIds[patrols.length + day * divisionIds.length + d], reserveId: pool.pop()!, status: 'COMPLETED', hours: 4 });
    });
  }
  await insertColumns(db, 'assignment', {
    deployment_id: column('int', crews, (c) => c.deploymentId),
    reserve_id: column('int', crews, (c) => c.reserveId),
    status: column('text', crews, (c) => c.status),
    hours_served: column('numeric', crews, (c) => c.hours),
    assigned_by: column('text', crews, () => 'bench'),
  });
  return { deployments: patrols.length, reserves: reserveCount, trainingRecords: training.length };
}
