import { IncomingMessage, ServerResponse, type RequestListener, type ServerOptions } from 'node:http';
import type { ErrorRequestHandler, Express, NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The HTTP server's request listener: a request for exactly `path` (any method, any query string)
 * runs `handlers` in order, as Express middleware, without going through Express's router; every
 * other request goes to `app`. The router's own work on each request (its dispatch state, layer
 * matching, prefix trimming and restoring) was a tenth of the CPU of a one-record GraphQL query
 * (README, "Performance"). `app` should mount the same handlers at `path` too, for the spellings
 * this leaves to it (`/GraphQL`, `/graphql/`).
 *
 * The handlers get Express's request and response: born so on a server made with `expressMessages`,
 * else given the prototypes Express gives them itself (`app.handle`); `req.originalUrl` is the URL as
 * sent and `req.baseUrl` empty. An error passed to `next`, thrown, or rejected by a handler goes to
 * `onError`. What is left unanswered at the end (an error `onError` passes on, or a `next()` past
 * the last handler) is ended as Express's final handler ends it: the connection cut if the answer
 * has begun, else 500 for an error, 404 otherwise.
 */
export function routeAhead(app: Express, path: string, handlers: readonly RequestHandler[], onError: ErrorRequestHandler): RequestListener {
  const unanswered = (req: Request, res: Response) => (error?: unknown) => {
    if (res.headersSent) req.socket.destroy();
    else res.status(error ? 500 : 404).end();
  };
  const run = (handler: (next: NextFunction) => unknown, next: NextFunction) => {
    try {
      const result = handler(next);
      if (result instanceof Promise) result.catch(next);
    } catch (error) {
      next(error);
    }
  };
  /** A request or response with the app's prototype `proto`, given it unless it was born with it. */
  const expressOf = <T>(message: IncomingMessage | ServerResponse, proto: object): T =>
    ((message as Partial<Request>).app === app ? message : Object.setPrototypeOf(message, proto)) as T;
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const url = incoming.url ?? '';
    const end = url.indexOf('?');
    if ((end < 0 ? url : url.slice(0, end)) !== path) return void app(incoming, outgoing);
    const req = expressOf<Request>(incoming, app.request);
    const res = expressOf<Response>(outgoing, app.response);
    req.res = res;
    res.req = req;
    res.locals = Object.create(null) as Response['locals'];
    req.originalUrl = url;
    req.baseUrl = '';
    let index = 0;
    const next: NextFunction = (error?: unknown) => {
      if (error) {
        return run((done) => onError(error, req, res, done), unanswered(req, res));
      }
      const handler = handlers[index++];
      if (handler) run((done) => handler(req, res, done), next);
      else unanswered(req, res)();
    };
    next();
  };
}

/**
 * The HTTP server's options that make every request and response Express's from birth, so that
 * `routeAhead` need not give them Express's prototypes as Express does (`Object.setPrototypeOf` on
 * every request). V8 built new hidden classes for every request given them that way, which only a
 * full collection frees; meanwhile they kept most of each request's objects alive through the
 * young-generation collections, whose pauses make the tail latency (README, "Performance").
 */
export function expressMessages(app: Express): ServerOptions {
  class AppRequest extends IncomingMessage {}
  Object.setPrototypeOf(AppRequest.prototype, app.request);
  class AppResponse<Req extends IncomingMessage = IncomingMessage> extends ServerResponse<Req> {}
  Object.setPrototypeOf(AppResponse.prototype, app.response);
  return { IncomingMessage: AppRequest, ServerResponse: AppResponse };
}
