import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { loadConfig } from '../../server/src/config.js';
import { DEFAULT_AUTH_SETTINGS } from '../../server/src/modules/auth/auth.settings.js';
import { firstError, sessionCookieOf, startAnotherApp, startTestApi, testEmail, TEST_PASSWORD, type Client, type TestApi } from '../support/api.js';
import { auditEvents, aUser, bodyOf, countRows, LOGIN, USER_FIELDS } from '../support/accounts.js';

/**
 * Issue 3, point 4 (CJIS AC-7): 5 failed logins within 15 minutes lock the account until an
 * administrator unlocks it; every failure answers the same; the audit log tells them apart; login
 * is rate-limited per source address.
 */

const START = Date.parse('2026-04-06T15:00:00.000Z');
const MINUTE = 60_000;
const clock = fixedClock(new Date(START));
let base = 0;
/** Moves the clock to `minutes` into the current test's day. */
const at = (minutes: number) => clock.set(new Date(START + (base + minutes) * MINUTE));

let api: TestApi;
let admin: Client;
beforeAll(async () => {
  api = await startTestApi({ clock });
});
afterAll(() => api.close());

/** Each test starts on a day of its own, with a fresh administrator session. */
let day = 0;
async function newDay() {
  base = ++day * 24 * 60;
  at(0);
  admin = await signedInAdmin();
}

async function signedInAdmin(): Promise<Client> {
  const { client, result } = await api.login(testEmail(Role.ADMIN), TEST_PASSWORD);
  expect(result.errors).toBeUndefined();
  return client;
}

/** One login attempt: the whole response, for comparing refusals. */
async function attempt(email: string, password: string) {
  const response = await api.anonymous.post({ query: LOGIN, variables: { email, password } });
  return { status: response.status, cookie: sessionCookieOf(response), body: await bodyOf(response) };
}

const WRONG = 'not the right password';

const lockedAtOf = async (id: string) => (await admin.ok(`query ($id: ID!) { User(id: $id) { ${USER_FIELDS} } }`, { id })).User.lockedAt;

