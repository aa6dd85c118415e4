import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import type { MemorySample } from './child.js';
import { benchQueries } from './queries.js';
import { prepareDatabase, projectEnv, signIn, startServerProcess, throwawayDatabase, type ServerProcess } from './setup.js';

/**
 * `npm run bench:soak [-- --minutes=5 --rate=30]`: the project's compiled server under steady load
 * (a fixed request rate, the bench's four queries in turn) for some minutes, its memory sampled every
 * few seconds (resident set, and the heap after a full collection), then the trend: the memory is
 * flat when the heap at the end is within 10 % (or 8 MB) of the heap after the first minute. Loopback
 * only; the load stops by itself.
 */
const { values: flags } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    rate: { type: 'string', default: '30' },
    every: { type: 'string', default: '5' },
    connections: { type: 'string', default: '8' },
  },
});
const MINUTES = Number(flags.minutes);
const RATE = Number(flags.rate);
const EVERY_S = Number(flags.every);
const CONNECTIONS = Number(flags.connections);
if (![MINUTES, RATE, EVERY_S, CONNECTIONS].every((n) => Number.isFinite(n) && n > 0)) throw new Error('--minutes, --rate, --every and --connections must be positive numbers');
if (MINUTES > 60) throw new Error('--minutes is at most 60');

const MB = 2 ** 20;
const mb = (bytes: number) => (bytes / MB).toFixed(1).padStart(7);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Least-squares slope of y over x. */
function slope(points: [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const database = await throwawayDatabase();
let server: ServerProcess | undefined;
let exitCode = 0;
try {
  const data = await prepareDatabase(database.url);
  // --expose-gc: each sample's heap is what survives a full collection, so garbage not yet collected is not taken for a leak.
  server = await startServerProcess('project', projectEnv(database.url), ['--expose-gc']);
  const cookie = await signIn(server.url);
  const queries = benchQueries({ reserveIds: data.reserveIds });
  console.log(`soak: ${MINUTES} min at ${RATE} req/s over ${CONNECTIONS} connections (the ${queries.length} bench queries in turn), memory every ${EVERY_S} s`);
  console.log(`${'min'.padStart(6)} ${'RSS MB'.padStart(7)} ${'heap MB'.padStart(7)} ${'req'.padStart(8)} ${'failed'.padStart(7)}`);

  let sent = 0;
  let answered = 0;
  let failures = 0;
  const instance = autocannon(
    {
      url: server.url,
      connections: CONNECTIONS,
      overallRate: RATE,
      duration: MINUTES * 60,
      headers: { 'content-type': 'application/json', cookie },
      requests: [
        {
          method: 'POST',
          path: '/graphql',
          setupRequest: (request) => {
            const i = sent++;
            const query = queries[i % queries.length];
            return { ...request, body: JSON.stringify(query.project(Math.floor(i / queries.length))) };
          },
          onResponse: (status, body) => {
            answered++;
            if (status !== 200 || body.includes('"errors":[')) failures++;
          },
        },
      ],
    },
    () => undefined,
  );
  const done = new Promise<autocannon.Result>((resolve) => instance.on('done', resolve));

  const started = Date.now();
  const samples: { minute: number; sample: MemorySample }[] = [];
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    await Promise.race([new Promise((resolve) => setTimeout(resolve, EVERY_S * 1000)), done]);
    if (finished) break;
    const sample = await server.memory();
    const minute = (Date.now() - started) / 60_000;
    samples.push({ minute, sample });
    console.log(`${minute.toFixed(2).padStart(6)} ${mb(sample.rss)} ${mb(sample.heapUsed)} ${String(answered).padStart(8)} ${String(failures).padStart(7)}`);
  }
  const result = await done;
  failures += result.errors + result.timeouts;

  // The first minute warms up (JIT, caches, pool); the trend is judged on the rest.
  const settled = samples.filter((s) => s.minute >= Math.min(1, MINUTES / 3));
  if (settled.length < 4) throw new Error('too few samples to judge a trend: run for longer or sample more often (--every)');
  const quarter = Math.max(2, Math.floor(settled.length / 4));
  const heapStart = median(settled.slice(0, quarter).map((s) => s.sample.heapUsed));
  const heapEnd = median(settled.slice(-quarter).map((s) => s.sample.heapUsed));
  const rssStart = median(settled.slice(0, quarter).map((s) => s.sample.rss));
  const rssEnd = median(settled.slice(-quarter).map((s) => s.sample.rss));
  const heapSlope = slope(settled.map((s) => [s.minute, s.sample.heapUsed / MB]));
  const rssSlope = slope(settled.map((s) => [s.minute, s.sample.rss / MB]));
  const growth = heapEnd - heapStart;
  const flat = growth <= Math.max(0.1 * heapStart, 8 * MB);

  console.log(`\n${answered} requests in ${(result.duration / 60).toFixed(1)} min (${(answered / result.duration).toFixed(1)} req/s), ${failures} failed`);
  console.log(`heap after collection: ${mb(heapStart).trim()} MB after the first minute, ${mb(heapEnd).trim()} MB at the end (slope ${heapSlope.toFixed(2)} MB/min)`);
  console.log(`resident set:          ${mb(rssStart).trim()} MB after the first minute, ${mb(rssEnd).trim()} MB at the end (slope ${rssSlope.toFixed(2)} MB/min)`);
  console.log(`target: memory flat at steady load (heap grows by at most 10 % or 8 MB): ${flat ? 'passed' : 'missed'}`);
  if (failures > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await server?.stop();
  await database.dispose();
}
process.exit(exitCode);
