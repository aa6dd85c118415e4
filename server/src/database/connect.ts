import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';

export interface Database {
  db: DataSource;
  /** The embedded cluster this process started, if it started one. */
  embedded: EmbeddedDatabase | undefined;
  close(): Promise<void>;
}

/**
 * Connects to `DATABASE_URL`, or starts the embedded PostgreSQL in the data folder when none is
 * given, then brings the schema up to date with the migrations (never `synchronize`).
 */
export async function connectDatabase(config: Config, log: Logger): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log });
    await embedded.createDatabase(config.databaseName);
    url = embedded.urlFor(config.databaseName);
  }
  const db = createDataSource({ url, poolSize: config.poolSize, log });
  try {
    await db.initialize();
    const applied = await db.runMigrations({ transaction: 'each' });
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } catch (error) {
    if (db.isInitialized) await db.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    db,
    embedded,
    async close() {
      if (db.isInitialized) await db.destroy();
      await embedded?.stop();
    },
  };
}