describe('5 failed logins within 15 minutes lock the account until an administrator unlocks it', () => {
  it('locks the account at the 5th wrong password; the 6th attempt fails even with the right password', async () => {
    await newDay();
    const user = await aUser(admin);
    for (let i = 0; i < 4; i++) {
      at(i);
      expect(firstError((await attempt(user.email, WRONG)).body).code).toBe('UNAUTHENTICATED');
    }
    expect(await lockedAtOf(user.id)).toBeNull();
    at(4);
    expect(firstError((await attempt(user.email, WRONG)).body).code).toBe('UNAUTHENTICATED');
    expect(await lockedAtOf(user.id)).toBe(new Date(START + (base + 4) * MINUTE).toISOString());

    at(5);
    const sixth = await attempt(user.email, user.password);
    expect(firstError(sixth.body).code).toBe('UNAUTHENTICATED');
    expect(sixth.cookie).toBeUndefined();
    // Time alone does not release it.
    at(24 * 60 - 1);
    expect(firstError((await attempt(user.email, user.password)).body).code).toBe('UNAUTHENTICATED');
  });

  it('does not lock for failures spread over more than 15 minutes', async () => {
    await newDay();
    const user = await aUser(admin);
    for (const minute of [0, 4, 8, 12, 16, 20, 24]) {
      at(minute);
      await attempt(user.email, WRONG);
    }
    expect(await lockedAtOf(user.id)).toBeNull();
    at(25);
    expect((await attempt(user.email, user.password)).body.errors).toBeUndefined();
  });

  it('locks on 5 failures within any 15 minutes, not only within 15 minutes of the first failure', async () => {
    await newDay();
    const user = await aUser(admin);
    for (const minute of [0, 14, 15, 16, 17, 18]) {
      at(minute);
      await attempt(user.email, WRONG);
    }
    expect(await lockedAtOf(user.id)).not.toBeNull();
    at(19);
    expect(firstError((await attempt(user.email, user.password)).body).code).toBe('UNAUTHENTICATED');
  });

  it('counts consecutive failures only: a successful login starts the count again', async () => {
    await newDay();
    const user = await aUser(admin);
    for (let i = 0; i < 4; i++) await attempt(user.email, WRONG);
    at(1);
    expect((await attempt(user.email, user.password)).body.errors).toBeUndefined();
    at(2);
    for (let i = 0; i < 4; i++) await attempt(user.email, WRONG);
    expect(await lockedAtOf(user.id)).toBeNull();
    at(3);
    await attempt(user.email, WRONG);
    expect(await lockedAtOf(user.id)).not.toBeNull();
  });

  it('refuses the open sessions of an account while it is locked', async () => {
    await newDay();
    const user = await aUser(admin);
    const { client } = await api.login(user.email, user.password);
    for (let i = 0; i < 5; i++) await attempt(user.email, WRONG);
    expect(firstError(await client.gql(`{ allDivisions { id } }`)).code).toBe('UNAUTHENTICATED');
    expect(await client.gql(`{ me { id } }`)).toEqual({ data: { me: null } });
  });

  it('lets the user in again once an administrator unlocks the account, with a fresh count', async () => {
    await newDay();
    const user = await aUser(admin);
    for (let i = 0; i < 5; i++) await attempt(user.email, WRONG);
    at(1);
    const { unlockUser } = await admin.ok(`mutation ($id: ID!) { unlockUser(id: $id) { id lockedAt } }`, { id: user.id });
    expect(unlockUser).toEqual({ id: user.id, lockedAt: null });
    // A failure right after the unlock does not re-lock: the count starts again.
    await attempt(user.email, WRONG);
    expect(await lockedAtOf(user.id)).toBeNull();
    expect((await attempt(user.email, user.password)).body).toEqual({ data: { login: { id: user.id, email: user.email, role: user.role } } });

    const [unlock] = await auditEvents(admin, { action: 'UNLOCK', entityId: user.id });
    expect(unlock).toMatchObject({ entityType: 'User', actorEmail: testEmail(Role.ADMIN), actorRole: 'ADMIN', outcome: 'SUCCESS' });
  });

  it('lets only an administrator unlock an account', async () => {
    await newDay();
    const user = await aUser(admin);
    const { client: coordinator } = await api.login(testEmail(Role.RESERVE_COORDINATOR), TEST_PASSWORD);
    expect(firstError(await coordinator.gql(`mutation ($id: ID!) { unlockUser(id: $id) { id } }`, { id: user.id })).code).toBe('FORBIDDEN');
    expect(firstError(await api.anonymous.gql(`mutation ($id: ID!) { unlockUser(id: $id) { id } }`, { id: user.id })).code).toBe('UNAUTHENTICATED');
  });
});

