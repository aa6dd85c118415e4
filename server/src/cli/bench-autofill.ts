import 'reflect-metadata';
import { pino } from 'pino';
import { Role } from '../common/access.js';
import { addDays, laLocalToUtc } from '../common/la-time.js';
import { createDataSource } from '../database/data-source.js';
import { loadPlanInput } from '../modules/scheduling/autofill/autofill.load.js';
import { autoFillService } from '../modules/scheduling/autofill/autofill.service.js';
import { planAutoFill } from '../modules/scheduling/autofill/planner.js';
import { DEFAULT_SCHEDULING_SETTINGS } from '../modules/scheduling/scheduling.settings.js';
import { BENCH_NOW, BENCH_WEEK, generateBenchInstance } from './bench-autofill-data.js';
import { benchContext, median, since, throwawayCluster } from './bench-support.js';

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

const cluster = await throwawayCluster('bench-autofill', quiet);
const db = createDataSource({ url: await cluster.database('bench'), log: quiet, poolSize: 4 });
try {
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  let start = process.hrtime.bigint();
  const instance = await generateBenchInstance(db, RESERVES);
  console.log(`generated ${instance.deployments} patrols, ${instance.reserves} reserves, ${instance.trainingRecords} training records in ${since(start).toFixed(0)} ms`);

  const ctx = benchContext(db, Role.RESERVE_COORDINATOR, BENCH_NOW, 'bench-autofill');
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
  await cluster.dispose();
}
