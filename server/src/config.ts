import path from 'node:path';

export interface Config {
  nodeEnv: string;
  production: boolean;
  host: string;
  port: number;
  /** An external PostgreSQL; when absent the embedded one is started in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  databaseName: string;
  poolSize: number;
  logLevel: string;
  /** Load the demo data when the database is empty (never in production). */
  seedDemoData: boolean;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  // The embedded PostgreSQL is for trying the system and developing it; a department runs its own.
  if (production && !env.DATABASE_URL) throw new Error('DATABASE_URL is required when NODE_ENV=production');
  return {
    nodeEnv,
    production,
    host: env.HOST ?? '0.0.0.0',
    port: integer(env, 'PORT', 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54329),
    databaseName: env.DATABASE_NAME ?? 'tracker',
    poolSize: integer(env, 'DB_POOL_SIZE', 10),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    seedDemoData: !production && env.SEED_DEMO_DATA !== 'false',
  };
}
