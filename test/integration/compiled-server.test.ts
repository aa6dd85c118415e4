import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../server/src/seed/users.js';
import { freshDatabaseUrl, sessionCookieOf } from '../support/api.js';
import { freePort } from '../../server/src/common/free-port.js';
import { startNodeProcess } from '../support/process.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const main = path.join(root, 'dist/server/src/main.js');

/** Signs in as the demo administrator (demo data is loaded outside production), then asks. */
async function graphql(port: number, query: string) {
  const post = (body: unknown, cookie?: string) =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const login = await post({
    query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
    variables: { e: DEMO_USERS[0].email, p: DEMO_PASSWORD },
  });
  const response = await post({ query }, sessionCookieOf(login));
  return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

/** postgres processes still running on a data folder. */
async function postgresOn(dataDir: string): Promise<string> {
  const { stdout } = await run('ps', ['-eo', 'args']);
  return stdout.split('\n').filter((line) => line.includes(dataDir)).join('\n');
}

beforeAll(async () => {
  // The build is what `npm start` runs: decorators, ESM relations and JSON imports must survive tsc.
  await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
}, 120_000);

describe('the compiled server (npm start)', () => {
  it('runs on DATABASE_URL: migrates, loads the demo data, answers, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const server = await startNodeProcess(main, { DATABASE_URL: await freshDatabaseUrl(), PORT: String(port), LOG_LEVEL: 'info', NODE_ENV: 'development' });
    try {
      expect((await graphql(port, '{ _allDivisionsMeta { count } }')).data).toEqual({ _allDivisionsMeta: { count: 21 } });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      expect(server.output()).not.toContain('embedded PostgreSQL started');
    } finally {
      const { code, ms } = await server.stop('SIGTERM');
      expect(code).toBe(0);
      expect(ms).toBeLessThan(5_000);
    }
  });

  describe('without DATABASE_URL', () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'tracker-start-'));
      await chmod(dataDir, 0o755);
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it('starts its embedded PostgreSQL in DATA_DIR and stops it on SIGINT, leaving no postgres process', async () => {
      const port = await freePort();
      const env = { DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'info', DATABASE_URL: '' };
      const server = await startNodeProcess(main, env);
      try {
        expect(existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
        expect((await graphql(port, '{ allDivisions(perPage: 1) { name bureau } }')).data).toEqual({
          allDivisions: [{ name: 'Central', bureau: 'CENTRAL' }],
        });
      } finally {
        const { code, ms } = await server.stop('SIGINT');
        expect(code).toBe(0);
        expect(ms).toBeLessThan(5_000);
      }
      expect(await postgresOn(dataDir)).toBe('');
      expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

      // A second start reuses the cluster and its data (no second copy of the demo data).
      const again = await startNodeProcess(main, env);
      try {
        expect((await graphql(port, '{ _allDivisionsMeta { count } }')).data).toEqual({ _allDivisionsMeta: { count: 21 } });
      } finally {
        expect((await again.stop('SIGTERM')).code).toBe(0);
      }
    });
  });
});
