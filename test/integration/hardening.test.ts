import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import { HELMET_OPTIONS, QUERY_LIMITS, securityHeaders } from '../../server/src/hardening.js';
import { firstError, listening, startAnotherApp, startTestApi, type Client, type TestApi } from '../support/api.js';
import { bodyOf, countRows } from '../support/accounts.js';
import { leaksIn } from '../support/react-admin.js';

/**
 * Issue 3, point 7: query depth, cost, alias and token limits refuse a request at validation,
 * before any resolver runs; in production no introspection and no "Did you mean" suggestions;
 * Apollo's CSRF prevention; bodies over 100 kB refused with 413; security headers; masked errors.
 */

let api: TestApi;
let production: Awaited<ReturnType<typeof startAnotherApp>>;
let prod: Client;
beforeAll(async () => {
  api = await startTestApi();
  production = await startAnotherApp(api, { production: true });
  prod = production.client(api.cookie);
});
afterAll(async () => {
  await production?.close();
  await api.close();
});

/**
 * Sends a query and answers the response with the SQL the API sent meanwhile. Resolvers read
 * the domain tables; building the request's context reads only the session.
 */
async function sendWatched(client: Client, body: unknown) {
  api.statements.length = 0;
  const response = await client.post(body);
  const result = await bodyOf(response);
  const domainStatements = api.statements.filter((sql) => !/user_session/.test(sql));
  return { status: response.status, result, domainStatements };
}

/** `{ allRecruits { academyClass { recruits { academyClass ... { id } } } } }`, `levels` deep counting allRecruits and id. */
function nested(levels: number, leaf = 'id'): string {
  let selection = leaf;
  for (let level = levels - 2; level >= 1; level--) selection = `${level % 2 ? 'academyClass' : 'recruits'} { ${selection} }`;
  return `{ allRecruits { ${selection} } }`;
}

const aliasedMutations = (n: number) =>
  `mutation { ${Array.from({ length: n }, (_, i) => `d${i}: createDivision(areaId: ${i + 1}, name: "Hidden ${i}", bureau: WEST) { id }`).join(' ')} }`;

