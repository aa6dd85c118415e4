import path from 'node:path';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from './modules/auth/auth.settings.js';
import { DEFAULT_DASHBOARD_SETTINGS, type DashboardSettings } from './modules/dashboards/dashboard.settings.js';
import { DEFAULT_RECRUITMENT_SETTINGS, type RecruitmentSettings } from './modules/recruits/recruitment.settings.js';
import { DEFAULT_SCHEDULING_SETTINGS, type SchedulingSettings } from './modules/scheduling/scheduling.settings.js';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from './modules/training/training.settings.js';

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
  /** Creates the first administrator on a database with no accounts. */
  admin: { email: string; password: string } | undefined;
  /** Express's `trust proxy`: which proxies may tell the client's address and protocol. */
  trustProxy: string | undefined;
  /** Where clients reach the server (`https://tracker.example.org`), for absolute links such as calendar feeds. */
  publicUrl: string | undefined;
  auth: AuthSettings;
  scheduling: SchedulingSettings;
  training: TrainingSettings;
  recruitment: RecruitmentSettings;
  dashboards: DashboardSettings;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

/** A score from 0 to 100 (whole points). */
function score(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value > 100) throw new Error(`${name} must be a score from 0 to 100, got "${env[name]}"`);
  return value;
}

/** An amount of money (dollars and cents, not negative). */
function dollars(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+(\.\d{1,2})?$/.test(raw.trim())) throw new Error(`${name} must be an amount of dollars such as 46.55, got "${raw}"`);
  return value;
}

function cookieSecure(raw: string | undefined): AuthSettings['cookieSecure'] {
  if (raw === undefined || raw === '' || raw === 'auto') return 'auto';
  if (raw === 'true' || raw === 'always') return 'always';
  if (raw === 'false' || raw === 'never') return 'never';
  throw new Error(`COOKIE_SECURE must be auto, true or false, got "${raw}"`);
}

/** An absolute http(s) address without a trailing slash, a query or a fragment. */
function publicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) address, got "${raw}"`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password) {
    throw new Error(`PUBLIC_URL must be an absolute http(s) address without query, fragment or credentials, got "${raw}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
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
    admin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
    trustProxy: env.TRUST_PROXY || undefined,
    publicUrl: publicUrl(env.PUBLIC_URL),
    auth: {
      sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', DEFAULT_AUTH_SETTINGS.sessionIdleMinutes),
      sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', DEFAULT_AUTH_SETTINGS.sessionAbsoluteHours),
      lockoutAttempts: integer(env, 'LOCKOUT_ATTEMPTS', DEFAULT_AUTH_SETTINGS.lockoutAttempts),
      lockoutWindowMinutes: integer(env, 'LOCKOUT_WINDOW_MINUTES', DEFAULT_AUTH_SETTINGS.lockoutWindowMinutes),
      loginRateLimitPerMinute: integer(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', DEFAULT_AUTH_SETTINGS.loginRateLimitPerMinute),
      cookieSecure: cookieSecure(env.COOKIE_SECURE),
    },
    scheduling: {
      restHours: integer(env, 'REST_HOURS', DEFAULT_SCHEDULING_SETTINGS.restHours),
      weeklyMaxHours: integer(env, 'WEEKLY_MAX_HOURS', DEFAULT_SCHEDULING_SETTINGS.weeklyMaxHours),
      cptHours: integer(env, 'CPT_HOURS', DEFAULT_SCHEDULING_SETTINGS.cptHours),
      cptMonths: integer(env, 'CPT_MONTHS', DEFAULT_SCHEDULING_SETTINGS.cptMonths),
    },
    training: {
      expiringWithinDays: integer(env, 'TRAINING_EXPIRING_DAYS', DEFAULT_TRAINING_SETTINGS.expiringWithinDays),
    },
    recruitment: {
      writtenTestRetakeMonths: integer(env, 'WRITTEN_TEST_RETAKE_MONTHS', DEFAULT_RECRUITMENT_SETTINGS.writtenTestRetakeMonths),
      writtenTestPassingScore: score(env, 'WRITTEN_TEST_PASSING_SCORE', DEFAULT_RECRUITMENT_SETTINGS.writtenTestPassingScore),
    },
    dashboards: {
      volunteerHourValue: dollars(env, 'VOLUNTEER_HOUR_VALUE', DEFAULT_DASHBOARD_SETTINGS.volunteerHourValue),
    },
  };
}
