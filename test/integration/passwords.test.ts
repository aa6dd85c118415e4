import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonPasswordCount } from '../../server/src/modules/users/passwords.js';
import { firstError, startTestApi, type TestApi } from '../support/api.js';
import { aUser, ME, PROTECTED, USER_FIELDS } from '../support/accounts.js';
import { unique } from '../support/builders.js';

/**
 * Issue 3, point 3: passwords are hashed with argon2id; 12 to 256 characters, any printable
 * character including spaces, never trimmed or truncated; common passwords are refused with the
 * reason told; changePassword(current, next) ends the user's other sessions.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CREATE_USER = `mutation ($email: String!, $password: String!) {
  createUser(email: $email, name: "Pat Password", role: ACADEMY_STAFF, password: $password) { ${USER_FIELDS} }
}`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;

/** `length` characters of varied text, so only the length can be at fault. */
const ofLength = (length: number) => Array.from({ length }, (_, i) => 'Kx7#mQ2 vR9!wL4$'[i % 16] ?? '').join('');

const createWith = (password: string) => api.gql(CREATE_USER, { email: `pw${unique()}@pd.example`, password });
const passwordHashOf = async (id: string): Promise<string> => (await api.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [id]))[0].password_hash;
const usersNamed = async (email: string): Promise<number> => (await api.db.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email]))[0].n;

async function canLogin(email: string, password: string): Promise<boolean> {
  const { result } = await api.login(email, password);
  if (!result.errors) return true;
  expect(firstError(result).code).toBe('UNAUTHENTICATED');
  return false;
}

describe('passwords are stored as argon2id hashes', () => {
  it('stores an argon2id hash, salted, and never the password', async () => {
    const a = await aUser(api, { password: 'same passphrase for both' });
    const b = await aUser(api, { password: 'same passphrase for both' });
    const [hashA, hashB] = [await passwordHashOf(a.id), await passwordHashOf(b.id)];
    expect(hashA).toMatch(/^\$argon2id\$v=19\$/);
    expect(hashA).not.toBe(hashB);
    expect(hashA).not.toContain('same passphrase');
  });

  it('never answers the hash through the API', async () => {
    const user = await aUser(api);
    const result = await api.gql(`query ($id: ID!) { User(id: $id) { passwordHash } }`, { id: user.id });
    expect(firstError(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
    const listed = JSON.stringify(await api.ok(`{ allUsers(perPage: 1000) { ${USER_FIELDS} } }`));
    expect(listed).not.toContain('$argon2');
  });
});

describe('a password has 12 to 256 characters, any printable ones, kept exactly as typed', () => {
  it('refuses 11 characters with BAD_USER_INPUT naming the field, and makes no account', async () => {
    const email = `short${unique()}@pd.example`;
    const refusal = firstError(await api.gql(CREATE_USER, { email, password: ofLength(11) }));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', message: 'password needs at least 12 characters', extensions: { field: 'password' } });
    expect(await usersNamed(email)).toBe(0);
  });

  it('accepts 12 characters, and the account can sign in with them', async () => {
    const user = await aUser(api, { password: ofLength(12) });
    expect(await canLogin(user.email, ofLength(12))).toBe(true);
  });

  it('accepts 256 characters, and only all 256 of them sign in: nothing is truncated', async () => {
    const password = ofLength(256);
    const user = await aUser(api, { password });
    expect(await canLogin(user.email, password)).toBe(true);
    expect(await canLogin(user.email, password.slice(0, 255))).toBe(false);
    expect(await canLogin(user.email, password.slice(0, 72))).toBe(false);
    expect(await canLogin(user.email, `${password}x`)).toBe(false);
  });

  it('refuses 257 characters with BAD_USER_INPUT naming the field', async () => {
    expect(firstError(await createWith(ofLength(257)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'password must be at most 256 characters',
      extensions: { field: 'password' },
    });
  });

  it('counts characters, not bytes: 256 characters outside ASCII are accepted, 257 are not', async () => {
    const wide = (n: number) => Array.from({ length: n }, (_, i) => ['ж', '✓', '🔑', 'é'][i % 4]).join('');
    const user = await aUser(api, { password: wide(256) });
    expect(await canLogin(user.email, wide(256))).toBe(true);
    expect(firstError(await createWith(wide(257))).extensions.field).toBe('password');
  });

  it('keeps spaces and any printable character, and signs in with exactly them, not trimmed', async () => {
    const password = '  Ünïcödé pass phrase — with spaces 🔑 and "quotes" \\ ok  ';
    const user = await aUser(api, { password });
    expect(await canLogin(user.email, password)).toBe(true);
    expect(await canLogin(user.email, password.trim())).toBe(false);
    expect(await canLogin(user.email, password.trimEnd())).toBe(false);
    expect(await canLogin(user.email, password.replace('Ü', 'U'))).toBe(false);
  });

  it('refuses control characters, naming the field', async () => {
    expect(firstError(await createWith('a password with\u0000a nul'))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'password' } });
  });

  it('answers an absurdly long password at login like any wrong one, without hashing it', async () => {
    const user = await aUser(api);
    expect(await canLogin(user.email, 'x'.repeat(50_000))).toBe(false);
  });
});

describe('common passwords are refused, and the user is told why', () => {
  it('holds a list of at least 10,000 common passwords', () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it('refuses a password on the list, in any case, with the reason COMMON_PASSWORD and a message saying so', async () => {
    for (const password of ['qwerty123456', 'QWERTY123456', 'leavemealone']) {
      const refusal = firstError(await createWith(password));
      expect(refusal, password).toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { field: 'password', reason: 'COMMON_PASSWORD' },
      });
      expect(refusal.message).toMatch(/common/i);
    }
  });

  it('applies the same policy to an administrator resetting a password', async () => {
    const user = await aUser(api);
    const reset = (password: string) => api.gql(`mutation ($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }`, { id: user.id, password });
    expect(firstError(await reset('qwerty123456')).extensions).toMatchObject({ field: 'password', reason: 'COMMON_PASSWORD' });
    expect(firstError(await reset(ofLength(11))).extensions).toMatchObject({ field: 'password' });
    expect(await canLogin(user.email, user.password)).toBe(true);
  });
});

