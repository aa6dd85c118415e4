import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServer, type RequestListener, type ServerOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp, type AppOptions } from '../../server/src/app.js';
import { Role } from '../../server/src/common/access.js';
import { systemClock, type Clock } from '../../server/src/common/clock.js';
import { createDataSource } from '../../server/src/database/data-source.js';
import { DEFAULT_AUTH_SETTINGS, SESSION_COOKIE, type AuthSettings } from '../../server/src/modules/auth/auth.settings.js';
import { DEFAULT_DASHBOARD_SETTINGS, type DashboardSettings } from '../../server/src/modules/dashboards/dashboard.settings.js';
import { DEFAULT_RECRUITMENT_SETTINGS, type RecruitmentSettings } from '../../server/src/modules/recruits/recruitment.settings.js';
import { DEFAULT_SCHEDULING_SETTINGS, type SchedulingSettings } from '../../server/src/modules/scheduling/scheduling.settings.js';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from '../../server/src/modules/training/training.settings.js';
import { hashPassword } from '../../server/src/modules/users/passwords.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

/** Someone calling the API over HTTP, with or without a session cookie. */
export interface Client {
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and answers the data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The raw HTTP exchange, for headers and cookies. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  cookie: string | undefined;
}

export interface TestApi extends Client {
  url: string;
  db: DataSource;
  /** Every SQL statement the API sent since the last `statements.length = 0`. */
  statements: string[];
  /** Nobody signed in. */
  anonymous: Client;
  /** Signed in as the test account of that role (the default client is the ADMIN one). */
  as(role: Role): Promise<Client>;
  /** Signs in with an email and password, answering the client holding the session. */
  login(email: string, password: string): Promise<{ client: Client; result: GraphQLResponse }>;
  close(): Promise<void>;
}

/** Password of the test accounts `<role>@test.example`. */
export const TEST_PASSWORD = 'a long test passphrase 4 all';
export const testEmail = (role: Role) => `${role.toLowerCase()}@test.example`;

/**
 * The statements a request sent for its data, of those recorded from `from` on: transaction control
 * and the session's own left out (the session is read from PostgreSQL at most once a minute, and
 * its last_seen_at written then, whichever request comes at that moment).
 */
export function dataStatements(api: TestApi, from = 0): string[] {
  return api.statements.slice(from).filter((sql) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(sql) && !/\buser_session\b/.test(sql));
}

/** A new, empty database on the run's PostgreSQL. */
export async function freshDatabaseUrl(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An HTTP server running `listener` on a free loopback port; `close` cuts open connections. */
export async function listening(listener: RequestListener, options: ServerOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(options, listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export const quietLog = pino({ level: process.env.LOG_LEVEL ?? 'silent' });

export function clientOf(url: string, cookie: string | undefined): Client {
  const client: Client = {
    cookie,
    post: (body, headers = {}) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      return (await (await client.post({ query, variables })).json()) as GraphQLResponse<T>;
    },
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const result = await client.gql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
  };
  return client;
}

/** The session cookie a response set, as a browser would send it back. */
export function sessionCookieOf(response: Response): string | undefined {
  const set = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  return set?.split(';')[0];
}

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id email role } }`;

/**
 * The real application (migrations, schema, HTTP) on a fresh database, listening on a free port,
 * with one account per role. The login rate limit is raised unless a test sets it.
 */
export async function startTestApi(options: { clock?: Clock; migrate?: boolean; auth?: Partial<AuthSettings>; scheduling?: Partial<SchedulingSettings>; training?: Partial<TrainingSettings>; recruitment?: Partial<RecruitmentSettings>; dashboards?: Partial<DashboardSettings> } = {}): Promise<TestApi> {
  const statements: string[] = [];
  const db = createDataSource({ url: await freshDatabaseUrl(), log: quietLog, poolSize: 40, onQuery: (sql) => statements.push(sql) });
  await db.initialize();
  if (options.migrate !== false) {
    await db.runMigrations({ transaction: 'each' });
    const hash = await hashPassword(TEST_PASSWORD);
    for (const role of Object.values(Role)) {
      await db.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, $3, $4)`, [testEmail(role), `Test ${role}`, role, hash]);
    }
  }
  const auth = { ...DEFAULT_AUTH_SETTINGS, loginRateLimitPerMinute: 10_000, ...options.auth };
  const scheduling = { ...DEFAULT_SCHEDULING_SETTINGS, ...options.scheduling };
  const training = { ...DEFAULT_TRAINING_SETTINGS, ...options.training };
  const recruitment = { ...DEFAULT_RECRUITMENT_SETTINGS, ...options.recruitment };
  const dashboards = { ...DEFAULT_DASHBOARD_SETTINGS, ...options.dashboards };
  const { listener, httpOptions, apollo } = await createApp({ db, log: quietLog, clock: options.clock ?? systemClock, auth, scheduling, training, recruitment, dashboards });
  const server = await listening(listener, httpOptions);
  const url = server.url;

  const login = async (email: string, password: string) => {
    const client = clientOf(url, undefined);
    const response = await client.post({ query: LOGIN, variables: { email, password } });
    client.cookie = sessionCookieOf(response);
    return { client, result: (await response.json()) as GraphQLResponse };
  };
  const sessions = new Map<Role, Client>();
  const as = async (role: Role) => {
    if (!sessions.has(role)) {
      const { client, result } = await login(testEmail(role), TEST_PASSWORD);
      if (result.errors) throw new Error(`login as ${role} failed: ${JSON.stringify(result.errors)}`);
      sessions.set(role, client);
    }
    return sessions.get(role)!;
  };
  const admin = options.migrate !== false ? await as(Role.ADMIN) : clientOf(url, undefined);

  return {
    ...admin,
    get cookie() {
      return admin.cookie;
    },
    url,
    db,
    statements,
    anonymous: clientOf(url, undefined),
    as,
    login,
    async close() {
      await server.close();
      await apollo.stop();
      await db.destroy();
    },
  };
}

/**
 * Another instance of the application on a test API's database, as a second replica (or one
 * built with other options, say for production) would run; `client(cookie)` calls it. With
 * `ownConnections` it has its own pool and its own session notices, as a replica in another
 * process would; otherwise it shares the test API's.
 */
export async function startAnotherApp(api: TestApi, options: Partial<Omit<AppOptions, 'db'>> & { ownConnections?: boolean } = {}) {
  const { ownConnections, ...appOptions } = options;
  const db = ownConnections ? createDataSource({ url: (api.db.options as { url: string }).url, log: quietLog, poolSize: 4 }) : api.db;
  if (ownConnections) await db.initialize();
  const { listener, httpOptions, apollo } = await createApp({ log: quietLog, ...appOptions, db });
  const server = await listening(listener, httpOptions);
  const url = server.url;
  return {
    url,
    client: (cookie?: string) => clientOf(url, cookie),
    async close() {
      await server.close();
      await apollo.stop();
      if (ownConnections) await db.destroy();
    },
  };
}

/** The first error's code, message and extensions, for asserting on refusals. */
export function firstError(result: GraphQLResponse): { code: string; message: string; extensions: Record<string, any> } {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected an error, got data ${JSON.stringify(result.data)}`);
  return { code: error.extensions?.code, message: error.message, extensions: error.extensions ?? {} };
}
