import express, { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { COORDINATORS, ForbiddenError, UnauthenticatedError } from '../../../common/access.js';
import type { AppContext } from '../../../common/context.js';
import { DomainError, type ErrorCode } from '../../../common/errors.js';
import { clientErrorOf } from '../../../common/format-error.js';
import { recruitImportService } from './recruit-import.service.js';

/** 10,000 rows of a recruitment-event list is about 1 MB; /graphql keeps its 100 kB. */
export const IMPORT_BODY_LIMIT = '5mb';

/** The headers Apollo's CSRF prevention takes as proof that a browser asked first (a preflight); /graphql accepts the same. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/** Errors as /graphql words them: `{ errors: [{ message, extensions: { code, ... } }] }`. */
function sendError(res: Response, error: DomainError | { status: number; code: string; message: string }): void {
  if (error instanceof DomainError) {
    res.status(STATUS[error.code] ?? 400).json({ errors: [{ message: error.message, extensions: { ...error.extensions } }] });
  } else {
    res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
  }
}

/** Refused before the body is read: not CSV, no preflight header, no dryRun. */
const checkRequest: RequestHandler = (req, res, next) => {
  if (!req.is('text/csv')) return sendError(res, { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the file with Content-Type: text/csv' });
  if (!PREFLIGHT_HEADERS.some((header) => req.get(header))) {
    return sendError(res, { status: 400, code: 'BAD_REQUEST', message: 'Send an apollo-require-preflight header with this request (CSRF prevention)' });
  }
  if (req.query.dryRun !== 'true' && req.query.dryRun !== 'false') {
    return sendError(res, { status: 400, code: 'BAD_USER_INPUT', message: 'Say dryRun=true or dryRun=false in the query string' });
  }
  next();
};

const bodyErrors: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error.type === 'entity.too.large') return sendError(res, { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The file is larger than ${IMPORT_BODY_LIMIT}` });
  if (error.type === 'charset.unsupported' || error.type === 'encoding.unsupported') {
    return sendError(res, { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the file in UTF-8' });
  }
  next(error);
};

/**
 * `POST /import/recruits?dryRun=true|false` with the CSV as a `text/csv` body: the importRecruits
 * mutation for files larger than /graphql's 100 kB body limit, answering the same ImportResult.
 * Signed in by the session cookie as /graphql is, for coordinators and administrators, with the
 * same CSRF defence (a body no HTML form can send, and a header only a preflighted request carries).
 */
export function recruitImportRouter(contextOf: (req: Request, res: Response) => Promise<AppContext>): Router {
  const router = Router();
  const authorize: RequestHandler = async (req, res, next) => {
    const ctx = await contextOf(req, res);
    if (!ctx.user) return sendError(res, new UnauthenticatedError());
    if (!COORDINATORS.includes(ctx.user.role)) return sendError(res, new ForbiddenError());
    res.locals.ctx = ctx;
    next();
  };
  router.post('/recruits', checkRequest, authorize, express.text({ type: 'text/csv', limit: IMPORT_BODY_LIMIT }), async (req, res) => {
    const ctx = res.locals.ctx as AppContext;
    try {
      res.json(await recruitImportService.importRecruits(ctx, req.body, req.query.dryRun === 'true'));
    } catch (error) {
      const known = clientErrorOf(error);
      if (known) return sendError(res, known);
      ctx.log.error({ err: error }, 'recruit import failed');
      sendError(res, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    }
  });
  router.use(bodyErrors);
  return router;
}
