import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/** Limits checked at validation, before any resolver runs. */
export const QUERY_LIMITS = { depth: 10, cost: 5000, aliases: 15, tokens: 2000, directives: 20 } as const;

/**
 * graphql-js words every suggestion " Did you mean ...?" at the end of a message, the enum values'
 * too ("Did you mean the enum value ...?"), which graphql-armor's blockFieldSuggestion misses.
 */
const SUGGESTION = /\s*Did you mean .*$/s;

function withoutSuggestions(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
        },
      };
    },
  };
}

/**
 * Query depth, cost, alias, token and directive limits, and in production no "Did you mean ...?"
 * suggestions that would map the schema for a stranger. graphql-js counts the tokens as it parses
 * (`parseOptions`): graphql-armor's Apollo plugin for that parses every document a second time and
 * answers any syntax error with 500 (graphql-armor#751).
 */
export function graphqlProtection(production: boolean) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth },
    costLimit: { maxCost: QUERY_LIMITS.cost },
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.directives },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins: production ? [...plugins, withoutSuggestions()] : plugins,
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
  };
}

/** helmet's settings: the content policy fits the admin UI served from the same origin. */
export const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
  },
  crossOriginEmbedderPolicy: false,
};

/**
 * helmet's security headers. With these settings (no nonce, nothing read from the request) they are
 * the same on every response: they are taken from helmet once, at start-up, and set by one
 * middleware rather than by helmet's chain of a dozen on every request (README, "Performance").
 */
export function securityHeaders(): RequestHandler {
  const set = new Map<string, string>();
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string) => void set.set(name, value),
    removeHeader: (name: string) => void removed.push(name),
  };
  let finished = false;
  helmet(HELMET_OPTIONS)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('helmet did not set its headers at once');
  const headers = [...set];
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
