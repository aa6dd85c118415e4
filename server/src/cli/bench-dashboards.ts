import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { graphql } from 'graphql';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { Role } from '../common/access.js';
import type { AppContext } from '../common/context.js';
import { createDataSource } from '../database/data-source.js';
import { buildAppSchema } from '../schema.js';
import { BENCH_NOW, generatePeople } from './bench-dashboards-data.js';
import { QUERIES } from './bench-dashboards-queries.js';
import { generateDuties } from './bench-dashboards-duties.js';
import { benchContext, median, since, throwawayCluster } from './bench-support.js';

/**
 * `npm run bench:dashboards`: builds two years of data (10,000 recruits with their stage history,
 * 2,000 reserves with their training, about 200,000 assignments) in a throwaway PostgreSQL, runs
 * each dashboard query as leadership would (the GraphQL schema, without HTTP) several times and
 * prints its median; then the same on a data set ten times smaller, the growth between the two, and
 * passed or missed against the target at the large size.
 */
const TARGET_MS = 200;
const WARM_UP = 2;
const RUNS = 9;
const quiet = pino({ level: 'silent' });


/** The data source, adding the time its `query` calls (the dashboards' SQL) take to `spent`. */
function timed(db: DataSource, spent: { ms: number }): DataSource {
  return new Proxy(db, {
    get(target, key, receiver) {
      if (key !== 'query') return Reflect.get(target, key, receiver);
      return async (...args: Parameters<DataSource['query']>) => {
        const begun = process.hrtime.bigint();
        try {
          return await target.query(...args);
        } finally {
          spent.ms += since(begun);
        }
      };
    },
  });
}

function leadershipContext(db: DataSource): AppContext {
  return benchContext(db, Role.LEADERSHIP, BENCH_NOW, 'bench-dashboards');
}

/** Builds a data set at a scale (1: the large one) and answers each query's median time in ms. */
async function measure(url: string, scale: number): Promise<number[]> {
  const db = createDataSource({ url, log: quiet, poolSize: 4 });
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const start = process.hrtime.bigint();
    const people = await generatePeople(db, scale);
    const duties = await generateDuties(db, people.reserveIds, people.divisionIds);
    await db.query('VACUUM ANALYZE');
    console.log(
      `\nscale ${scale}: ${people.recruits} recruits (${people.stageChanges} stage changes, ${people.academyClasses} academy classes, ${people.recruitTraining} recruit training records), ` +
        `${people.reserveIds.length} reserves (${people.reserveTraining} training records), ${duties.deployments} deployments, ${duties.assignments} assignments: built in ${(since(start) / 1000).toFixed(1)} s`,
    );
    const schema = await buildAppSchema();
    const medians: number[] = [];
    for (const { name, query } of QUERIES) {
      const times: number[] = [];
      const sql: number[] = [];
      for (let run = 0; run < WARM_UP + RUNS; run++) {
        const spent = { ms: 0 };
        const begun = process.hrtime.bigint();
        const result = await graphql({ schema, source: query, contextValue: leadershipContext(timed(db, spent)) });
        if (result.errors?.length) throw new Error(`${name}: ${result.errors.map((e) => e.message).join('; ')}`);
        if (run >= WARM_UP) {
          times.push(since(begun));
          sql.push(spent.ms);
        }
      }
      medians.push(median(times));
      const spread = `min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}`;
      console.log(`  ${name.padEnd(32)} median ${median(times).toFixed(1).padStart(7)} ms, of which SQL ${median(sql).toFixed(1).padStart(6)} ms  (${spread}, ${RUNS} runs)`);
    }
    return medians;
  } finally {
    if (db.isInitialized) await db.destroy();
  }
}

const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
console.log(`${cpus().length} cores; load average ${load()} (other work on the machine slows every figure)`);
const cluster = await throwawayCluster('bench-dashboards', quiet);
try {
  const large = await measure(await cluster.database('large'), 1);
  const small = await measure(await cluster.database('small'), 0.1);
  console.log(`\n${'query'.padEnd(32)} ${'large'.padStart(9)} ${'small'.padStart(9)}  growth (data x10)  target < ${TARGET_MS} ms at the large size`);
  QUERIES.forEach(({ name }, i) => {
    const verdict = large[i] < TARGET_MS ? 'passed' : 'missed';
    console.log(`${name.padEnd(32)} ${large[i].toFixed(1).padStart(6)} ms ${small[i].toFixed(1).padStart(6)} ms  x${(large[i] / small[i]).toFixed(1).padEnd(16)} ${verdict}`);
  });
  console.log(`load average at the end: ${load()}`);
} finally {
  await cluster.dispose();
}
