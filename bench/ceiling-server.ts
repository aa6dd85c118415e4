import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { reportReady, serveMemorySamples, stopOnSignal } from './child.js';

/**
 * The ceiling: the same answers from a minimal http handler that runs one hand-written statement per
 * request through `pg`, PostgreSQL building the JSON (json_agg), no GraphQL, no sign-in. Nothing
 * over PostgreSQL can be much faster; the bench shows how close each GraphQL server comes.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
pool.on('error', (error) => console.error('ceiling: database connection lost', error));

type Route = { sql: string; params(query: URLSearchParams): unknown[] };

const int = (query: URLSearchParams, name: string) => {
  const value = Number(query.get(name));
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number`);
  return value;
};

const ROUTES: Record<string, Route> = {
  '/deployments': {
    sql: `SELECT coalesce(json_agg(json_build_object(
              'id', d.id, 'startsAt', d.starts_at, 'endsAt', d.ends_at, 'location', d.location, 'status', d.status,
              'requiredHeadcount', d.required_headcount,
              'division', json_build_object('name', v.name),
              'assignments', coalesce((
                SELECT json_agg(json_build_object('id', a.id, 'status', a.status,
                         'reserve', json_build_object('badgeNumber', r.badge_number, 'lastName', r.last_name)) ORDER BY a.id)
                  FROM assignment a JOIN reserve_officer r ON r.id = a.reserve_id
                 WHERE a.deployment_id = d.id), '[]'))
            ORDER BY d.starts_at, d.id), '[]')::text AS body
            FROM (SELECT * FROM deployment ORDER BY starts_at, id LIMIT 50 OFFSET $1) d
            JOIN division v ON v.id = d.division_id`,
    params: (query) => [int(query, 'offset')],
  },
  '/reserves': {
    sql: `SELECT coalesce(json_agg(json_build_object(
              'id', o.id, 'badgeNumber', o.badge_number, 'firstName', o.first_name, 'lastName', o.last_name,
              'level', o.level, 'status', o.status,
              'homeDivision', json_build_object('name', v.name),
              'upcomingAssignments', coalesce((
                SELECT json_agg(json_build_object('id', a.id, 'status', a.status,
                         'deployment', json_build_object('startsAt', d.starts_at, 'location', d.location)) ORDER BY a.starts_at, a.id)
                  FROM assignment a JOIN deployment d ON d.id = a.deployment_id
                 WHERE a.reserve_id = o.id AND a.status IN ('ASSIGNED', 'CONFIRMED') AND a.ends_at > now()), '[]'))
            ORDER BY o.last_name, o.id), '[]')::text AS body
            FROM (SELECT * FROM reserve_officer ORDER BY last_name, id LIMIT 100 OFFSET $1) o
            JOIN division v ON v.id = o.home_division_id`,
    params: (query) => [int(query, 'offset')],
  },
  '/reserve': {
    sql: `SELECT json_build_object(
              'id', o.id, 'badgeNumber', o.badge_number, 'firstName', o.first_name, 'lastName', o.last_name,
              'level', o.level, 'status', o.status,
              'trainingRecords', coalesce((
                SELECT json_agg(json_build_object('id', t.id, 'completedOn', t.completed_on, 'expiresOn', t.expires_on,
                         'passed', t.passed, 'score', t.score, 'hours', t.hours,
                         'module', json_build_object('code', m.code, 'title', m.title)) ORDER BY t.id)
                  FROM training_record t JOIN curriculum_module m ON m.id = t.module_id
                 WHERE t.reserve_id = o.id), '[]'))::text AS body
            FROM reserve_officer o WHERE o.id = $1`,
    params: (query) => [int(query, 'id')],
  },
  '/expiring': {
    sql: `SELECT coalesce(json_agg(json_build_object(
              'reserveId', e.reserve_id, 'recruitId', e.recruit_id, 'moduleId', e.module_id,
              'completedOn', e.completed_on, 'expiresOn', e.expires_on,
              'reserve', CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('badgeNumber', r.badge_number, 'lastName', r.last_name) END,
              'module', json_build_object('code', m.code, 'title', m.title))
            ORDER BY e.ordinality), '[]')::text AS body
            FROM expiring_training($1, $2) WITH ORDINALITY e
            LEFT JOIN reserve_officer r ON r.id = e.reserve_id
            JOIN curriculum_module m ON m.id = e.module_id`,
    params: (query) => [int(query, 'withinDays'), query.get('includeExpired') === 'true'],
  },
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = ROUTES[url.pathname];
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  let params: unknown[];
  try {
    params = route.params(url.searchParams);
  } catch (error) {
    res.writeHead(400).end(String(error));
    return;
  }
  pool.query<{ body: string | null }>(route.sql, params).then(
    ({ rows }) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(rows[0]?.body ?? 'null');
    },
    (error: unknown) => {
      console.error('ceiling: query failed', error);
      res.writeHead(500).end();
    },
  );
});
await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
serveMemorySamples();
stopOnSignal(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  await pool.end();
});
reportReady((server.address() as AddressInfo).port);
