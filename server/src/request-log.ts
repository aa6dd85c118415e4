import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Every request's id (the caller's `x-request-id` when it is a plain token, else a new one, sent
 * back in `x-request-id`), its logger (`res.locals.log`, bound to that id) and one access log line
 * when it is answered.
 */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.locals.log = log.child({ requestId });
    res.setHeader('x-request-id', requestId);
    // No access log below the info level: no listener and no clock read for one.
    if (!log.isLevelEnabled('info')) return next();
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // Method, path and status only: no query strings, bodies or variables (personal data), and the
      // route instead of the path where the path holds a secret (a calendar feed's token).
      const path = (res.locals.logPath as string | undefined) ?? req.originalUrl.split('?')[0];
      res.locals.log.info({ method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}
