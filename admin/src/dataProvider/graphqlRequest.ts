import { HttpError } from 'react-admin';

/** One error of a GraphQL answer, as the API words it (README, "Errors"). */
export interface ApiErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; field?: string; reasons?: { code: string; message: string }[]; [key: string]: unknown };
}

/** A GraphQL answer with errors (or an HTTP failure), carrying the server's messages. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly graphQLErrors: readonly ApiErrorEntry[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

const UNREACHABLE = 'The server cannot be reached. Check the connection and try again.';

/**
 * POSTs one operation to /graphql with the session cookie (same origin). `content-type:
 * application/json` also satisfies the server's CSRF prevention. Throws GraphQLRequestError with the
 * server's message when the answer has errors.
 */
export async function graphqlRequest<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new GraphQLRequestError(UNREACHABLE, 0);
  }
  let body: { data?: T | null; errors?: ApiErrorEntry[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(response.status >= 500 ? 'The server failed to answer; try again shortly.' : `The server answered ${response.status}.`, response.status);
  }
  if (body.errors?.length) {
    const messages = [...new Set(body.errors.map((error) => error.message))];
    throw new GraphQLRequestError(messages.join('\n'), response.status, body.errors);
  }
  if (!response.ok || body.data == null) throw new GraphQLRequestError(`The server answered ${response.status}.`, response.status);
  return body.data;
}

/** graphqlRequest for screens: failures become react-admin HttpErrors (shown as notifications, read by checkError). */
export async function callApi<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  try {
    return await graphqlRequest<T>(query, variables, signal);
  } catch (error) {
    if (error instanceof GraphQLRequestError) throw new HttpError(error.message, error.status || 503, { graphQLErrors: error.graphQLErrors });
    throw error;
  }
}

/** The API's error entries behind an error thrown by the data or auth provider. */
export function apiErrorsOf(error: unknown): readonly ApiErrorEntry[] {
  const candidate = error as { graphQLErrors?: ApiErrorEntry[]; body?: { graphQLErrors?: ApiErrorEntry[] } } | undefined;
  return candidate?.body?.graphQLErrors ?? candidate?.graphQLErrors ?? [];
}

/** The first error code (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, NOT_FOUND, CONFLICT ...). */
export const apiErrorCode = (error: unknown): string | undefined => apiErrorsOf(error)[0]?.extensions?.code;

/** The server's message for an error, for a notification. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string') return error;
  return 'Something went wrong.';
}
