import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createApp } from './app.js';
import { systemClock, type Clock } from './common/clock.js';
import type { Config } from './config.js';
import { connectDatabase } from './database/connect.js';
import { ensureFirstAdmin } from './modules/users/user.service.js';
import { seedDemoData } from './seed/seed.js';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** How long open requests may run on after a shutdown signal before their connections are cut. */
const DRAIN_MS = 5_000;

function closeHttp(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Database up, migrations applied, demo data on an empty database, then HTTP. */
export async function startServer(config: Config, log: Logger, clock: Clock = systemClock): Promise<RunningServer> {
  const database = await connectDatabase(config, log);
  try {
    if (config.admin) await ensureFirstAdmin(database.db, config.admin, log);
    if (config.seedDemoData) await seedDemoData(database.db, { clock, log, onlyIfEmpty: true });
    const { listener, httpOptions, apollo } = await createApp({
      db: database.db,
      log,
      clock,
      production: config.production,
      auth: config.auth,
      scheduling: config.scheduling,
      training: config.training,
      recruitment: config.recruitment,
      dashboards: config.dashboards,
      trustProxy: config.trustProxy,
      publicUrl: config.publicUrl,
    });
    const server = createServer(httpOptions, listener);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://localhost:${port}`;
    log.info({ url: `${url}/graphql` }, `GraphQL API listening on ${url}/graphql`);
    let stopping: Promise<void> | undefined;
    return {
      url,
      port,
      stop: () =>
        (stopping ??= (async () => {
          await closeHttp(server);
          await apollo.stop();
          await database.close();
        })()),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
