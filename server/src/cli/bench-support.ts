import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { startEmbeddedPostgres } from '../database/embedded.js';

/** What the benches share: throwaway databases, and medians of timings. */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

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
