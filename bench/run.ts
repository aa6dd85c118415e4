import autocannon from 'autocannon';
import { mkdir, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import pg from 'pg';
import { childrenCpuMs, cpuBetween, processCpuMs } from './cpu.js';
import { summarizeProfile } from './profile.js';
import { benchQueries, type BenchQuery, type Json, type ServerName } from './queries.js';
import { SIZES } from './data.js';
import { prepareDatabase, projectEnv, signIn, since, startServerProcess, throwawayDatabase, type ServerProcess } from './setup.js';

/**
 * `npm run bench`: the project's compiled server, PostGraphile 4 and a hand-written SQL ceiling, each
 * in its own process over the same throwaway PostgreSQL and the same generated data. Checks that all
 * three give the same answers, then loads each in turn with autocannon (rotating the order every
 * round, same connections and duration) and prints req/s, p50, p99 and the ratio project / PostGraphile
 * for each query, and the targets as passed or missed. Loopback only; every run is bounded in time.
 *
 *   --quick              a few seconds per query (CI): 1 round of 2 s after 1 s of warm-up
 *   --rounds=N           rounds per query (default 3)
 *   --duration=S         seconds per server per round (default 10)
 *   --warmup=S           seconds of warm-up per server and query (default 3)
 *   --connections=N      concurrent connections (default 10)
 *   --only=a,b           only these queries (deployments, reserves, reserve, expiring)
 *   --servers=a,b        only these servers (project, postgraphile, ceiling)
 *   --cpu-prof           profile the project's server (node --cpu-prof) and print where its time goes
 */
const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    only: { type: 'string' },
    servers: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
  },
});

/** A positive number up to a bound: every run of the bench ends by itself. */
const positive = (raw: string | undefined, fallback: number, name: string, max: number) => {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new Error(`--${name} must be a number above 0 and at most ${max}`);
  return value;
};
const ROUNDS = positive(flags.rounds, flags.quick ? 1 : 3, 'rounds', 20);
const DURATION = positive(flags.duration, flags.quick ? 2 : 10, 'duration', 300);
const WARMUP = positive(flags.warmup, flags.quick ? 1 : 3, 'warmup', 60);
const CONNECTIONS = positive(flags.connections, 10, 'connections', 200);
/** Variable sets compared between the servers, per query. */
const CHECKS = flags.quick ? 3 : 6;
const SERVERS: ServerName[] = (flags.servers?.split(',') as ServerName[] | undefined) ?? ['project', 'postgraphile', 'ceiling'];
const LABEL: Record<ServerName, string> = { project: 'project', postgraphile: 'PostGraphile', ceiling: 'SQL ceiling' };
const PROFILE_DIR = path.resolve('bench-profiles');

interface Target {
  name: ServerName;
  url: string;
  pid: number;
  headers: Record<string, string>;
}

interface Run {
  requests: number;
  seconds: number;
  latencies: number[];
  failures: number;
  /** CPU the server's process used, and PostgreSQL's backends (embedded cluster only). */
  serverCpuMs: number;
  databaseCpuMs: number;
}

/** One request of a query to one server, as autocannon and fetch send it. */
function requestOf(target: Target, query: BenchQuery, i: number): { method: 'GET' | 'POST'; path: string; body?: string } {
  if (target.name === 'ceiling') return { method: 'GET', path: query.ceiling(i) };
  const { query: document, variables } = target.name === 'project' ? query.project(i) : query.postgraphile(i);
  return { method: 'POST', path: '/graphql', body: JSON.stringify({ query: document, variables }) };
}

async function fetchAnswer(target: Target, query: BenchQuery, i: number): Promise<Json> {
  const request = requestOf(target, query, i);
  const response = await fetch(`${target.url}${request.path}`, { method: request.method, headers: target.headers, body: request.body });
  if (!response.ok) throw new Error(`${LABEL[target.name]} answered ${response.status} to ${query.name}: ${(await response.text()).slice(0, 500)}`);
  return (await response.json()) as Json;
}

/** Where two plain answers first differ, for the report. */
function firstDifference(a: Json, b: Json, at = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items against ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (found) return found;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key] ?? null, b[key] ?? null, `${at}.${key}`);
      if (found) return found;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} against ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** Counts rows at every level of an answer, to show the comparison compared something. */
function rowsIn(value: Json): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + 1 + rowsIn(item), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce<number>((sum, item) => sum + rowsIn(item), 0);
  return 0;
}

