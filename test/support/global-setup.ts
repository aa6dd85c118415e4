import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/src/database/embedded.js';
import { freePort } from '../../server/src/common/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The maintenance database of the run's throwaway PostgreSQL; each test file makes its own database. */
    pgAdminUrl: string;
  }
}

/** One throwaway embedded PostgreSQL for the whole run (no fsync: nothing here is kept). */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tracker-test-'));
  await chmod(dataDir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: pino({ level: 'warn' }), throwaway: true });
  project.provide('pgAdminUrl', cluster.adminUrl);
  return async () => {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
