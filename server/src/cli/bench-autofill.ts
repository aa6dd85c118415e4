import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { Role } from '../common/access.js';
import { fixedClock } from '../common/clock.js';
import type { AppContext } from '../common/context.js';
import { Loaders } from '../common/loaders.js';
import { addDays, laLocalToUtc } from '../common/la-time.js';
import { createDataSource } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded.js';
import { DEFAULT_AUTH_SETTINGS } from '../modules/auth/auth.settings.js';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../modules/recruits/recruitment.settings.js';
import { loadPlanInput } from '../modules/scheduling/autofill/autofill.load.js';
import { autoFillService } from '../modules/scheduling/autofill/autofill.service.js';
import { planAutoFill } from '../modules/scheduling/autofill/planner.js';
import { DEFAULT_SCHEDULING_SETTINGS } from '../modules/scheduling/scheduling.settings.js';
import { DEFAULT_TRAINING_SETTINGS } from '../modules/training/training.settings.js';
import { BENCH_NOW, BENCH_WEEK, generateBenchInstance } from './bench-autofill-data.js';

/**
 * `npm run bench:autofill`: one week of 21 divisions x 3 patrols a day x 2-4 places with 2,000
 * reserves, in a throwaway database (an embedded PostgreSQL, or a new database on DATABASE_URL's
 * server, dropped afterwards); times proposeAutoFill and prints the fill. Target: under 2 seconds.
 */
const TARGET_MS = 2_000;
const RUNS = 5;
/** `npm run bench:autofill -- --reserves=600` tries a scarcer roster (places left open, so the search for moves runs). */
const RESERVES = Number(process.argv.find((arg) => arg.startsWith('--reserves='))?.split('=')[1] ?? 2_000);
const quiet = pino({ level: 'silent' });

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

/** A database nobody else uses, and how to get rid of it. */
async function throwawayDatabase(): Promise<{ url: string; dispose(): Promise<void> }> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const name = `bench_autofill_${randomBytes(4).toString('hex')}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: external });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(external);
    url.pathname = `/${name}`;
    return { url: url.toString(), dispose: () => admin(`DROP DATABASE ${name}`) };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-autofill-'));
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: quiet, throwaway: true });
  await cluster.createDatabase('bench');
  return {
    url: cluster.urlFor('bench'),
    async dispose() {
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

const database = await throwawayDatabase();
const db = createDataSource({ url: database.url, log: quiet, poolSize: 4 });
try {
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  let start = process.hrtime.bigint();
  const instance = await generateBenchInstance(db, RESERVES);
  console.log(`generated ${instance.deployments} patrols, ${instance.reserves} reserves, ${instance.trainingRecords} training records in ${since(start).toFixed(0)} ms`);

  const ctx: AppContext = {
    requestId: 'bench-autofill',
    sourceAddress: undefined,
    db,
    loaders: new Loaders(db),
    clock: fixedClock(BENCH_NOW),
    log: quiet,
    user: { id: 0, email: 'bench@example.org', name: 'Bench', role: Role.RESERVE_COORDINATOR, sessionId: 0 },
    cookie: { set() {}, clear() {} },
    auth: DEFAULT_AUTH_SETTINGS,
    scheduling: DEFAULT_SCHEDULING_SETTINGS,
    training: DEFAULT_TRAINING_SETTINGS,
    recruitment: DEFAULT_RECRUITMENT_SETTINGS,
    publicUrl: 'http://localhost',
  };
  const from = laLocalToUtc(BENCH_WEEK, 0);
  const to = laLocalToUtc(addDays(BENCH_WEEK, 7), 0);

  const totals: number[] = [];
  const loads: number[] = [];
  const plans: number[] = [];
  let proposal = await autoFillService.propose(ctx, from, to, null); // warm-up
  for (let run = 0; run < RUNS; run++) {
    start = process.hrtime.bigint();
    proposal = await autoFillService.propose(ctx, from, to, null);
    totals.push(since(start));
    start = process.hrtime.bigint();
    const input = await db.transaction((tx) => loadPlanInput(tx, { from, to }, null, BENCH_NOW, DEFAULT_SCHEDULING_SETTINGS));
    loads.push(since(start));
    start = process.hrtime.bigint();
    planAutoFill(input);
    plans.push(since(start));
  }
  const time = median(totals);
  console.log(`proposeAutoFill, one week: median ${time.toFixed(0)} ms over ${RUNS} runs (loading ${median(loads).toFixed(0)} ms, planning ${median(plans).toFixed(0)} ms)`);
  console.log(`slots ${proposal.slots}, filled ${proposal.filled}, fill rate ${(proposal.fillRate * 100).toFixed(1)}%, open slots ${proposal.openSlots.length}`);
  for (const open of proposal.openSlots.slice(0, 3)) console.log(`  open: deployment ${open.deploymentId}: ${open.code}: ${open.reason}`);
  console.log(`target < ${TARGET_MS} ms: ${time < TARGET_MS ? 'passed' : 'missed'}`);

  start = process.hrtime.bigint();
  const result = await autoFillService.apply(ctx, proposal.assignments.map((a) => ({ deploymentId: String(a.deploymentId), reserveId: String(a.reserveId) })));
  console.log(`applyAutoFill: ${result.applied.length} applied, ${result.rejected.length} rejected in ${since(start).toFixed(0)} ms (one transaction, every rule checked again)`);
} finally {
  if (db.isInitialized) await db.destroy();
  await database.dispose();
}
