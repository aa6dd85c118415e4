import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { firstError, startTestApi, testEmail, TEST_PASSWORD, type TestApi } from '../support/api.js';
import { AUDIT_FIELDS, auditEvents, aUser, bodyOf, countRows } from '../support/accounts.js';
import { aDivision } from '../support/builders.js';
import { FIELDS } from '../support/react-admin.js';

/**
 * Issue 3, point 6 (CJIS AU-2/3/8/11): an append-only AuditEvent for every create, update and
 * delete, written in the change's own transaction, and for the account events; a trigger refuses
 * UPDATE, DELETE and TRUNCATE; administrators read it through allAuditEvents with filters.
 */

const START = Date.parse('2026-05-04T17:30:00.123Z');
const clock = fixedClock(new Date(START));
/** Moves the clock forward by `ms` and answers the new time as the API writes it. */
const tick = (ms = 1_000) => {
  clock.set(new Date(clock.now().getTime() + ms));
  return clock.now().toISOString();
};

let api: TestApi;
let adminId: string;
beforeAll(async () => {
  api = await startTestApi({ clock });
  adminId = (await api.ok(`{ me { id } }`)).me.id;
});
afterAll(() => api.close());

/** A mutation sent with a request id of our choosing, answering its one field. */
async function withRequestId(requestId: string, query: string, variables: Record<string, unknown>) {
  const response = await api.post({ query, variables }, { 'x-request-id': requestId });
  expect(response.headers.get('x-request-id')).toBe(requestId);
  const body = await bodyOf(response);
  expect(body.errors).toBeUndefined();
  return Object.values(body.data!)[0] as Record<string, any>;
}

const CREATE_DIVISION = `mutation ($areaId: Int!, $name: String!) { createDivision(areaId: $areaId, name: $name, bureau: VALLEY, weeklyTargetHours: 12) { ${FIELDS.Division} } }`;
const UPDATE_DIVISION = `mutation ($id: ID!, $name: String, $weeklyTargetHours: Float) { updateDivision(id: $id, name: $name, weeklyTargetHours: $weeklyTargetHours) { ${FIELDS.Division} } }`;
const DELETE_DIVISION = `mutation ($id: ID!) { deleteDivision(id: $id) { id } }`;
const UPDATE_USER = `mutation ($id: ID!, $role: Role, $active: Boolean) { updateUser(id: $id, role: $role, active: $active) { id } }`;

let areaId = 1;