describe('query limits refuse a request at validation, before any resolver runs', () => {
  it('answers a query within every limit', async () => {
    const { result, domainStatements } = await sendWatched(api, { query: nested(QUERY_LIMITS.depth) });
    expect(result).toEqual({ data: { allRecruits: [] } });
    expect(domainStatements.length).toBeGreaterThan(0);
  });

  it(`refuses a query deeper than ${QUERY_LIMITS.depth} levels`, async () => {
    const { status, result, domainStatements } = await sendWatched(api, { query: nested(QUERY_LIMITS.depth + 1) });
    expect(status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(firstError(result).message).toMatch(/depth limit of 10 exceeded/i);
    expect(domainStatements).toEqual([]);
  });

  it(`refuses more than ${QUERY_LIMITS.aliases} aliases, even where each hides a mutation, and writes nothing`, async () => {
    const divisions = await countRows(api, 'division');
    const events = await countRows(api, 'audit_event');
    const { status, result, domainStatements } = await sendWatched(api, { query: aliasedMutations(QUERY_LIMITS.aliases + 1) });
    expect(status).toBe(400);
    expect(firstError(result).message).toMatch(/aliases limit of 15 exceeded/i);
    expect(domainStatements).toEqual([]);
    expect(await countRows(api, 'division')).toBe(divisions);
    expect(await countRows(api, 'audit_event')).toBe(events);
  });

  it(`refuses a document of more than ${QUERY_LIMITS.tokens} tokens with 400, while parsing it`, async () => {
    // `{ allDivisions ( filter : { ids : [ ... ] } ) { id } }`: a handful of tokens and one per id.
    const withIds = (n: number) => `{ allDivisions(filter: { ids: [${Array.from({ length: n }, (_, i) => i + 1).join(' ')}] }) { id } }`;
    const { status, result, domainStatements } = await sendWatched(api, { query: withIds(QUERY_LIMITS.tokens) });
    expect(status).toBe(400);
    expect(firstError(result)).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', message: expect.stringMatching(/more tha[nt] 2000 tokens/) });
    expect(domainStatements).toEqual([]);
    // Within the limit the same query is answered.
    const within = await sendWatched(api, { query: withIds(QUERY_LIMITS.tokens - 20) });
    expect(within.status).toBe(200);
    expect(within.result.errors).toBeUndefined();
  });

  it('answers a malformed document with 400 GRAPHQL_PARSE_FAILED, not as a server error', async () => {
    for (const query of ['test', '{ allDivisions { id }']) {
      const { status, result } = await sendWatched(api, { query });
      expect(status, query).toBe(400);
      expect(firstError(result).code, query).toBe('GRAPHQL_PARSE_FAILED');
    }
  });

  it(`refuses a query costing more than ${QUERY_LIMITS.cost}, within the depth, alias and token limits`, async () => {
    const fields = 'id firstName lastName stage source targetLevel createdAt updatedAt';
    const query = `query { allRecruits { ${'...R '.repeat(300)} } } fragment R on Recruit { ${fields} academyClass { id name } }`;
    const { status, result, domainStatements } = await sendWatched(api, { query });
    expect(status).toBe(400);
    expect(firstError(result).message).toMatch(/cost limit of 5000 exceeded/i);
    expect(domainStatements).toEqual([]);
  });
});

describe('in production: no introspection and no suggestions', () => {
  const INTROSPECTION = `{ __schema { queryType { name } types { name } } }`;

  it('answers introspection in development', async () => {
    const { __schema } = await api.ok(INTROSPECTION);
    expect(__schema.types.map((type: { name: string }) => type.name)).toContain('Division');
    expect((await api.ok(`{ __type(name: "Division") { name } }`)).__type).toEqual({ name: 'Division' });
  });

  it('refuses introspection in production, __schema and __type alike, with or without a session', async () => {
    for (const client of [prod, production.client()]) {
      for (const query of [INTROSPECTION, `{ __type(name: "Division") { name fields { name } } }`]) {
        const result = await client.gql(query);
        expect(result.data, query).toBeUndefined();
        expect(firstError(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(firstError(result).message).toMatch(/introspection is not allowed/i);
      }
    }
  });

  it('answers the real API in production', async () => {
    expect(await prod.ok(`{ me { email } _allDivisionsMeta { count } }`)).toMatchObject({ me: { email: 'admin@test.example' } });
  });

  /** A mistake, and the correction graphql-js would suggest for it. */
  const MISTAKES: [what: string, query: string, suggestion: string][] = [
    ['a misspelt field', `{ allDivison { id } }`, 'allDivisions'],
    ['a misspelt argument', `{ allDivisions(perPag: 1) { id } }`, 'perPage'],
    ['a misspelt type', `query ($f: DivisonFilter) { allDivisions(filter: $f) { id } }`, 'DivisionFilter'],
    ['a misspelt input field', `{ allDivisions(filter: { nam: "x" }) { id } }`, 'name'],
    ['a misspelt enum value', `{ allDivisions(filter: { bureau: CENTRL }) { id } }`, 'CENTRAL'],
  ];

  it('suggests corrections in development', async () => {
    for (const [what, query, suggestion] of MISTAKES) {
      const { message } = firstError(await api.gql(query));
      expect(message, what).toMatch(/Did you mean/);
      expect(message, what).toContain(`"${suggestion}"`);
    }
  });

  it('suggests nothing in production, for fields, arguments, types, input fields and enum values', async () => {
    for (const [what, query, suggestion] of MISTAKES) {
      const result = await prod.gql(query);
      expect(firstError(result).code, what).toBe('GRAPHQL_VALIDATION_FAILED');
      for (const error of result.errors!) {
        expect(error.message, what).not.toMatch(/Did you mean/);
        expect(error.message, what).not.toContain(`"${suggestion}"`);
      }
    }
  });

  it('suggests nothing in production for a misspelt enum value in a variable either', async () => {
    const result = await prod.gql(`query ($bureau: Bureau) { allDivisions(filter: { bureau: $bureau }) { id } }`, { bureau: 'CENTRL' });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'bureau' } });
    expect(firstError(result).message).not.toMatch(/Did you mean|CENTRAL"/);
  });
});

describe("Apollo's CSRF prevention", () => {
  it('refuses a GET request without a preflight header with 400', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { cookie: api.cookie! } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('refuses a form-like POST (text/plain, urlencoded, multipart) with 400 and runs nothing', async () => {
    const divisions = await countRows(api, 'division');
    const body = JSON.stringify({ query: 'mutation { createDivision(areaId: 77, name: "Forged", bureau: WEST) { id } }' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': type, cookie: api.cookie! }, body });
      expect(response.status, type).toBe(400);
    }
    expect(await countRows(api, 'division')).toBe(divisions);
  });

  it('answers a GET query that names an operation or asks for preflight, and never runs a mutation over GET', async () => {
    const get = (query: string, headers: Record<string, string>) =>
      fetch(`${api.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { cookie: api.cookie!, ...headers } });
    const ok = await get('{ __typename }', { 'apollo-require-preflight': 'true' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
    const mutation = await get('mutation { createDivision(areaId: 78, name: "Via GET", bureau: WEST) { id } }', { 'apollo-require-preflight': 'true' });
    expect(mutation.status).toBe(405);
    expect(await countRows(api, 'division', `name = 'Via GET'`)).toBe(0);
  });
});

describe('request bodies over 100 kB are refused with 413', () => {
  it('refuses a 150 kB body with 413 before reading it as GraphQL', async () => {
    api.statements.length = 0;
    const response = await api.post({ query: `{ allDivisions(filter: { q: "${'x'.repeat(150_000)}" }) { id } }` });
    expect(response.status).toBe(413);
    expect(firstError(await bodyOf(response)).code).toBe('PAYLOAD_TOO_LARGE');
    expect(api.statements).toEqual([]);
  });

  it('accepts a body just under 100 kB', async () => {
    const response = await api.post({ query: `{ allDivisions { id } }`, variables: { padding: 'x'.repeat(95_000) } });
    expect(response.status).toBe(200);
  });
});

describe('security headers', () => {
  it('sends a content security policy, nosniff, no framing, a referrer policy and HSTS, and no x-powered-by', async () => {
    for (const response of [await api.post({ query: '{ __typename }' }), await fetch(`${api.url}/healthz`)]) {
      const headers = response.headers;
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toMatch(/^(DENY|SAMEORIGIN)$/);
      expect(headers.get('referrer-policy')).toMatch(/no-referrer|same-origin|strict-origin/);
      expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('sends exactly the headers helmet sends, taken from it once', async () => {
    const served = async (middleware: RequestHandler) => {
      const app = express().use(middleware);
      app.get('/', (_req, res) => void res.send('ok'));
      const server = await listening(app);
      try {
        const { headers } = await fetch(server.url);
        return [...headers].filter(([name]) => name !== 'date');
      } finally {
        await server.close();
      }
    };
    const ours = await served(securityHeaders());
    expect(ours).toEqual(await served(helmet(HELMET_OPTIONS)));
    expect(ours.map(([name]) => name)).toContain('content-security-policy');
  });
});

describe('unexpected errors stay masked', () => {
  it('answers INTERNAL_SERVER_ERROR without SQL text or a stack trace, in development and in production', async () => {
    await api.db.query('ALTER TABLE division RENAME TO division_moved');
    try {
      for (const client of [api as Client, prod]) {
        const result = await client.gql(`{ allDivisions { id name } }`);
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        expect(leaksIn(result)).toEqual([]);
        expect(JSON.stringify(result)).not.toMatch(/division_moved|relation|stacktrace/);
      }
    } finally {
      await api.db.query('ALTER TABLE division_moved RENAME TO division');
    }
  });
});
