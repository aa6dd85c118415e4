import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeAhead } from '../../server/src/route-ahead.js';
import { listening, startAnotherApp, startTestApi, type TestApi } from '../support/api.js';

/**
 * GraphQL requests skip Express's router (`routeAhead`, README "Performance"). `/graphql/` still
 * goes through the router to the same middleware, so the two answer every kind of request alike.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

/** Status, body and headers of an answer, without what differs from one answer to the next. */
async function answerOf(response: Response) {
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !['date', 'x-request-id', 'content-length', 'keep-alive', 'connection'].includes(name)));
  return { status: response.status, body: await response.text(), headers };
}

describe('GraphQL requests served ahead of the router are answered as through it', () => {
  const json = () => ({ 'content-type': 'application/json', cookie: api.cookie! });
  const requests: [string, () => RequestInit & { search?: string }][] = [
    ['a query', () => ({ method: 'POST', headers: json(), body: JSON.stringify({ query: '{ allDivisions(perPage: 3) { id name bureau } }' }) })],
    ['a query with variables', () => ({ method: 'POST', headers: json(), body: JSON.stringify({ query: 'query D($n: Int) { allDivisions(perPage: $n) { id } }', variables: { n: 2 } }) })],
    ['an error in the query', () => ({ method: 'POST', headers: json(), body: JSON.stringify({ query: '{ allDivisions { nope } }' }) })],
    ['a body that is not JSON', () => ({ method: 'POST', headers: json(), body: '{"query": ' })],
    ['a body over 100 kB', () => ({ method: 'POST', headers: json(), body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(150_000) } }) })],
    ['a form-like POST (CSRF)', () => ({ method: 'POST', headers: { 'content-type': 'text/plain', cookie: api.cookie! }, body: '{"query":"{ __typename }"}' })],
    ['a GET without a preflight header', () => ({ method: 'GET', headers: { cookie: api.cookie! }, search: '?query=%7B__typename%7D' })],
    ['a GET with one', () => ({ method: 'GET', headers: { cookie: api.cookie!, 'apollo-require-preflight': 'true' }, search: '?query=%7BallDivisions(perPage:1)%7Bid%7D%7D' })],
    ['no session', () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ allDivisions { id } }' }) })],
  ];

  for (const [what, request] of requests) {
    it(`answers ${what} the same at /graphql and at /graphql/`, async () => {
      const { search = '', ...init } = request();
      const ahead = await answerOf(await fetch(`${api.url}/graphql${search}`, init));
      const routed = await answerOf(await fetch(`${api.url}/graphql/${search}`, init));
      expect(ahead).toEqual(routed);
      expect(ahead.headers['content-security-policy']).toMatch(/default-src 'self'/);
    });
  }

  it('echoes a request id and logs one access line with the path as sent, without its query string', async () => {
    const lines: string[] = [];
    const logged = await startAnotherApp(api, { log: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }) });
    try {
      const response = await logged.client(api.cookie).post({ query: '{ __typename }' }, { 'x-request-id': 'ahead-1' });
      expect(response.headers.get('x-request-id')).toBe('ahead-1');
      await fetch(`${logged.url}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } });
      const requests = lines.map((line) => JSON.parse(line) as { msg: string; requestId: string; method: string; path: string; status: number }).filter((entry) => entry.msg === 'request');
      expect(requests.map(({ requestId, method, path, status }) => ({ requestId: requestId === 'ahead-1' ? requestId : 'own', method, path, status }))).toEqual([
        { requestId: 'ahead-1', method: 'POST', path: '/graphql', status: 200 },
        { requestId: 'own', method: 'GET', path: '/graphql', status: 200 },
      ]);
    } finally {
      await logged.close();
    }
  });
});

describe('routeAhead', () => {
  let server: Awaited<ReturnType<typeof listening>>;
  let url: string;
  const errors: string[] = [];
  beforeAll(async () => {
    const app = express();
    app.get('/other', (_req, res) => void res.json({ via: 'router' }));
    const stamp: RequestHandler = (req, res, next) => {
      res.setHeader('x-stamp', 'first');
      next();
    };
    const answer: RequestHandler = async (req, res, next) => {
      const mode = req.query.mode;
      if (mode === 'throw') throw new Error('thrown');
      if (mode === 'reject') return Promise.reject(new Error('rejected'));
      if (mode === 'next-error') return next(new Error('passed'));
      if (mode === 'pass-on') return next(new Error('pass on'));
      if (mode === 'begun') {
        res.write('partial');
        return next(new Error('after headers'));
      }
      if (mode === 'fall-through') return next();
      res.json({ via: 'ahead', originalUrl: req.originalUrl, baseUrl: req.baseUrl, stamp: res.getHeader('x-stamp'), locals: Object.keys(res.locals) });
    };
    const onError: ErrorRequestHandler = (error: Error, _req, res, next) => {
      errors.push(error.message);
      if (error.message === 'pass on' || res.headersSent) return next(error);
      res.status(418).json({ error: error.message });
    };
    server = await listening(routeAhead(app, '/fast', [stamp, answer], onError));
    url = server.url;
  });
  afterAll(() => server?.close());

  it('runs the handlers in order with Express’s request and response, the URL as sent', async () => {
    const response = await fetch(`${url}/fast?x=1`);
    expect(await response.json()).toEqual({ via: 'ahead', originalUrl: '/fast?x=1', baseUrl: '', stamp: 'first', locals: [] });
  });

  it('leaves every other path, and other spellings of its own, to the app', async () => {
    expect(await (await fetch(`${url}/other`)).json()).toEqual({ via: 'router' });
    expect((await fetch(`${url}/fast/`)).status).toBe(404);
    expect((await fetch(`${url}/fastest`)).status).toBe(404);
  });

  it('sends an error thrown, rejected or passed to next to the error handler', async () => {
    errors.length = 0;
    for (const mode of ['throw', 'reject', 'next-error']) {
      const response = await fetch(`${url}/fast?mode=${mode}`);
      expect(response.status).toBe(418);
    }
    expect(errors).toEqual(['thrown', 'rejected', 'passed']);
  });

  it('ends what is left unanswered as Express does: 500 for an error, 404 past the last handler, the connection cut once begun', async () => {
    expect((await fetch(`${url}/fast?mode=pass-on`)).status).toBe(500);
    expect((await fetch(`${url}/fast?mode=fall-through`)).status).toBe(404);
    await expect(fetch(`${url}/fast?mode=begun`).then((response) => response.text())).rejects.toThrow();
  });
});
