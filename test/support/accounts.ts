import { Role } from '../../server/src/common/access.js';
import type { Client, GraphQLResponse, TestApi } from './api.js';
import { unique } from './builders.js';

/**
 * Accounts and audit events for the tests of issue 3 (accounts, sessions, passwords, lockout,
 * audit): builders that go through the API as an administrator would, and readers of the log.
 */

export const USER_FIELDS = 'id email name role active lockedAt lastLoginAt passwordChangedAt createdAt updatedAt';
export const AUDIT_FIELDS =
  'id occurredAt actorId actorEmail actorRole action entityType entityId before after requestId sourceAddress outcome reason';

/** A password that passes the policy and belongs to no test account. */
export const A_PASSWORD = 'correct horse battery staple';

const CREATE_USER = `mutation ($email: String!, $name: String!, $role: Role!, $password: String!, $active: Boolean) {
  createUser(email: $email, name: $name, role: $role, password: $password, active: $active) { ${USER_FIELDS} }
}`;

/** A new account made by the administrator client `api` (password `A_PASSWORD` unless given). */
export async function aUser(
  api: Client,
  overrides: { email?: string; name?: string; role?: Role; password?: string; active?: boolean } = {},
): Promise<Record<string, any> & { password: string }> {
  const n = unique();
  const values = { email: `staff${n}@pd.example`, name: `Staff Member ${n}`, role: Role.ACADEMY_STAFF, password: A_PASSWORD, ...overrides };
  const { createUser } = await api.ok<{ createUser: Record<string, any> }>(CREATE_USER, values);
  return { ...createUser, password: values.password };
}

export const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id email role } }`;
export const ME = `{ me { id email role } }`;
/** A query only a signed-in user may make. */
export const PROTECTED = `{ allDivisions(perPage: 1) { id } }`;

/** The audit events matching a filter, oldest first, read by an administrator. */
export async function auditEvents(admin: Client, filter: Record<string, unknown>): Promise<Record<string, any>[]> {
  const { allAuditEvents } = await admin.ok<{ allAuditEvents: Record<string, any>[] }>(
    `query ($filter: AuditEventFilter) { allAuditEvents(filter: $filter, perPage: 1000, sortField: "id", sortOrder: "ASC") { ${AUDIT_FIELDS} } }`,
    { filter },
  );
  return allAuditEvents;
}

/** Rows of a table, counted straight in the database. */
export async function countRows(api: TestApi, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  return ((await api.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params)) as { n: number }[])[0].n;
}

/** The GraphQL answer in a raw HTTP response. */
export async function bodyOf(response: Response): Promise<GraphQLResponse> {
  return (await response.json()) as GraphQLResponse;
}
