import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { BREAK, execute, GraphQLError, printSchema, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Logger } from 'pino';

/** What is known of one operation of a document: seen once, compiled, or not compilable. */
type Known = 'seen' | CompiledQuery | null;

/**
 * graphql-jit's errors have no `extensions` when the error they stand for had none (a database
 * error, a bug), where Apollo and graphql-js expect an object. The same error as graphql-js would
 * report it: message, path, locations and the original error, which `formatError` reads.
 */
function standardError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const standard = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  // graphql-jit kept the locations, not the AST nodes graphql-js would compute them from.
  (standard as { locations: GraphQLError['locations'] }).locations = error.locations;
  return standard;
}

/**
 * A document with a field answered under the key `__proto__` (an alias): graphql-jit writes it
 * with an assignment, which sets the answer object's prototype instead of a key, and the field
 * goes missing. graphql-js executes those.
 */
function answersUnderProto(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(field) {
      if (field.alias?.value !== '__proto__') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * How Apollo executes operations: each one a client sends again is compiled by graphql-jit into a
 * function made for it, and run by that function from then on; the first time, and whatever
 * graphql-jit cannot compile, graphql-js executes as before. graphql-js walks the query for every
 * field of every row (resolve info, arguments, paths, completion), most of the server's CPU on a
 * long nested list (README, "Performance"). Compiling once a query comes back spares the cost of
 * compiling (milliseconds) to one-off queries; a compiled query lives as long as Apollo keeps its
 * parsed document, in Apollo's bounded document cache.
 *
 * The answers are graphql-js's: a request whose variables are refused (no resolver has run) is
 * answered by graphql-js, whose errors Apollo words and codes (BAD_USER_INPUT, status 400), and
 * errors are reported as graphql-js reports them (`standardError`). Apollo takes an executor only
 * from a gateway, hence the shape; Apollo still parses, validates and formats every request.
 */
export function compiledQueries(schema: GraphQLSchema, log: Logger): GatewayInterface {
  const documents = new WeakMap<DocumentNode, Map<string, Known>>();

  const compiledFor = (request: GatewayGraphQLRequestContext): CompiledQuery | null => {
    let operations = documents.get(request.document);
    if (!operations) documents.set(request.document, (operations = new Map()));
    const name = request.request.operationName ?? '';
    const known = operations.get(name);
    if (known === undefined) {
      operations.set(name, 'seen');
      return null;
    }
    if (known !== 'seen') return known;
    if (answersUnderProto(request.document)) {
      operations.set(name, null);
      return null;
    }
    const compiled = compileQuery(schema, request.document, request.request.operationName);
    if (!isCompiledQuery(compiled)) {
      log.warn({ operationName: request.operationName, errors: compiled.errors?.map((error) => error.message) }, 'query not compiled: graphql-js executes it');
      operations.set(name, null);
      return null;
    }
    log.debug({ operationName: request.operationName }, 'query compiled');
    operations.set(name, compiled);
    return compiled;
  };

  const byGraphqlJs = (request: GatewayGraphQLRequestContext) =>
    execute({ schema, document: request.document, contextValue: request.context, variableValues: request.request.variables, operationName: request.request.operationName });

  const executor: GatewayExecutor = async (request) => {
    const compiled = compiledFor(request);
    if (!compiled) return byGraphqlJs(request);
    const result: ExecutionResult = await compiled.query(undefined, request.context, request.request.variables ?? {});
    // No data at all: its variables were refused, before any resolver ran.
    if (result.data === undefined) return byGraphqlJs(request);
    return result.errors ? { ...result, errors: result.errors.map(standardError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}
