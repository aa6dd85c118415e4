import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { loadConfig } from '../../server/src/config.js';
import { DEFAULT_AUTH_SETTINGS, SESSION_COOKIE } from '../../server/src/modules/auth/auth.settings.js';
import { SESSION_NOTICES_CLIENT } from '../../server/src/modules/auth/session-cache.js';
import { hashSessionToken } from '../../server/src/modules/auth/sessions.js';
import { clientOf, firstError, sessionCookieOf, startAnotherApp, startTestApi, testEmail, TEST_PASSWORD, type Client, type TestApi } from '../support/api.js';
import { aUser, bodyOf, LOGIN, ME, PROTECTED } from '../support/accounts.js';

/**
 * Issue 3, point 2: login sets a session cookie; sessions live in PostgreSQL (a hash of the token
 * only), end at logout, after 30 idle minutes and 12 hours at most, and any replica serves them.
 */

const START = Date.parse('2026-03-02T16:00:00.000Z');
const MINUTE = 60_000;
const clock = fixedClock(new Date(START));
/** Moves the clock to `minutes` after START (tests each take a stretch of time after the one before). */
let base = 0;
const at = (minutes: number) => clock.set(new Date(START + (base + minutes) * MINUTE));

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ clock });
});
afterAll(() => api.close());

/** Each test starts a day after the previous one, so no test sees another's sessions age. */
let day = 0;
function newDay() {
  base = ++day * 24 * 60;
  at(0);
}

/** A fresh login of the leadership test account, answering the client, the token and the raw Set-Cookie. */
async function signIn(email = testEmail(Role.LEADERSHIP), password = TEST_PASSWORD) {
  const response = await clientOf(api.url, undefined).post({ query: LOGIN, variables: { email, password } });
  const setCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  const body = await bodyOf(response);
  expect(body.errors).toBeUndefined();
  const cookie = sessionCookieOf(response)!;
  return { client: clientOf(api.url, cookie), cookie, token: cookie.slice(SESSION_COOKIE.length + 1), setCookie: setCookie! };
}

const attributes = (setCookie: string) => setCookie.split(';').slice(1).map((part) => part.trim());

async function stillSignedIn(client: Client): Promise<boolean> {
  const result = await client.gql(PROTECTED);
  if (!result.errors) return true;
  expect(firstError(result).code).toBe('UNAUTHENTICATED');
  return false;
}

describe('login sets a session cookie (HttpOnly, SameSite, Path=/, Secure behind HTTPS)', () => {
  it('sets tracker_session with HttpOnly, SameSite=Lax and Path=/, and without Secure over plain HTTP', async () => {
    newDay();
    const { setCookie } = await signIn();
    const parts = attributes(setCookie);
    expect(parts).toContain('HttpOnly');
    expect(parts).toContain('Path=/');
    expect(parts.find((part) => part.startsWith('SameSite='))).toMatch(/^SameSite=(Lax|Strict)$/);
    expect(parts).not.toContain('Secure');
    expect(parts.some((part) => part.startsWith('Domain='))).toBe(false);
  });

  it('expires the cookie with the session, 12 hours after login', async () => {
    newDay();
    const { setCookie } = await signIn();
    const expires = attributes(setCookie).find((part) => part.startsWith('Expires='))!;
    expect(Date.parse(expires.slice('Expires='.length))).toBe(clock.now().getTime() + 12 * 60 * MINUTE);
  });

  it("marks the cookie Secure when COOKIE_SECURE says always, and over HTTPS behind a trusted proxy when it says auto", async () => {
    newDay();
    const always = await startAnotherApp(api, { clock, auth: { ...DEFAULT_AUTH_SETTINGS, cookieSecure: 'always' } });
    const proxied = await startAnotherApp(api, { clock, auth: DEFAULT_AUTH_SETTINGS, trustProxy: 'loopback' });
    try {
      const variables = { email: testEmail(Role.LEADERSHIP), password: TEST_PASSWORD };
      const secure = await always.client().post({ query: LOGIN, variables });
      expect(attributes(secure.headers.getSetCookie()[0])).toContain('Secure');
      const overHttps = await proxied.client().post({ query: LOGIN, variables }, { 'x-forwarded-proto': 'https' });
      expect(attributes(overHttps.headers.getSetCookie()[0])).toContain('Secure');
      const overHttp = await proxied.client().post({ query: LOGIN, variables }, { 'x-forwarded-proto': 'http' });
      expect(attributes(overHttp.headers.getSetCookie()[0])).not.toContain('Secure');
    } finally {
      await always.close();
      await proxied.close();
    }
  });

  it('sets no cookie when the login fails', async () => {
    newDay();
    const response = await clientOf(api.url, undefined).post({ query: LOGIN, variables: { email: testEmail(Role.LEADERSHIP), password: 'not the password at all' } });
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(firstError(await bodyOf(response)).code).toBe('UNAUTHENTICATED');
  });
});

