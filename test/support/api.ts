import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { systemClock, type Clock } from '../../server/src/common/clock.js';
import { createDataSource } from '../../server/src/database/data-source.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestApi {
  url: string;
  db: DataSource;
  /** Every SQL statement the API sent since the last `statements.length = 0`. */
  statements: string[];
  /** Sends one GraphQL operation over HTTP, as a client would. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and answers the data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** A new, empty database on the run's PostgreSQL, with the real migrations applied. */
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

export const quietLog = pino({ level: process.env.LOG_LEVEL ?? 'silent' });

/** The real application (migrations, schema, HTTP) on a fresh database, listening on a free port. */
export async function startTestApi(options: { clock?: Clock; migrate?: boolean } = {}): Promise<TestApi> {
  const statements: string[] = [];
  const db = createDataSource({ url: await freshDatabaseUrl(), log: quietLog, poolSize: 40, onQuery: (sql) => statements.push(sql) });
  await db.initialize();
  if (options.migrate !== false) await db.runMigrations({ transaction: 'each' });
  const { app, apollo } = await createApp({ db, log: quietLog, clock: options.clock ?? systemClock });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };

  return {
    url,
    db,
    statements,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const result = await gql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await db.destroy();
    },
  };
}

/** The first error's code, message and extensions, for asserting on refusals. */
export function firstError(result: GraphQLResponse): { code: string; message: string; extensions: Record<string, any> } {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected an error, got data ${JSON.stringify(result.data)}`);
  return { code: error.extensions?.code, message: error.message, extensions: error.extensions ?? {} };
}
