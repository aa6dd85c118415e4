import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Clock } from './clock.js';
import type { Loaders } from './loaders.js';

/** What every resolver gets for one request. */
export interface AppContext {
  requestId: string;
  sourceAddress: string | undefined;
  db: DataSource;
  loaders: Loaders;
  clock: Clock;
  log: Logger;
}
