import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AuthSettings } from '../modules/auth/auth.settings.js';
import type { SessionCache } from '../modules/auth/session-cache.js';
import type { DashboardSettings } from '../modules/dashboards/dashboard.settings.js';
import type { RecruitmentSettings } from '../modules/recruits/recruitment.settings.js';
import type { SchedulingSettings } from '../modules/scheduling/scheduling.settings.js';
import type { TrainingSettings } from '../modules/training/training.settings.js';
import type { Role } from './access.js';
import type { Clock } from './clock.js';
import type { Loaders } from './loaders.js';

/** The signed-in staff member behind a request. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  sessionId: number;
}

/** How a login or logout reaches the browser's cookie jar. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What every resolver gets for one request. */
export interface AppContext {
  requestId: string;
  sourceAddress: string | undefined;
  db: DataSource;
  loaders: Loaders;
  clock: Clock;
  log: Logger;
  user: SessionUser | null;
  /** The sessions this process confirmed lately; told of every change that ends one. */
  sessions: SessionCache;
  cookie: SessionCookie;
  auth: AuthSettings;
  scheduling: SchedulingSettings;
  training: TrainingSettings;
  recruitment: RecruitmentSettings;
  dashboards: DashboardSettings;
  /** Where clients reach this server (`https://host[/prefix]`, no trailing slash), for absolute links. */
  publicUrl: string;
  /** False turns look-ahead off (`prefetch.ts`): every relation through its loader, as tests compare. */
  lookAhead?: boolean;
}