describe('every create, update and delete writes an audit event', () => {
  it('records a create with actor, role, entity, the new values, request id, source address, outcome and the time to the millisecond', async () => {
    const now = tick();
    const division = await withRequestId('req-create-1', CREATE_DIVISION, { areaId: areaId++, name: 'Audited Central' });
    const [event] = await auditEvents(api, { entityType: 'Division', entityId: division.id });
    expect(event).toMatchObject({
      occurredAt: now,
      actorId: adminId,
      actorEmail: testEmail(Role.ADMIN),
      actorRole: 'ADMIN',
      action: 'CREATE',
      entityType: 'Division',
      entityId: division.id,
      before: null,
      requestId: 'req-create-1',
      sourceAddress: '127.0.0.1',
      outcome: 'SUCCESS',
      reason: null,
    });
    expect(event.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(event.after).toMatchObject({ id: Number(division.id), name: 'Audited Central', bureau: 'VALLEY', areaId: division.areaId });
    const [row] = await api.db.query(`SELECT occurred_at FROM audit_event WHERE id = $1`, [event.id]);
    expect((row.occurred_at as Date).toISOString()).toBe(now);
  });

  it('records an update with only the changed fields, as they were and as they became', async () => {
    const division = await aDivision(api, { areaId: areaId++, name: 'Before Name', weeklyTargetHours: 10 });
    const now = tick();
    await withRequestId('req-update-1', UPDATE_DIVISION, { id: division.id, name: 'After Name', weeklyTargetHours: 10 });
    const [event] = await auditEvents(api, { entityType: 'Division', entityId: division.id, action: 'UPDATE' });
    expect(event).toMatchObject({ occurredAt: now, actorId: adminId, actorRole: 'ADMIN', requestId: 'req-update-1', outcome: 'SUCCESS' });
    expect(event.before).toEqual({ name: 'Before Name' });
    expect(event.after).toEqual({ name: 'After Name' });
  });

  it('writes no event for an update that changes nothing', async () => {
    const division = await aDivision(api, { areaId: areaId++ });
    await api.ok(UPDATE_DIVISION, { id: division.id, name: division.name });
    expect(await auditEvents(api, { entityType: 'Division', entityId: division.id, action: 'UPDATE' })).toEqual([]);
  });

  it('records a delete with the record as it was', async () => {
    const division = await aDivision(api, { areaId: areaId++, name: 'Doomed Division' });
    tick();
    await withRequestId('req-delete-1', DELETE_DIVISION, { id: division.id });
    const [event] = await auditEvents(api, { entityType: 'Division', entityId: division.id, action: 'DELETE' });
    expect(event).toMatchObject({ actorId: adminId, requestId: 'req-delete-1', outcome: 'SUCCESS', after: null });
    expect(event.before).toMatchObject({ id: Number(division.id), name: 'Doomed Division' });
  });

  it('uses a request id of its own when the one sent is not a plain token, and tells it in x-request-id', async () => {
    const response = await api.post({ query: CREATE_DIVISION, variables: { areaId: areaId++, name: 'Odd Request' } }, { 'x-request-id': 'has spaces; and more' });
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const { createDivision } = (await bodyOf(response)).data!;
    const [event] = await auditEvents(api, { entityType: 'Division', entityId: createDivision.id });
    expect(event.requestId).toBe(id);
  });

  it('never writes a password, its hash or a session token into an event', async () => {
    const password = 'a secret passphrase 4 audit';
    const user = await aUser(api, { password });
    const { client } = await api.login(user.email, password);
    await client.ok(`mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`, { c: password, n: 'the next secret passphrase' });
    await api.ok(`mutation ($id: ID!) { resetUserPassword(id: $id, password: "a third secret passphrase") { id } }`, { id: user.id });

    const events = await auditEvents(api, { entityType: 'User', entityId: user.id });
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'LOGIN_SUCCESS', 'PASSWORD_CHANGE', 'PASSWORD_RESET']);
    expect(events[0].after).toMatchObject({ email: user.email, role: user.role, active: true });
    const stored = JSON.stringify(await api.db.query(`SELECT * FROM audit_event WHERE entity_type = 'User' AND entity_id = $1`, [user.id]));
    for (const secret of ['passwordHash', 'password_hash', '$argon2', 'tokenHash', password, 'next secret', 'third secret', client.cookie!.split('=')[1]]) {
      expect(stored, secret).not.toContain(secret);
    }
  });
});

describe('the event is written in the same transaction as the change', () => {
  it('writes no event and no row for a mutation that fails', async () => {
    const taken = await aDivision(api, { areaId: areaId++ });
    const events = await countRows(api, 'audit_event');
    const divisions = await countRows(api, 'division');
    const result = await api.gql(CREATE_DIVISION, { areaId: taken.areaId, name: 'Second Of Its Area' });
    expect(firstError(result).code).toBe('CONFLICT');
    expect(await countRows(api, 'audit_event')).toBe(events);
    expect(await countRows(api, 'division')).toBe(divisions);
  });

  it('keeps the change from being written when its event cannot be', async () => {
    await api.db.query(`ALTER TABLE audit_event ADD CONSTRAINT refuse_divisions_for_this_test CHECK (entity_type <> 'Division') NOT VALID`);
    try {
      const divisions = await countRows(api, 'division');
      const result = await api.gql(CREATE_DIVISION, { areaId: areaId++, name: 'Unaudited' });
      expect(result.errors).toHaveLength(1);
      expect(await countRows(api, 'division')).toBe(divisions);
      expect(await countRows(api, 'division', `name = 'Unaudited'`)).toBe(0);
    } finally {
      await api.db.query(`ALTER TABLE audit_event DROP CONSTRAINT refuse_divisions_for_this_test`);
    }
  });
});

