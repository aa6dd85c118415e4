import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { translateDatabaseError } from './database-errors.js';
import { DomainError } from './errors.js';

const MASKED: GraphQLFormattedError['message'] = 'Internal server error';

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions?.stacktrace) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/**
 * graphql-js refuses a bad variable (an enum value not in the list, a non-integer Int, a malformed
 * date) before any resolver runs, naming the variable and the path inside it in its message.
 * react-admin names each variable after the argument it fills, so that path is the field at fault.
 */
function withVariableField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.field) return formatted;
  const variable = /^Variable "\$(\w+)"/.exec(formatted.message)?.[1];
  if (!variable) return formatted;
  const field = / at "([\w.[\]]+)"; /.exec(formatted.message)?.[1] ?? variable;
  return { ...formatted, extensions: { ...formatted.extensions, field } };
}

/** The one error that an error thrown while answering stands for, as the client should see it. */
export function clientErrorOf(error: unknown): DomainError | null {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) return original;
  return translateDatabaseError(original);
}

/**
 * Apollo's formatError: domain errors and constraint violations pass with their code; errors
 * Apollo itself classified (parse, validation, bad variables) keep their code; anything else is
 * masked, so no SQL text or stack trace ever reaches a client (the server logs it instead).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const known = clientErrorOf(error);
  if (known) {
    return { message: known.message, locations: formatted.locations, path: formatted.path, extensions: { ...known.extensions } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return withVariableField(withoutStacktrace(formatted));
  return { message: MASKED, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
