import 'reflect-metadata';
import { systemClock } from '../common/clock.js';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../database/connect.js';
import { createLogger } from '../logger.js';
import { seedDemoData } from '../seed/seed.js';

/** `npm run seed`: loads the demo data (idempotent: a second run adds no duplicates). */
const config = loadConfig();
if (config.production) {
  console.error('Refusing to load demo data with NODE_ENV=production');
  process.exit(1);
}
const log = createLogger(config.logLevel === 'warn' ? 'info' : config.logLevel);
const database = await connectDatabase(config, log);
try {
  await seedDemoData(database.db, { clock: systemClock, log });
} finally {
  await database.close();
}