describe('failed logins answer the same whatever the reason; the audit log tells which it was', () => {
  it('answers an unknown email, a wrong password, a locked and a deactivated account alike', async () => {
    await newDay();
    const locked = await aUser(admin);
    for (let i = 0; i < 5; i++) await attempt(locked.email, WRONG);
    const inactive = await aUser(admin, { active: false });
    const wrong = await aUser(admin);

    const answers = [
      await attempt(`nobody${day}@pd.example`, WRONG),
      await attempt(wrong.email, WRONG),
      await attempt(locked.email, locked.password),
      await attempt(inactive.email, inactive.password),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(answers[0].status);
      expect(answer.body).toEqual(answers[0].body);
      expect(answer.cookie).toBeUndefined();
    }
    expect(answers[0].body).toEqual({
      data: null,
      errors: [{ message: 'Email or password is incorrect', locations: expect.any(Array), path: ['login'], extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('records UNKNOWN_EMAIL, WRONG_PASSWORD, LOCKED and the LOCKOUT itself', async () => {
    await newDay();
    const user = await aUser(admin);
    const unknown = `Unknown${day}@PD.example`;
    await attempt(unknown, WRONG);
    for (let i = 0; i < 5; i++) await attempt(user.email, WRONG);
    await attempt(user.email, user.password);

    const [tried] = await auditEvents(admin, { action: 'LOGIN_FAILURE', actorEmail: unknown.toLowerCase() });
    expect(tried).toMatchObject({ actorId: null, actorRole: null, entityType: 'User', entityId: null, outcome: 'FAILURE', reason: 'UNKNOWN_EMAIL', sourceAddress: '127.0.0.1' });

    const events = await auditEvents(admin, { entityType: 'User', entityId: user.id, occurredAt_gte: clock.now().toISOString() });
    expect(events.map((event) => [event.action, event.reason])).toEqual([
      ['CREATE', null],
      ['LOGIN_FAILURE', 'WRONG_PASSWORD'],
      ['LOGIN_FAILURE', 'WRONG_PASSWORD'],
      ['LOGIN_FAILURE', 'WRONG_PASSWORD'],
      ['LOGIN_FAILURE', 'WRONG_PASSWORD'],
      ['LOGIN_FAILURE', 'WRONG_PASSWORD'],
      ['LOCKOUT', expect.stringContaining('5 failed logins')],
      ['LOGIN_FAILURE', 'LOCKED'],
    ]);
    for (const event of events.slice(1)) {
      expect(event).toMatchObject({ actorId: user.id, actorEmail: user.email, actorRole: user.role });
    }
    expect(events.filter((event) => event.action === 'LOGIN_FAILURE').every((event) => event.outcome === 'FAILURE')).toBe(true);
  });

  it('keeps the event of a failed login although the login answered an error', async () => {
    await newDay();
    const email = `ghost${day}@pd.example`;
    const before = await countRows(api, 'audit_event', `actor_email = $1`, [email]);
    await attempt(email, WRONG);
    await attempt(email, WRONG);
    expect(await countRows(api, 'audit_event', `actor_email = $1 AND action = 'LOGIN_FAILURE'`, [email])).toBe(before + 2);
  });

  it('records a successful login and sets lastLoginAt', async () => {
    await newDay();
    const user = await aUser(admin);
    at(3);
    await attempt(user.email.toUpperCase(), user.password);
    const [success] = await auditEvents(admin, { action: 'LOGIN_SUCCESS', entityId: user.id });
    expect(success).toMatchObject({ actorId: user.id, actorEmail: user.email, outcome: 'SUCCESS', occurredAt: clock.now().toISOString() });
    expect((await admin.ok(`query ($id: ID!) { User(id: $id) { lastLoginAt } }`, { id: user.id })).User.lastLoginAt).toBe(clock.now().toISOString());
  });
});

describe('login is rate-limited per source address', () => {
  it('answers the 4th attempt in a minute with TOO_MANY_REQUESTS when the limit is 3, and lets the address in again a minute later', async () => {
    await newDay();
    const limited = await startAnotherApp(api, { clock, auth: { ...DEFAULT_AUTH_SETTINGS, loginRateLimitPerMinute: 3 }, trustProxy: 'loopback' });
    try {
      const from = (address: string, password: string) =>
        limited.client().post({ query: LOGIN, variables: { email: testEmail(Role.LEADERSHIP), password } }, { 'x-forwarded-for': address });
      const flooder = `203.0.113.${day}`;
      for (let i = 0; i < 3; i++) {
        at(i * 0.25);
        expect(firstError(await bodyOf(await from(flooder, WRONG))).code).toBe('UNAUTHENTICATED');
      }
      at(0.9);
      const fourth = await from(flooder, TEST_PASSWORD);
      const refusal = firstError(await bodyOf(fourth));
      expect(refusal.code).toBe('TOO_MANY_REQUESTS');
      expect(refusal.message).toMatch(/too many login attempts/i);
      expect(fourth.status).toBe(429);
      expect(sessionCookieOf(fourth)).toBeUndefined();

      // Another address is not held back by the first one's attempts.
      expect((await bodyOf(await from(`198.51.100.${day}`, TEST_PASSWORD))).errors).toBeUndefined();

      at(1.75);
      const later = await from(flooder, TEST_PASSWORD);
      expect((await bodyOf(later)).errors).toBeUndefined();
      expect(sessionCookieOf(later)).toBeDefined();
    } finally {
      await limited.close();
    }
  });

  it('takes the limits from the environment, 20 logins a minute and 5 failures in 15 minutes by default', () => {
    expect(loadConfig({}).auth).toMatchObject({ loginRateLimitPerMinute: 20, lockoutAttempts: 5, lockoutWindowMinutes: 15 });
    expect(loadConfig({ LOGIN_RATE_LIMIT_PER_MINUTE: '5', LOCKOUT_ATTEMPTS: '3', LOCKOUT_WINDOW_MINUTES: '30' }).auth).toMatchObject({
      loginRateLimitPerMinute: 5,
      lockoutAttempts: 3,
      lockoutWindowMinutes: 30,
    });
  });
});
