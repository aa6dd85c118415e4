import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock.js';
import { Bureau, Division } from '../modules/divisions/division.entity.js';
import divisionFacts from './lapd-divisions.json' with { type: 'json' };

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

/** Deterministic demo data; a second run adds nothing. */
export async function seedDemoData(db: DataSource, options: SeedOptions): Promise<void> {
  const { log, onlyIfEmpty = false } = options;
  if (onlyIfEmpty && (await db.getRepository(Division).count()) > 0) return;
  await db.transaction(async (tx) => {
    await tx
      .createQueryBuilder()
      .insert()
      .into(Division)
      .values(lapdDivisions.map((d) => ({ ...d, weeklyTargetHours: 40 + (d.areaId % 5) * 10 })))
      .orIgnore()
      .execute();
  });
  log.info('demo data loaded');
}