describe('the audit log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE by trigger, even to the application database user', async () => {
    await aDivision(api, { areaId: areaId++ });
    const before = await api.db.query(`SELECT * FROM audit_event ORDER BY id`);
    expect(before.length).toBeGreaterThan(0);
    for (const sql of [
      `UPDATE audit_event SET actor_email = 'someone.else@pd.example'`,
      `UPDATE audit_event SET outcome = 'FAILURE' WHERE id = (SELECT max(id) FROM audit_event)`,
      `DELETE FROM audit_event`,
      `DELETE FROM audit_event WHERE id = (SELECT min(id) FROM audit_event)`,
      `TRUNCATE audit_event`,
    ]) {
      await expect(api.db.query(sql), sql).rejects.toThrow(/audit_event is append-only/);
    }
    expect(await api.db.query(`SELECT * FROM audit_event ORDER BY id`)).toEqual(before);
  });

  it('offers no mutation that writes audit events', async () => {
    const { __type } = await api.ok(`{ __type(name: "Mutation") { fields { name } } }`);
    expect(__type.fields.map((field: { name: string }) => field.name).filter((name: string) => /audit/i.test(name))).toEqual([]);
  });
});

describe('allAuditEvents and _allAuditEventsMeta: administrators only, with filters', () => {
  let first: Record<string, any>;
  let second: Record<string, any>;
  let times: string[];
  let coordinatorId: string;
  beforeAll(async () => {
    const coordinator = await api.as(Role.RESERVE_COORDINATOR);
    coordinatorId = (await coordinator.ok(`{ me { id } }`)).me.id;
    times = [tick(60_000)];
    first = await aDivision(api, { areaId: areaId++, name: 'Filter One' });
    times.push(tick(60_000));
    second = await aDivision(api, { areaId: areaId++, name: 'Filter Two' });
    times.push(tick(60_000));
    await api.ok(UPDATE_DIVISION, { id: first.id, name: 'Filter One Renamed' });
    times.push(tick(60_000));
  });

  const query = async (filter: Record<string, unknown>) => {
    const { allAuditEvents, _allAuditEventsMeta } = await api.ok(
      `query ($filter: AuditEventFilter) { allAuditEvents(filter: $filter, perPage: 1000, sortField: "occurredAt", sortOrder: "ASC") { ${AUDIT_FIELDS} } _allAuditEventsMeta(filter: $filter) { count } }`,
      { filter },
    );
    expect(_allAuditEventsMeta.count).toBe(allAuditEvents.length);
    return allAuditEvents as Record<string, any>[];
  };
  const summary = (events: Record<string, any>[]) => events.map((event) => `${event.action} ${event.entityType} ${event.entityId}`);

  it('filters by entity type and entity id', async () => {
    expect(summary(await query({ entityType: 'Division', entityId: first.id }))).toEqual([`CREATE Division ${first.id}`, `UPDATE Division ${first.id}`]);
  });

  it('filters by action', async () => {
    const updates = await query({ action: 'UPDATE', entityType: 'Division' });
    expect(updates.every((event) => event.action === 'UPDATE')).toBe(true);
    expect(summary(updates)).toContain(`UPDATE Division ${first.id}`);
  });

  it('filters by a time range, from occurredAt_gte up to but not including occurredAt_lt', async () => {
    expect(summary(await query({ entityType: 'Division', occurredAt_gte: times[1], occurredAt_lt: times[2] }))).toEqual([`CREATE Division ${second.id}`]);
    expect(summary(await query({ entityType: 'Division', occurredAt_gte: times[0], occurredAt_lt: times[3] }))).toEqual([
      `CREATE Division ${first.id}`,
      `CREATE Division ${second.id}`,
      `UPDATE Division ${first.id}`,
    ]);
  });

  it('filters by actor', async () => {
    const byCoordinator = await query({ actorId: coordinatorId });
    expect(byCoordinator.length).toBeGreaterThan(0);
    expect(byCoordinator.every((event) => event.actorId === coordinatorId && event.actorRole === 'RESERVE_COORDINATOR')).toBe(true);
    expect(summary(await query({ actorId: adminId, occurredAt_gte: times[0], occurredAt_lt: times[3] }))).toEqual([
      `CREATE Division ${first.id}`,
      `CREATE Division ${second.id}`,
      `UPDATE Division ${first.id}`,
    ]);
  });

  it('reads one event by id', async () => {
    const [event] = await query({ entityType: 'Division', entityId: second.id });
    expect((await api.ok(`query ($id: ID!) { AuditEvent(id: $id) { ${AUDIT_FIELDS} } }`, { id: event.id })).AuditEvent).toEqual(event);
  });

  it('refuses every other role with FORBIDDEN, and an anonymous caller with UNAUTHENTICATED', async () => {
    const reads = [
      `{ allAuditEvents { id } }`,
      `{ _allAuditEventsMeta { count } }`,
      `{ AuditEvent(id: "1") { id } }`,
    ];
    for (const role of [Role.ACADEMY_STAFF, Role.RESERVE_COORDINATOR, Role.LEADERSHIP]) {
      const client = await api.as(role);
      for (const read of reads) {
        const result = await client.gql(read);
        expect(firstError(result).code, `${role} ${read}`).toBe('FORBIDDEN');
        expect(result.data ?? null).toBeNull();
      }
    }
    for (const read of reads) expect(firstError(await api.anonymous.gql(read)).code).toBe('UNAUTHENTICATED');
  });
});

