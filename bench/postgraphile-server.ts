import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { reportReady, serveMemorySamples, stopOnSignal } from './child.js';

/**
 * PostGraphile 4 as a library on a plain http server, over the database in DATABASE_URL: no watch,
 * no GraphiQL, no query log. It lives in its own package (bench/postgraphile), since PostGraphile 4
 * needs graphql 15 and the project runs graphql 16.
 */
interface Middleware {
  (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void;
  /** Resolves once the schema is built from the database's introspection. */
  getGraphQLSchema(): Promise<unknown>;
}
interface PostGraphileModule {
  postgraphile(database: string, schema: string, options: Record<string, unknown>): Middleware;
}

const require = createRequire(new URL('../../bench/postgraphile/package.json', import.meta.url));
const { postgraphile } = require('postgraphile') as PostGraphileModule;

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');

const middleware = postgraphile(url, 'public', {
  dynamicJson: true,
  simpleCollections: 'only',
  setofFunctionsContainNulls: false,
  disableDefaultMutations: true,
  disableQueryLog: true,
  graphiql: false,
  watchPg: false,
  enableQueryBatching: false,
  retryOnInitFail: false,
  bodySizeLimit: '100kB',
});

await middleware.getGraphQLSchema();

const server = createServer((req, res) => {
  middleware(req, res, (error) => {
    res.statusCode = error ? 500 : 404;
    res.end();
  });
});
await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
serveMemorySamples();
stopOnSignal(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
);
reportReady((server.address() as AddressInfo).port);