describe('changePassword(currentPassword, newPassword)', () => {
  it('refuses a wrong current password with BAD_USER_INPUT naming currentPassword, and keeps the old one', async () => {
    const user = await aUser(api);
    const { client } = await api.login(user.email, user.password);
    const refusal = firstError(await client.gql(CHANGE_PASSWORD, { current: 'not my password at all', next: 'a brand new passphrase' }));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'currentPassword' } });
    expect(await canLogin(user.email, user.password)).toBe(true);
    expect(await canLogin(user.email, 'a brand new passphrase')).toBe(false);
  });

  it('applies the policy to the new password, naming newPassword', async () => {
    const user = await aUser(api);
    const { client } = await api.login(user.email, user.password);
    expect(firstError(await client.gql(CHANGE_PASSWORD, { current: user.password, next: 'qwerty123456' })).extensions).toMatchObject({
      field: 'newPassword',
      reason: 'COMMON_PASSWORD',
    });
    expect(firstError(await client.gql(CHANGE_PASSWORD, { current: user.password, next: ofLength(11) })).extensions).toMatchObject({ field: 'newPassword' });
    expect(firstError(await client.gql(CHANGE_PASSWORD, { current: user.password, next: ofLength(257) })).extensions).toMatchObject({ field: 'newPassword' });
  });

  it('sets the new password, ends the other sessions and keeps the current one', async () => {
    const user = await aUser(api);
    const { client: here } = await api.login(user.email, user.password);
    const { client: elsewhere } = await api.login(user.email, user.password);
    const next = 'Another  passphrase, ÿes 2';
    expect(await here.ok(CHANGE_PASSWORD, { current: user.password, next })).toEqual({ changePassword: true });

    expect((await here.ok(ME)).me).toMatchObject({ email: user.email });
    expect(firstError(await elsewhere.gql(PROTECTED)).code).toBe('UNAUTHENTICATED');
    expect(await canLogin(user.email, user.password)).toBe(false);
    expect(await canLogin(user.email, next)).toBe(true);
    expect(await passwordHashOf(user.id)).toMatch(/^\$argon2id\$/);
    const { User } = await api.ok(`query ($id: ID!) { User(id: $id) { passwordChangedAt } }`, { id: user.id });
    expect(User.passwordChangedAt).not.toBeNull();
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    expect(firstError(await api.anonymous.gql(CHANGE_PASSWORD, { current: 'whatever it was', next: 'a brand new passphrase' })).code).toBe('UNAUTHENTICATED');
  });
});
