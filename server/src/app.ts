import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from './common/clock.js';
import type { AppContext } from './common/context.js';
import { clientErrorOf, formatError } from './common/format-error.js';
import { Loaders } from './common/loaders.js';
import { adminUiOrHint } from './admin-ui.js';
import { compiledQueries } from './compiled-queries.js';
import { graphqlRoute } from './graphql-route.js';
import { graphqlProtection, securityHeaders } from './hardening.js';
import { requestLog } from './request-log.js';
import { expressMessages, routeAhead } from './route-ahead.js';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from './modules/auth/auth.settings.js';
import { SessionCache } from './modules/auth/session-cache.js';
import { sessionCookie, sessionUserOf } from './modules/auth/session-cookie.js';
import { DEFAULT_DASHBOARD_SETTINGS, type DashboardSettings } from './modules/dashboards/dashboard.settings.js';
import { DEFAULT_RECRUITMENT_SETTINGS, type RecruitmentSettings } from './modules/recruits/recruitment.settings.js';
import { DEFAULT_SCHEDULING_SETTINGS, type SchedulingSettings } from './modules/scheduling/scheduling.settings.js';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from './modules/training/training.settings.js';
import { calendarRouter } from './modules/calendar/calendar.routes.js';
import { recruitImportRouter } from './modules/recruits/import/recruit-import.routes.js';
import { buildAppSchema } from './schema.js';

export interface AppOptions {
  db: DataSource;
  log: Logger;
  clock?: Clock;
  production?: boolean;
  auth?: AuthSettings;
  scheduling?: SchedulingSettings;
  training?: TrainingSettings;
  recruitment?: RecruitmentSettings;
  dashboards?: DashboardSettings;
  /** Express's `trust proxy` (which proxies may tell the client's address and protocol). */
  trustProxy?: string;
  /** Where clients reach the server, for absolute links (calendar feeds); by default the request's own protocol and host. */
  publicUrl?: string;
  /** The built admin UI served at `/`: found (admin/dist) when absent, not served when null. */
  adminDir?: string | null;
  /** Look-ahead on (the default) or off (`common/prefetch.ts`; tests compare the two). */
  lookAhead?: boolean;
  /** Queries a client repeats compiled (the default), or all executed by graphql-js (`compiled-queries.ts`; tests compare the two). */
  compiledQueries?: boolean;
}

export const BODY_LIMIT = '100kb';

/** Errors that are not the client's: logged with the request id, since the client only sees them masked. */
function logUnexpectedErrors(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (error.extensions?.code && error.extensions.code !== 'INTERNAL_SERVER_ERROR') continue;
            if (clientErrorOf(error)) continue;
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
          }
        },
      };
    },
  };
}

/** The session notices' connection closes with the server (`apollo.stop()`, which every shutdown calls). */
function stopsWithServer(sessions: SessionCache): ApolloServerPlugin<AppContext> {
  return {
    async serverWillStart() {
      return { serverWillStop: () => sessions.stop() };
    },
  };
}

/** TRUST_PROXY as express reads it: a hop count, true/false, or addresses and subnets. */
function trustProxyValue(raw: string): boolean | number | string {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/**
 * The HTTP application: GraphQL at /graphql, recruit CSV imports at /import, calendar feeds at
 * /calendar, health probes, request ids and access logs. An HTTP server made with `httpOptions` runs
 * `listener`, which serves `/graphql` ahead of the Express router (`routeAhead`) and passes the rest
 * to the Express app.
 */
export async function createApp(options: AppOptions) {
  const { db, log, clock = systemClock, production = false, auth = DEFAULT_AUTH_SETTINGS, scheduling = DEFAULT_SCHEDULING_SETTINGS, recruitment = DEFAULT_RECRUITMENT_SETTINGS } = options;
  const training = options.training ?? DEFAULT_TRAINING_SETTINGS;
  const dashboards = options.dashboards ?? DEFAULT_DASHBOARD_SETTINGS;
  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  const protection = graphqlProtection(production);
  const schema = await buildAppSchema();
  const sessions = await SessionCache.listen(db, log);
  const apollo = new ApolloServer<AppContext>({
    ...(options.compiledQueries === false ? { schema } : { gateway: compiledQueries(schema, log) }),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    csrfPrevention: true,
    parseOptions: protection.parseOptions,
    validationRules: protection.validationRules,
    // No cache hints (every answer depends on who asks): without the cache-control plugin Apollo does
    // not wrap every field's resolver to collect them, a cost on long nested lists (README,
    // "Performance"); the route sets `Cache-Control: no-store` instead.
    plugins: [...(protection.plugins as ApolloServerPlugin<AppContext>[]), logUnexpectedErrors(), ApolloServerPluginCacheControlDisabled(), stopsWithServer(sessions)],
    // The server's own shutdown closes HTTP, Apollo, the pool and PostgreSQL in order.
    stopOnTerminationSignals: false,
  });
  try {
    await apollo.start();
  } catch (error) {
    await sessions.stop();
    throw error;
  }

  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', trustProxyValue(options.trustProxy));
  const secured = securityHeaders();
  const logged = requestLog(log);
  app.use(secured);
  app.use(logged);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      res.locals.log.warn({ err: error }, 'database not reachable');
      res.status(503).json({ status: 'unavailable', reason: 'database not reachable' });
    }
  });

  /** What every resolver, and every route that calls the same services, gets for one request. */
  const contextOf = async (req: Request, res: Response): Promise<AppContext> => ({
    requestId: res.locals.requestId as string,
    sourceAddress: req.ip,
    db,
    loaders: new Loaders(db),
    clock,
    log: res.locals.log as Logger,
    user: await sessionUserOf(req, db, clock, auth, sessions),
    sessions,
    cookie: sessionCookie(req, res, auth),
    auth,
    scheduling,
    training,
    recruitment,
    dashboards,
    // `req.host` honours X-Forwarded-Host, and `req.protocol` X-Forwarded-Proto, only from a trusted proxy.
    publicUrl: publicUrl ?? `${req.protocol}://${req.host}`,
    lookAhead: options.lookAhead ?? true,
  });

  const noStore: express.RequestHandler = (_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    next();
  };
  const graphql = [noStore, express.json({ limit: BODY_LIMIT }), graphqlRoute(apollo, contextOf)];
  app.use('/graphql', ...graphql);

  // Recruit lists larger than /graphql's body limit (importRecruits over HTTP, text/csv).
  app.use('/import', recruitImportRouter(contextOf));

  app.use('/calendar', calendarRouter({ db, clock }));

  const adminUi = adminUiOrHint(options.adminDir, log);
  if (adminUi) app.use(adminUi);

  const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') return void res.status(413).json({ errors: [{ message: `Request body is larger than ${BODY_LIMIT}`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    if (error.type === 'entity.parse.failed') return void res.status(400).json({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    res.locals.log?.error({ err: error }, 'request failed');
    res.status(error.status && error.status < 500 ? error.status : 500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
  app.use(bodyErrors);

  // GraphQL requests, nearly all of them, skip the router: the same middleware, in the same order.
  const listener = routeAhead(app, '/graphql', [secured, logged, ...graphql], bodyErrors);
  return { apollo, listener, httpOptions: expressMessages(app) };
}
