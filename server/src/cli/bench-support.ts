import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino, type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Role } from '../common/access.js';
import { fixedClock } from '../common/clock.js';
import type { AppContext } from '../common/context.js';
import { SessionCache } from '../modules/auth/session-cache.js';
import { Loaders } from '../common/loaders.js';
import { freePort } from '../common/free-port.js';
import { startEmbeddedPostgres } from '../database/embedded.js';
import { column, insertColumns } from '../database/insert-columns.js';
import { DEFAULT_AUTH_SETTINGS } from '../modules/auth/auth.settings.js';
import { DEFAULT_DASHBOARD_SETTINGS } from '../modules/dashboards/dashboard.settings.js';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../modules/recruits/recruitment.settings.js';
import { DEFAULT_SCHEDULING_SETTINGS } from '../modules/scheduling/scheduling.settings.js';
import { DEFAULT_TRAINING_SETTINGS } from '../modules/training/training.settings.js';
import { lapdDivisions } from '../seed/seed.js';

/** What the benches share: throwaway databases, a request's context, and medians of timings. */


export interface ThrowawayCluster {
  /** A new empty database, dropped (or stopped with the cluster) at dispose. */
  database(name: string): Promise<string>;
  dispose(): Promise<void>;
}

/**
 * Databases nobody else uses: on DATABASE_URL's server when set (each dropped afterwards), else in an
 * embedded PostgreSQL in a temporary folder, removed afterwards.
 */
export async function throwawayCluster(prefix: string, log: Logger): Promise<ThrowawayCluster> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const created: string[] = [];
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: external });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    return {
      async database(name) {
        const full = `${prefix}_${name}_${randomBytes(4).toString('hex')}`.replace(/[^a-z0-9_]/gi, '_');
        await admin(`CREATE DATABASE ${full}`);
        created.push(full);
        const url = new URL(external);
        url.pathname = `/${full}`;
        return url.toString();
      },
      async dispose() {
        for (const name of created) await admin(`DROP DATABASE ${name}`);
      },
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), log, throwaway: true });
  return {
    async database(name) {
      await cluster.createDatabase(name);
      return cluster.urlFor(name);
    },
    async dispose() {
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** What a request of this role would carry, for benches that call services without HTTP. */
export function benchContext(db: DataSource, role: Role, now: Date, requestId: string): AppContext {
  return {
    requestId,
    sourceAddress: undefined,
    db,
    loaders: new Loaders(db),
    clock: fixedClock(now),
    log: pino({ level: 'silent' }),
    user: { id: 0, email: 'bench@example.org', name: 'Bench', role, sessionId: 0 },
    sessions: SessionCache.off(),
    cookie: { set() {}, clear() {} },
    auth: DEFAULT_AUTH_SETTINGS,
    scheduling: DEFAULT_SCHEDULING_SETTINGS,
    training: DEFAULT_TRAINING_SETTINGS,
    recruitment: DEFAULT_RECRUITMENT_SETTINGS,
    dashboards: DEFAULT_DASHBOARD_SETTINGS,
    publicUrl: 'http://localhost',
  };
}

/** The 21 LAPD divisions, in the seed's order, with a weekly patrol target each; answers their ids. */
export function insertLapdDivisions(db: DataSource, weeklyTargetHours: (areaId: number) => number = () => 36): Promise<number[]> {
  return insertColumns(db, 'division', {
    area_id: column('int', lapdDivisions, (d) => d.areaId),
    name: column('text', lapdDivisions, (d) => d.name),
    bureau: column('text', lapdDivisions, (d) => d.bureau),
    weekly_target_hours: column('numeric', lapdDivisions, (d) => weeklyTargetHours(d.areaId)),
  });
}
