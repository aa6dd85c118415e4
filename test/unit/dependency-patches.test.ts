import { ApolloServer, HeaderMap } from '@apollo/server';
import type { GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { buildSchema, execute, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The fixes server/patches/apply.mjs makes to installed dependencies after `npm ci`: each is applied,
 * and what it changes behaves as before.
 */
describe('dependency patches', () => {
  it("Apollo's gateway request context has its status accessors on a class, and they read and write the answer's status", async () => {
    const schema = buildSchema('type Query { ok: Boolean }');
    const seen: GatewayGraphQLRequestContext[] = [];
    const gateway: GatewayInterface = {
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
        return () => undefined;
      },
      load: async () => ({
        executor: async (request) => {
          seen.push(request);
          const http = request.response!.http!;
          http.status = 203;
          return execute({ schema, document: request.document, rootValue: { ok: http.status === 203 } });
        },
      }),
      stop: async () => undefined,
    };
    const apollo = new ApolloServer({ gateway });
    await apollo.start();
    try {
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query: '{ ok }' } },
        context: async () => ({}),
      });
      expect(answer.status).toBe(203);
      expect(answer.body.kind === 'complete' && JSON.parse(answer.body.string)).toEqual({ data: { ok: true } });
      const http = seen[0].response!.http!;
      // Own accessors in an object literal were the defect: a new hidden class for every request.
      expect(Object.getOwnPropertyDescriptor(http, 'status')).toBeUndefined();
      expect(Object.getPrototypeOf(http).constructor.name).toBe('GatewayResponseHttp');
    } finally {
      await apollo.stop();
    }
  });
});
