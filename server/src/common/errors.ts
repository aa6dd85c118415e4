import { GraphQLError } from 'graphql';

/** The error codes a client can rely on (DESIGN.md, API conventions). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

/** Base of every error the services throw on purpose; its message is safe to show to the client. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/** Input that breaks a rule; `field` names the argument at fault. */
export class BadInputError extends DomainError {
  constructor(field: string, message: string, extensions: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, { field, ...extensions });
  }
}

export class NotFoundError extends DomainError {
  constructor(typeName: string, id: unknown) {
    super('NOT_FOUND', `${typeName} ${String(id)} was not found`, { typeName });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

/** Too many attempts from one source in a short time (login). */
export class TooManyRequestsError extends DomainError {
  constructor(message: string) {
    super('TOO_MANY_REQUESTS', message, { http: { status: 429 } });
  }
}
