import 'reflect-metadata';
import { loadConfig } from '../server/src/config.js';
import { createLogger } from '../server/src/logger.js';
import { startServer } from '../server/src/start.js';
import { reportReady, serveMemorySamples, stopOnSignal } from './child.js';

/**
 * The project's compiled server as `npm start` runs it (configuration from the environment, the
 * same start-up), plus what the bench asks of its children: the port, memory samples, a clean stop.
 */
const config = loadConfig();
const server = await startServer(config, createLogger(config.logLevel));
serveMemorySamples();
stopOnSignal(() => server.stop());
reportReady(server.port);
