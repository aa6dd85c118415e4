import pg from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from 'pino';
import { migrations } from '../../../migrations/index.js';
import { SnakeNamingStrategy } from '../common/naming.js';
import { entities } from './entities.js';
import { parseTimestamptz } from './timestamps.js';

// Calendar dates stay the strings they are (no midnight-in-some-zone Date); numerics become numbers
// (hours and scores are small); counts come back as numbers; instants are read without a regular expression.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => Number.parseFloat(value));
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, parseTimestamptz);

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  log: Logger;
  /** Sees every statement sent (tests count them). */
  onQuery?: (sql: string) => void;
}

/** Forwards TypeORM's messages to the structured log; never logs parameters (they may hold personal data). */
class DatabaseLogger implements TypeOrmLogger {
  constructor(private readonly out: Logger, private readonly onQuery?: (sql: string) => void) {}
  logQuery(sql: string) {
    this.onQuery?.(sql);
  }
  logQueryError(error: string | Error, sql: string) {
    this.out.debug({ err: error, sql }, 'query failed');
  }
  logQuerySlow(time: number, sql: string) {
    this.out.warn({ ms: time, sql }, 'slow query');
  }
  logSchemaBuild(message: string) {
    this.out.debug(message);
  }
  logMigration(message: string) {
    this.out.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.out.warn(String(message));
    else this.out.debug(String(message));
  }
}

export function createDataSource(options: DataSourceOptions): DataSource {
  const { log } = options;
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    poolSize: options.poolSize ?? 10,
    connectTimeoutMS: 5_000,
    // A connection dropped by the server is logged and replaced; it must never crash the process.
    poolErrorHandler: (error: Error) => log.warn({ err: error }, 'database connection lost'),
    extra: { idleTimeoutMillis: 30_000, statement_timeout: 30_000 },
    maxQueryExecutionTime: 1_000,
    logging: options.onQuery ? ['query', 'error', 'warn', 'migration'] : ['error', 'warn', 'migration'],
    logger: new DatabaseLogger(log, options.onQuery),
    applicationName: 'reserve-academy-tracker',
  });
}