describe('account events: logins, logout, password, role and unlock', () => {
  it('records a role change as ROLE_CHANGE with the role before and after', async () => {
    const user = await aUser(api, { role: Role.ACADEMY_STAFF });
    await api.ok(UPDATE_USER, { id: user.id, role: 'LEADERSHIP' });
    const [event] = await auditEvents(api, { entityType: 'User', entityId: user.id, action: 'ROLE_CHANGE' });
    expect(event).toMatchObject({ actorId: adminId, actorRole: 'ADMIN', before: { role: 'ACADEMY_STAFF' }, after: { role: 'LEADERSHIP' }, outcome: 'SUCCESS' });
  });

  it('records a deactivation as an UPDATE of active', async () => {
    const user = await aUser(api);
    await api.ok(UPDATE_USER, { id: user.id, active: false });
    const [event] = await auditEvents(api, { entityType: 'User', entityId: user.id, action: 'UPDATE' });
    expect(event).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it('records a logout, a password change and an unlock, each with the acting user', async () => {
    const user = await aUser(api);
    const { client } = await api.login(user.email, user.password);
    await client.ok(`mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`, { c: user.password, n: 'changed passphrase 123' });
    await client.ok(`mutation { logout }`);
    for (let i = 0; i < 5; i++) await api.login(user.email, 'wrong passphrase here');
    await api.ok(`mutation ($id: ID!) { unlockUser(id: $id) { id } }`, { id: user.id });

    const events = await auditEvents(api, { entityType: 'User', entityId: user.id });
    const byAction = (action: string) => events.filter((event) => event.action === action);
    expect(byAction('PASSWORD_CHANGE')).toEqual([expect.objectContaining({ actorId: user.id, actorEmail: user.email, actorRole: user.role, outcome: 'SUCCESS' })]);
    expect(byAction('LOGOUT')).toEqual([expect.objectContaining({ actorId: user.id, actorEmail: user.email, outcome: 'SUCCESS' })]);
    expect(byAction('LOGIN_FAILURE')).toHaveLength(5);
    expect(byAction('LOCKOUT')).toHaveLength(1);
    expect(byAction('UNLOCK')).toEqual([expect.objectContaining({ actorId: adminId, actorRole: 'ADMIN', outcome: 'SUCCESS' })]);
    expect(byAction('UNLOCK')[0].before.lockedAt).not.toBeNull();
    expect(byAction('UNLOCK')[0].after).toMatchObject({ lockedAt: null, failedLoginCount: 0, firstFailedLoginAt: null });
  });

  it('records a login by the test accounts too, with the source address', async () => {
    const email = testEmail(Role.LEADERSHIP);
    await api.login(email, TEST_PASSWORD);
    const events = await auditEvents(api, { action: 'LOGIN_SUCCESS', actorEmail: email });
    expect(events.at(-1)).toMatchObject({ actorRole: 'LEADERSHIP', sourceAddress: '127.0.0.1', outcome: 'SUCCESS', entityType: 'User' });
  });
});