describe('me answers the signed-in user, or null', () => {
  it('answers null to an anonymous caller, without an error', async () => {
    newDay();
    expect(await api.anonymous.gql(ME)).toEqual({ data: { me: null } });
  });

  it('answers the signed-in user', async () => {
    newDay();
    const { client } = await signIn();
    const { me } = await client.ok(ME);
    expect(me).toMatchObject({ email: testEmail(Role.LEADERSHIP), role: 'LEADERSHIP' });
  });

  it('answers null to a cookie that names no session', async () => {
    newDay();
    const stranger = clientOf(api.url, `${SESSION_COOKIE}=${'A'.repeat(43)}`);
    expect(await stranger.gql(ME)).toEqual({ data: { me: null } });
    expect(firstError(await stranger.gql(PROTECTED)).code).toBe('UNAUTHENTICATED');
  });
});

describe('logout ends the session on the server', () => {
  it('refuses the old cookie afterwards with UNAUTHENTICATED, even when a client replays it', async () => {
    newDay();
    const { client, cookie } = await signIn();
    expect(await stillSignedIn(client)).toBe(true);
    const response = await client.post({ query: 'mutation { logout }' });
    expect(await response.json()).toEqual({ data: { logout: true } });
    // The browser is told to drop the cookie ...
    const cleared = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=;`))!;
    expect(Date.parse(attributes(cleared).find((part) => part.startsWith('Expires='))!.slice(8))).toBeLessThan(Date.now());
    // ... and a client that keeps it anyway is refused: the server ended the session.
    const replay = clientOf(api.url, cookie);
    expect(firstError(await replay.gql(PROTECTED)).code).toBe('UNAUTHENTICATED');
    expect(await replay.gql(ME)).toEqual({ data: { me: null } });
  });

  it('ends only the session it is called with', async () => {
    newDay();
    const first = await signIn();
    const second = await signIn();
    await first.client.ok('mutation { logout }');
    expect(await stillSignedIn(first.client)).toBe(false);
    expect(await stillSignedIn(second.client)).toBe(true);
  });

  it('answers true to an anonymous logout', async () => {
    expect(await api.anonymous.gql('mutation { logout }')).toEqual({ data: { logout: true } });
  });
});

describe('sessions live in PostgreSQL, as a hash of a token of at least 128 random bits', () => {
  it('stores the SHA-256 of the token, in hex, and never the token itself', async () => {
    newDay();
    const { token, client } = await signIn();
    const { me } = await client.ok(ME);
    const sha256 = createHash('sha256').update(token).digest('hex');
    const rows = (await api.db.query(`SELECT * FROM user_session WHERE user_id = $1`, [me.id])) as Record<string, unknown>[];
    expect(rows.map((row) => row.token_hash)).toContain(sha256);
    for (const row of rows) expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify([rows, await api.db.query(`SELECT * FROM audit_event`), await api.db.query(`SELECT * FROM app_user`)]);
    expect(everything).not.toContain(token);
  });

  it('hands out tokens of at least 128 bits, different at every login', async () => {
    newDay();
    const tokens = [];
    for (let i = 0; i < 4; i++) tokens.push((await signIn()).token);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});

describe('sessions end after 30 idle minutes and 12 hours at most', () => {
  it('keeps a session used 29 minutes after login, and ends it after 30 idle minutes', async () => {
    newDay();
    const { client } = await signIn();
    at(29);
    expect(await stillSignedIn(client)).toBe(true);
    at(29 + 29);
    expect(await stillSignedIn(client)).toBe(true);
    at(29 + 29 + 30);
    expect(await stillSignedIn(client)).toBe(false);
    // Ended for good: the clock coming back does not revive it.
    at(29 + 29 + 1);
    expect(await stillSignedIn(client)).toBe(false);
  });

  it('ends a session 30 minutes after login when it is not used at all', async () => {
    newDay();
    const { client } = await signIn();
    at(30);
    expect(await client.gql(ME)).toEqual({ data: { me: null } });
    expect(await stillSignedIn(client)).toBe(false);
  });

  it('ends a session used every 20 minutes when it is 12 hours old', async () => {
    newDay();
    const { client } = await signIn();
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      at(minutes);
      expect(await stillSignedIn(client), `${minutes} minutes after login`).toBe(true);
    }
    at(12 * 60);
    expect(await stillSignedIn(client)).toBe(false);
  });

  it('takes the idle and absolute limits from its settings (SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS)', async () => {
    newDay();
    const short = await startAnotherApp(api, { clock, auth: { ...DEFAULT_AUTH_SETTINGS, sessionIdleMinutes: 5, sessionAbsoluteHours: 1 } });
    try {
      const login = async () => {
        const response = await short.client().post({ query: LOGIN, variables: { email: testEmail(Role.LEADERSHIP), password: TEST_PASSWORD } });
        return short.client(sessionCookieOf(response));
      };
      const idle = await login();
      at(4);
      expect(await stillSignedIn(idle)).toBe(true);
      at(4 + 5);
      expect(await stillSignedIn(idle)).toBe(false);

      at(10);
      const busy = await login();
      for (let minutes = 14; minutes < 70; minutes += 4) {
        at(minutes);
        expect(await stillSignedIn(busy), `${minutes - 10} minutes after login`).toBe(true);
      }
      at(70);
      expect(await stillSignedIn(busy)).toBe(false);
    } finally {
      await short.close();
    }
    expect(loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_ABSOLUTE_HOURS: '8' }).auth).toMatchObject({ sessionIdleMinutes: 15, sessionAbsoluteHours: 8 });
    expect(loadConfig({}).auth).toMatchObject({ sessionIdleMinutes: 30, sessionAbsoluteHours: 12 });
  });
});

describe('any replica serves any session', () => {
  it('accepts on a second instance the cookie the first one set, and a logout on either ends it on both', async () => {
    newDay();
    const replica = await startAnotherApp(api, { clock, auth: DEFAULT_AUTH_SETTINGS });
    try {
      const { cookie, client } = await signIn();
      const there = replica.client(cookie);
      expect((await there.ok(ME)).me).toMatchObject({ email: testEmail(Role.LEADERSHIP) });
      // Idle time is shared too: use on the replica keeps the session alive on the first instance.
      at(25);
      expect(await stillSignedIn(there)).toBe(true);
      at(50);
      expect(await stillSignedIn(client)).toBe(true);
      await there.ok('mutation { logout }');
      expect(await stillSignedIn(there)).toBe(false);
      // The first instance hears of it from PostgreSQL's notice (milliseconds; README, "Sessions").
      await expect.poll(() => stillSignedIn(client), { timeout: 5_000, interval: 50 }).toBe(false);
    } finally {
      await replica.close();
    }
  });
});

describe('a replica serves a session PostgreSQL confirmed less than a minute ago from memory, and forgets it at every change', () => {
  const sessionLookups = () => api.statements.filter((sql) => sql.includes('FROM user_session s JOIN app_user u')).length;
  const listeners = async () =>
    ((await api.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [SESSION_NOTICES_CLIENT])) as { n: number }[])[0].n;
  const soon = { timeout: 5_000, interval: 50 };

  it('asks PostgreSQL about a session in use at most once a minute', async () => {
    newDay();
    const { client } = await signIn();
    api.statements.length = 0;
    for (let i = 0; i < 3; i++) expect(await stillSignedIn(client)).toBe(true);
    expect(sessionLookups()).toBe(1);
    at(1);
    for (let i = 0; i < 3; i++) expect(await stillSignedIn(client)).toBe(true);
    expect(sessionLookups()).toBe(2);
  });

  it('refuses a session ended by a statement outside the API once its notice arrives', async () => {
    newDay();
    const { client, token } = await signIn();
    expect(await stillSignedIn(client)).toBe(true);
    await api.db.query(`UPDATE user_session SET ended_at = $2 WHERE token_hash = $1`, [hashSessionToken(token), clock.now()]);
    await expect.poll(() => stillSignedIn(client), soon).toBe(false);
  });

  it('refuses what the role given in SQL may not do once its notice arrives', async () => {
    newDay();
    const admin = (await signIn(testEmail(Role.ADMIN))).client;
    const user = await aUser(admin, { role: Role.ADMIN });
    const { client } = await signIn(user.email, user.password);
    const readsAccounts = async () => !(await client.gql(`{ allUsers(perPage: 1) { id } }`)).errors;
    expect(await readsAccounts()).toBe(true);
    await api.db.query(`UPDATE app_user SET role = 'LEADERSHIP' WHERE id = $1`, [user.id]);
    await expect.poll(readsAccounts, soon).toBe(false);
    expect(firstError(await client.gql(`{ allUsers(perPage: 1) { id } }`)).code).toBe('FORBIDDEN');
  });

  it('hears a logout made by a replica with its own connections', async () => {
    newDay();
    const replica = await startAnotherApp(api, { clock, auth: DEFAULT_AUTH_SETTINGS, ownConnections: true });
    try {
      const { client, cookie } = await signIn();
      const there = replica.client(cookie);
      expect(await stillSignedIn(there)).toBe(true);
      await client.ok('mutation { logout }');
      await expect.poll(() => stillSignedIn(there), soon).toBe(false);
    } finally {
      await replica.close();
    }
  });

  it('reads every session from PostgreSQL while its notices are lost, and listens again', async () => {
    newDay();
    const { client, token } = await signIn();
    expect(await stillSignedIn(client)).toBe(true);
    expect(await listeners()).toBe(1);
    await api.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [SESSION_NOTICES_CLIENT]);
    // Ended while nobody listens: no notice will ever tell this replica.
    await api.db.query(`UPDATE user_session SET ended_at = $2 WHERE token_hash = $1`, [hashSessionToken(token), clock.now()]);
    await expect.poll(() => stillSignedIn(client), soon).toBe(false);

    await expect.poll(listeners, soon).toBe(1);
    const again = await signIn();
    api.statements.length = 0;
    for (let i = 0; i < 3; i++) expect(await stillSignedIn(again.client)).toBe(true);
    expect(sessionLookups()).toBe(1);
  });
});
