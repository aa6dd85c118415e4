import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../common/clock.js';
import { Bureau, Division } from '../modules/divisions/division.entity.js';
import { seedCurriculum } from './curriculum.js';
import { laDateOf } from '../common/la-time.js';
import divisionFacts from './lapd-divisions.json' with { type: 'json' };
import { seedPopulation } from './population.js';
import { DEMO_SEED, Random } from './random.js';
import { seedDemoUsers } from './users.js';
import type { SeededDivision } from './seed-context.js';

export interface SeedOptions {
  clock: Clock;
  log: Logger;
  /** Skip entirely when the database already holds divisions (first start of an empty database). */
  onlyIfEmpty?: boolean;
}

interface DivisionFact {
  areaId: number;
  name: string;
  bureau: Bureau;
}

/** The 21 LAPD divisions with their bureaus (a copy of shared/reference/lapd-divisions.json). */
export const lapdDivisions = (divisionFacts as { divisions: DivisionFact[] }).divisions;

/** Keeps two seeds (two replicas starting on one empty database) from running at once. */
const SEED_LOCK = 7_410_231;

/** Weekly visibility-patrol target per division: 10, 12 or 14 hours, so some divisions meet it and some fall short. */
function weeklyTargetHours(areaId: number): number {
  return 10 + (areaId % 3) * 2;
}

/** Inserts the divisions not there yet (by area id), then reads all 21 back. */
async function seedDivisions(tx: EntityManager): Promise<SeededDivision[]> {
  await tx
    .createQueryBuilder()
    .insert()
    .into(Division)
    .values(lapdDivisions.map((d) => ({ ...d, weeklyTargetHours: weeklyTargetHours(d.areaId) })))
    .orIgnore()
    .execute();
  const rows = await tx.find(Division, { order: { areaId: 'ASC' } });
  return rows
    .filter((row) => lapdDivisions.some((d) => d.areaId === row.areaId))
    .map(({ id, areaId, name, bureau }) => ({ id, areaId, name, bureau }));
}

async function holdsPeople(tx: EntityManager): Promise<boolean> {
  const [row] = (await tx.query(
    `SELECT EXISTS (SELECT 1 FROM reserve_officer) OR EXISTS (SELECT 1 FROM recruit) AS "holdsPeople"`,
  )) as { holdsPeople: boolean }[];
  return row.holdsPeople;
}

/**
 * Deterministic demo data, in one transaction: reference data (divisions, curriculum) is added where
 * missing; the people and the schedule (academy classes, recruits, reserves, training records,
 * deployments, assignments) only into a database that has no recruits and no reserves yet. The same
 * clock gives the same rows; a second run adds nothing.
 */
export async function seedDemoData(db: DataSource, options: SeedOptions): Promise<void> {
  const { log, onlyIfEmpty = false } = options;
  if (onlyIfEmpty && (await db.getRepository(Division).count()) > 0) return;
  const started = performance.now();
  const now = options.clock.now();
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock($1)`, [SEED_LOCK]);
    const divisions = await seedDivisions(tx);
    const modules = await seedCurriculum(tx);
    await seedDemoUsers(tx);
    if (await holdsPeople(tx)) {
      log.info('demo data: recruits or reserves already present; only reference data was checked');
      return;
    }
    const counts = await seedPopulation(tx, { random: new Random(DEMO_SEED), now, today: laDateOf(now), divisions, modules });
    log.info({ ...counts, divisions: divisions.length, modules: modules.length }, 'demo data: population loaded');
  });
  log.info({ ms: Math.round(performance.now() - started) }, 'demo data loaded');
}
