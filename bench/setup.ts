import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { freePort } from '../server/src/common/free-port.js';
import { createDataSource } from '../server/src/database/data-source.js';
import { startEmbeddedPostgres } from '../server/src/database/embedded.js';
import { SESSION_COOKIE } from '../server/src/modules/auth/auth.settings.js';
import { hashPassword } from '../server/src/modules/users/passwords.js';
import type { ChildMessage, MemorySample } from './child.js';
import { addPostgraphileFunctions, generateBenchData, type BenchData } from './data.js';

export const BENCH_ADMIN = { email: 'bench.admin@example.org', password: 'bench passphrase for the admin 8' };
const quiet = pino({ level: 'silent' });

export { since } from '../server/src/cli/bench-support.js';

export interface BenchDatabase {
  url: string;
  /** The postmaster's process id (embedded cluster only): its children are the backends whose CPU the bench counts. */
  postgresPid: number | undefined;
  dispose(): Promise<void>;
}

/** A database nobody else uses: a throwaway embedded cluster, or a new database on DATABASE_URL's server. */
export async function throwawayDatabase(): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const name = `bench_${randomBytes(4).toString('hex')}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: external });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(external);
    url.pathname = `/${name}`;
    return { url: url.toString(), postgresPid: undefined, dispose: () => admin(`DROP DATABASE ${name} WITH (FORCE)`) };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-'));
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: quiet, throwaway: true });
  await cluster.createDatabase('bench');
  const postmaster = await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
  return {
    url: cluster.urlFor('bench'),
    postgresPid: Number(postmaster.split('\n')[0]),
    async dispose() {
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Migrations, the generated data, PostGraphile's functions and the administrator the bench signs in as. */
export async function prepareDatabase(url: string): Promise<BenchData> {
  const db = createDataSource({ url, log: quiet, poolSize: 2 });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    const data = await generateBenchData(db);
    await addPostgraphileFunctions(db);
    await db.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Bench administrator', 'ADMIN', $2)`, [
      BENCH_ADMIN.email,
      await hashPassword(BENCH_ADMIN.password),
    ]);
    return data;
  } finally {
    await db.destroy();
  }
}

export interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** Resident set and heap of the process (the heap after a full collection where it can). */
  memory(): Promise<MemorySample>;
  stop(): Promise<void>;
}

export const SERVER_SCRIPTS = {
  project: 'project-server.js',
  postgraphile: 'postgraphile-server.js',
  ceiling: 'ceiling-server.js',
} as const;

/** Starts one of the bench's servers as its own process (its own event loop) and waits for its port. */
export async function startServerProcess(
  name: keyof typeof SERVER_SCRIPTS,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const script = new URL(`./${SERVER_SCRIPTS[name]}`, import.meta.url);
  const child = fork(script, [], { env: { ...process.env, ...env }, execArgv: nodeArgs, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s:\n${output}`)), 120_000);
    child.on('message', (message: ChildMessage) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      resolve(message.port);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it listened:\n${output}`));
    });
  });

  return {
    name,
    url: `http://127.0.0.1:${port}`,
    child,
    memory: () =>
      new Promise<MemorySample>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name} did not report its memory`)), 30_000);
        const listener = (message: ChildMessage) => {
          if (message.type !== 'memory') return;
          clearTimeout(timer);
          child.off('message', listener);
          resolve(message);
        };
        child.on('message', listener);
        child.send('memory');
      }),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      if (code !== 0) console.error(`${name} exited with ${code}:\n${output.slice(-3_000)}`);
    },
  };
}

/** The environment the project's server runs with in the bench: production settings, no access log. */
export function projectEnv(databaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    DB_POOL_SIZE: '10',
    LOG_LEVEL: 'warn',
  };
}

/** Signs in to the project's server and answers the session cookie. */
export async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
      variables: BENCH_ADMIN,
    }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith(`${SESSION_COOKIE}=`));
  if (body.errors || !cookie) throw new Error(`bench sign-in failed: ${JSON.stringify(body)}`);
  return cookie.split(';')[0];
}
