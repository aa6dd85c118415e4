import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../database/connect.js';
import { createLogger } from '../logger.js';

/** `npm run migrate`: applies pending migrations; `npm run migrate -- --revert` undoes the last one. */
const config = loadConfig();
const log = createLogger(config.logLevel === 'warn' ? 'info' : config.logLevel);
const database = await connectDatabase(config, log);
try {
  if (process.argv.includes('--revert')) {
    await database.db.undoLastMigration({ transaction: 'each' });
    log.info('last migration reverted');
  } else {
    log.info('database schema is up to date');
  }
} finally {
  await database.close();
}