/** Every server's answer to the same requests, made plain, must be the same. */
async function checkSameAnswers(targets: Target[], queries: BenchQuery[]): Promise<boolean> {
  let allSame = true;
  for (const query of queries) {
    let same = true;
    let rows = 0;
    for (let i = 0; i < CHECKS; i++) {
      const answers = await Promise.all(targets.map(async (target) => query.plain(target.name, await fetchAnswer(target, query, i))));
      rows += rowsIn(answers[0]);
      for (let t = 1; t < targets.length; t++) {
        const difference = firstDifference(answers[0], answers[t]);
        if (difference) {
          same = false;
          console.log(`  ${query.name}: ${LABEL[targets[0].name]} and ${LABEL[targets[t].name]} differ (request ${i}): ${difference}`);
        }
      }
    }
    if (rows === 0) {
      same = false;
      console.log(`  ${query.name}: empty answers compare equal but prove nothing`);
    }
    console.log(`  ${query.name}: ${CHECKS} requests, ${rows} rows in each server's answers: ${same ? 'same' : 'DIFFERENT'}`);
    allSame &&= same;
  }
  return allSame;
}

/** Loads one server with one query for `seconds`, varying the variables request by request. */
async function load(target: Target, query: BenchQuery, seconds: number): Promise<Run> {
  const serverBefore = processCpuMs(target.pid);
  const databaseBefore = database.postgresPid ? childrenCpuMs(database.postgresPid) : new Map<number, number>();
  let next = 0;
  let failures = 0;
  const latencies: number[] = [];
  const first = requestOf(target, query, 0);
  const instance = autocannon(
    {
      url: target.url,
      connections: CONNECTIONS,
      pipelining: 1,
      duration: seconds,
      headers: target.headers,
      requests: [
        {
          method: first.method,
          setupRequest: (request) => {
            const { path: requestPath, body } = requestOf(target, query, next++);
            return { ...request, path: requestPath, body };
          },
          onResponse: (status, body) => {
            if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) failures++;
          },
        },
      ],
    },
    () => undefined,
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await new Promise<autocannon.Result>((resolve) => instance.on('done', resolve));
  return {
    requests: latencies.length,
    seconds: result.duration,
    latencies,
    failures: failures + result.errors + result.timeouts,
    serverCpuMs: processCpuMs(target.pid) - serverBefore,
    databaseCpuMs: database.postgresPid ? cpuBetween(databaseBefore, childrenCpuMs(database.postgresPid)) : NaN,
  };
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  rounds: number[];
  /** CPU milliseconds per request in the server's process and in PostgreSQL. */
  serverCpu: number;
  databaseCpu: number;
}

function figuresOf(runs: Run[]): Figures {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    rps: requests / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
    rounds: runs.map((run) => run.requests / run.seconds),
    serverCpu: runs.reduce((sum, run) => sum + run.serverCpuMs, 0) / requests,
    databaseCpu: runs.reduce((sum, run) => sum + run.databaseCpuMs, 0) / requests,
  };
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

async function newestProfile(): Promise<string | undefined> {
  const files = (await readdir(PROFILE_DIR).catch(() => [])).filter((file) => file.endsWith('.cpuprofile'));
  const dated = await Promise.all(files.map(async (file) => ({ file, at: (await stat(path.join(PROFILE_DIR, file))).mtimeMs })));
  const newest = dated.sort((a, b) => b.at - a.at)[0];
  return newest && path.join(PROFILE_DIR, newest.file);
}

