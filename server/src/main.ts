import 'reflect-metadata';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './start.js';

const config = loadConfig();
const log = createLogger(config.logLevel);

process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

try {
  const server = await startServer(config, log);
  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    if (++signals > 1) return;
    log.info({ signal }, 'shutting down');
    server.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  log.fatal({ err: error }, 'could not start');
  process.exit(1);
}
