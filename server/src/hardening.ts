import { ApolloArmor } from '@escape.tech/graphql-armor';
import helmet from 'helmet';

/** Limits checked at validation, before any resolver runs. */
export const QUERY_LIMITS = { depth: 10, cost: 5000, aliases: 15, tokens: 2000, directives: 20 } as const;

/**
 * Query depth, cost, alias, token and directive limits (graphql-armor), and in production no
 * "Did you mean ...?" suggestions that would map the schema for a stranger.
 */
export function graphqlProtection(production: boolean) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth },
    costLimit: { maxCost: QUERY_LIMITS.cost },
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxTokens: { n: QUERY_LIMITS.tokens },
    maxDirectives: { n: QUERY_LIMITS.directives },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins, validationRules };
}

/** Security headers; the content policy fits the admin UI served from the same origin. */
export function securityHeaders() {
  return helmet({
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
  });
}