const [load1] = os.loadavg();
const database = await throwawayDatabase();
const servers: ServerProcess[] = [];
let exitCode = 0;
try {
  let start = process.hrtime.bigint();
  const data = await prepareDatabase(database.url);
  console.log(
    `data: ${data.divisions} divisions, ${data.reserves} reserves, ${data.deployments} deployments, ${data.assignments} assignments, ` +
      `${data.trainingRecords} training records, ${data.modules} modules (generated in ${(since(start) / 1000).toFixed(1)} s)`,
  );
  const version = new pg.Client({ connectionString: database.url });
  await version.connect();
  const { rows } = await version.query<{ server_version: string }>('SHOW server_version');
  await version.end();
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; PostgreSQL ${rows[0].server_version}`,
  );
  if (load1 > 1) console.log(`note: the machine was already busy (load average ${load1.toFixed(1)}): req/s and latencies suffer, CPU per request much less`);
  console.log(`load: autocannon, ${CONNECTIONS} connections, ${ROUNDS} round(s) of ${DURATION} s per server and query after ${WARMUP} s of warm-up; loopback\n`);

  if (flags['cpu-prof']) await mkdir(PROFILE_DIR, { recursive: true });
  const projectArgs = flags['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  start = process.hrtime.bigint();
  const [project, postgraphile, ceiling] = await Promise.all([
    startServerProcess('project', projectEnv(database.url), projectArgs),
    startServerProcess('postgraphile', { DATABASE_URL: database.url, NODE_ENV: 'production' }),
    startServerProcess('ceiling', { DATABASE_URL: database.url }),
  ]);
  servers.push(project, postgraphile, ceiling);
  console.log(`servers started in ${(since(start) / 1000).toFixed(1)} s`);

  const json = { 'content-type': 'application/json' };
  const all: Target[] = [
    { name: 'project', url: project.url, pid: project.child.pid!, headers: { ...json, cookie: await signIn(project.url) } },
    { name: 'postgraphile', url: postgraphile.url, pid: postgraphile.child.pid!, headers: json },
    { name: 'ceiling', url: ceiling.url, pid: ceiling.child.pid!, headers: {} },
  ];
  const targets = all.filter((target) => SERVERS.includes(target.name));
  const only = flags.only?.split(',');
  const queries = benchQueries({ reserveIds: data.reserveIds }).filter((query) => !only || only.includes(query.name));
  if (queries.length === 0) throw new Error(`--only names none of ${benchQueries({ reserveIds: [] }).map((q) => q.name).join(', ')}`);

  console.log('same answers (normalized, deep-equal):');
  const same = await checkSameAnswers(all, queries);
  if (!same) exitCode = 1;

  const results = new Map<string, Map<ServerName, Figures>>();
  for (const query of queries) {
    for (const target of targets) await load(target, query, WARMUP);
    const runs = new Map<ServerName, Run[]>(targets.map((target) => [target.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      const order = targets.map((_, i) => targets[(i + round) % targets.length]);
      for (const target of order) runs.get(target.name)!.push(await load(target, query, DURATION));
    }
    results.set(query.name, new Map([...runs].map(([name, list]) => [name, figuresOf(list)])));
  }

  console.log(
    `\n${'query'.padEnd(12)} ${'server'.padEnd(13)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'CPU ms/req'.padStart(11)} ${'PG ms/req'.padStart(10)}  rounds (req/s)      failed`,
  );
  for (const query of queries) {
    const figures = results.get(query.name)!;
    for (const [name, f] of figures) {
      const rounds = f.rounds.map((r) => fixed(r, 0)).join(' ');
      console.log(
        `${query.name.padEnd(12)} ${LABEL[name].padEnd(13)} ${fixed(f.rps, 0).padStart(8)} ${fixed(f.p50).padStart(8)} ${fixed(f.p99).padStart(8)} ${fixed(f.serverCpu, 2).padStart(11)} ${fixed(f.databaseCpu, 2).padStart(10)}  ${rounds.padEnd(19)} ${f.failures}`,
      );
      if (f.failures > 0) exitCode = 1;
    }
    const mine = figures.get('project');
    const theirs = figures.get('postgraphile');
    const ceiling = figures.get('ceiling');
    const notes = [];
    if (mine && theirs) {
      notes.push(`project / PostGraphile: ${fixed(mine.rps / theirs.rps, 2)} x req/s, p99 ${fixed(mine.p99 / theirs.p99, 2)} x, CPU per request ${fixed(mine.serverCpu / theirs.serverCpu, 2)} x`);
    }
    if (mine && ceiling) notes.push(`project at ${fixed((100 * mine.rps) / ceiling.rps, 0)} % of the ceiling`);
    if (theirs && ceiling) notes.push(`PostGraphile at ${fixed((100 * theirs.rps) / ceiling.rps, 0)} %`);
    if (notes.length) console.log(`${''.padEnd(12)} ${notes.join('; ')}`);
  }

  const mineAndTheirs = queries.filter((query) => results.get(query.name)!.has('project') && results.get(query.name)!.has('postgraphile'));
  if (mineAndTheirs.length) {
    console.log(`\ntargets (${flags.quick ? 'quick run: too short to judge, printed only' : 'printed, not asserted'}):`);
    for (const query of mineAndTheirs) {
      const mine = results.get(query.name)!.get('project')!;
      const theirs = results.get(query.name)!.get('postgraphile')!;
      const ratio = mine.rps / theirs.rps;
      console.log(`  ${query.name.padEnd(12)} req/s ratio ${fixed(ratio, 2)} >= 1.0: ${ratio >= 1 ? 'passed' : 'missed'}`);
      console.log(`  ${''.padEnd(12)} p99 ${fixed(mine.p99)} ms <= PostGraphile's ${fixed(theirs.p99)} ms: ${mine.p99 <= theirs.p99 ? 'passed' : 'missed'}`);
    }
    console.log('  memory flat over a 5-minute soak: see `npm run bench:soak`');
  }
  console.log(`\nsizes: ${SIZES.reserves} reserves, ${SIZES.deployments} deployments, ${SIZES.deployments * SIZES.crew} assignments`);
  console.log(same ? 'answers: the same on every server' : 'answers: DIFFERENT (see above)');
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  await database.dispose();
}

if (flags['cpu-prof']) {
  const profile = await newestProfile();
  if (profile) console.log(`\n${await summarizeProfile(profile)}\n(full profile: ${profile}; open it in Chrome DevTools or speedscope)`);
}
process.exit(exitCode);
