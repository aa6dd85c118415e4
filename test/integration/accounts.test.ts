import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { loadConfig } from '../../server/src/config.js';
import { createDataSource } from '../../server/src/database/data-source.js';
import { ensureFirstAdmin } from '../../server/src/modules/users/user.service.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../server/src/seed/users.js';
import { startServer } from '../../server/src/start.js';
import { clientOf, firstError, freshDatabaseUrl, quietLog, sessionCookieOf, startTestApi, type Client, type TestApi } from '../support/api.js';
import { auditEvents, aUser, countRows, LOGIN, ME, PROTECTED, USER_FIELDS } from '../support/accounts.js';
import { unique } from '../support/builders.js';

/**
 * Issue 3, point 1: accounts with a unique email (without regard to case), a name, a role, an
 * active flag, lockout state and last login; administrators manage them; accounts are deactivated,
 * never deleted; the first administrator comes from ADMIN_EMAIL and ADMIN_PASSWORD, and the demo
 * data adds one account per role, never in production.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const UPDATE_USER = `mutation ($id: ID!, $name: String, $role: Role, $active: Boolean) {
  updateUser(id: $id, name: $name, role: $role, active: $active) { ${USER_FIELDS} }
}`;
const CREATE_USER = `mutation ($email: String!, $name: String!, $role: Role!, $password: String!) {
  createUser(email: $email, name: $name, role: $role, password: $password) { ${USER_FIELDS} }
}`;

async function signedIn(client: Client): Promise<boolean> {
  const result = await client.gql(PROTECTED);
  if (!result.errors) return true;
  expect(firstError(result).code).toBe('UNAUTHENTICATED');
  return false;
}

describe('administrators create and read accounts', () => {
  it('creates an account with its email in lower case, active, unlocked and never signed in', async () => {
    const n = unique();
    const { createUser } = await api.ok(CREATE_USER, { email: `  Ana.Reyes${n}@PD.Example `, name: 'Ana Reyes', role: 'RESERVE_COORDINATOR', password: 'a fine long passphrase' });
    expect(createUser).toMatchObject({
      email: `ana.reyes${n}@pd.example`,
      name: 'Ana Reyes',
      role: 'RESERVE_COORDINATOR',
      active: true,
      lockedAt: null,
      lastLoginAt: null,
    });
    expect(createUser.id).toMatch(/^\d+$/);
    const { User } = await api.ok(`query ($id: ID!) { User(id: $id) { ${USER_FIELDS} } }`, { id: createUser.id });
    expect(User).toEqual(createUser);
  });

  it('refuses a second account with the same email in another case with CONFLICT naming email, and keeps one', async () => {
    const first = await aUser(api, { email: `dup${unique()}@pd.example` });
    const refusal = firstError(await api.gql(CREATE_USER, { email: first.email.toUpperCase(), name: 'Someone Else', role: 'LEADERSHIP', password: 'another fine passphrase' }));
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: 'email is already in use', extensions: { field: 'email' } });
    expect(await countRows(api, 'app_user', 'lower(email) = $1', [first.email])).toBe(1);
  });

  it('refuses a malformed email, an unknown role and an empty name, naming the field', async () => {
    const base = { email: `ok${unique()}@pd.example`, name: 'Fine Name', role: 'LEADERSHIP', password: 'a fine long passphrase' };
    expect(firstError(await api.gql(CREATE_USER, { ...base, email: 'not-an-email' })).extensions.field).toBe('email');
    expect(firstError(await api.gql(CREATE_USER, { ...base, role: 'SUPERUSER' })).extensions.field).toBe('role');
    expect(firstError(await api.gql(CREATE_USER, { ...base, name: '   ' })).extensions.field).toBe('name');
  });

  it('lists accounts with allUsers and _allUsersMeta, filtered by role and active', async () => {
    const inactive = await aUser(api, { role: Role.LEADERSHIP, active: false, name: `Filtered ${unique()}` });
    const { allUsers, _allUsersMeta } = await api.ok(
      `query ($filter: UserFilter) { allUsers(filter: $filter, perPage: 1000) { id email role active } _allUsersMeta(filter: $filter) { count } }`,
      { filter: { role: 'LEADERSHIP', active: false } },
    );
    expect(allUsers).toContainEqual({ id: inactive.id, email: inactive.email, role: 'LEADERSHIP', active: false });
    expect(allUsers.every((user: { role: string; active: boolean }) => user.role === 'LEADERSHIP' && !user.active)).toBe(true);
    expect(_allUsersMeta.count).toBe(allUsers.length);
  });

  it('records lastLoginAt at each login', async () => {
    const user = await aUser(api);
    await api.login(user.email, user.password);
    const { User } = await api.ok(`query ($id: ID!) { User(id: $id) { lastLoginAt } }`, { id: user.id });
    expect(Date.now() - Date.parse(User.lastLoginAt)).toBeLessThan(60_000);
  });
});

describe('administrators update accounts: name, role, active', () => {
  it('changes the name and leaves the sessions alone', async () => {
    const user = await aUser(api);
    const { client } = await api.login(user.email, user.password);
    const { updateUser } = await api.ok(UPDATE_USER, { id: user.id, name: 'New Name' });
    expect(updateUser).toMatchObject({ id: user.id, name: 'New Name', email: user.email, role: user.role, active: true });
    expect(await signedIn(client)).toBe(true);
  });

  it('takes no email and no password in updateUser', async () => {
    const user = await aUser(api);
    for (const argument of ['email: "x@pd.example"', 'password: "a fine long passphrase"']) {
      const result = await api.gql(`mutation ($id: ID!) { updateUser(id: $id, ${argument}) { id } }`, { id: user.id });
      expect(firstError(result).code, argument).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('ends the sessions of a user whose role changes; the next login carries the new role', async () => {
    const user = await aUser(api, { role: Role.ACADEMY_STAFF });
    const { client } = await api.login(user.email, user.password);
    await api.ok(UPDATE_USER, { id: user.id, role: 'LEADERSHIP' });
    expect(await signedIn(client)).toBe(false);
    const again = await api.login(user.email, user.password);
    expect((await again.client.ok(ME)).me).toMatchObject({ id: user.id, role: 'LEADERSHIP' });
  });

  it('refuses a deactivated user at login, as it refuses a wrong password, and ends their sessions at once', async () => {
    const user = await aUser(api);
    const { client } = await api.login(user.email, user.password);
    const { updateUser } = await api.ok(UPDATE_USER, { id: user.id, active: false });
    expect(updateUser.active).toBe(false);
    expect(await signedIn(client)).toBe(false);
    expect(await client.gql(ME)).toEqual({ data: { me: null } });

    const { result } = await api.login(user.email, user.password);
    expect(firstError(result)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Email or password is incorrect' });
    const [refused] = await auditEvents(api, { action: 'LOGIN_FAILURE', entityId: user.id });
    expect(refused.reason).toBe('INACTIVE');

    // Sessions ended stay ended when the account is activated again; a new login works.
    await api.ok(UPDATE_USER, { id: user.id, active: true });
    expect(await signedIn(client)).toBe(false);
    expect((await api.login(user.email, user.password)).result.errors).toBeUndefined();
  });

  it("resets a user's password: the new one signs in, the old one does not, and their sessions end", async () => {
    const user = await aUser(api);
    const { client } = await api.login(user.email, user.password);
    const { resetUserPassword } = await api.ok(`mutation ($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id passwordChangedAt } }`, {
      id: user.id,
      password: 'a reset passphrase 2026',
    });
    expect(resetUserPassword.passwordChangedAt).not.toBeNull();
    expect(await signedIn(client)).toBe(false);
    expect(firstError((await api.login(user.email, user.password)).result).code).toBe('UNAUTHENTICATED');
    expect((await api.login(user.email, 'a reset passphrase 2026')).result.errors).toBeUndefined();
  });

  it('answers NOT_FOUND for an account that does not exist', async () => {
    expect(firstError(await api.gql(UPDATE_USER, { id: '999999', name: 'Nobody' })).code).toBe('NOT_FOUND');
    expect(firstError(await api.gql(`mutation { unlockUser(id: "999999") { id } }`)).code).toBe('NOT_FOUND');
  });
});

describe('accounts are deactivated, never deleted', () => {
  it('has no deleteUser mutation in the schema', async () => {
    const { __type } = await api.ok(`{ __type(name: "Mutation") { fields { name } } }`);
    const mutations: string[] = __type.fields.map((field: { name: string }) => field.name);
    expect(mutations).toEqual(expect.arrayContaining(['createUser', 'updateUser', 'unlockUser', 'resetUserPassword']));
    expect(mutations.filter((name) => /user/i.test(name) && /delete|remove/i.test(name))).toEqual([]);
    const user = await aUser(api);
    expect(firstError(await api.gql(`mutation ($id: ID!) { deleteUser(id: $id) { id } }`, { id: user.id })).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await countRows(api, 'app_user', 'id = $1', [user.id])).toBe(1);
  });
});

describe('the first administrator comes from ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  const FIRST = { email: ' Chief.Admin@PD.example ', password: 'the first admin passphrase' };

  async function migratedDatabase(url?: string) {
    const db = createDataSource({ url: url ?? (await freshDatabaseUrl()), log: quietLog });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    return db;
  }

  it('creates the administrator on an empty database at start (NODE_ENV=production), who can sign in; no demo data', async () => {
    const env = { NODE_ENV: 'production', DATABASE_URL: await freshDatabaseUrl(), HOST: '127.0.0.1', PORT: '0', ADMIN_EMAIL: FIRST.email, ADMIN_PASSWORD: FIRST.password };
    const config = loadConfig(env);
    expect(config.admin).toEqual({ email: FIRST.email, password: FIRST.password });
    expect(config.seedDemoData).toBe(false);
    const server = await startServer(config, quietLog);
    try {
      const anonymous = clientOf(server.url, undefined);
      const response = await anonymous.post({ query: LOGIN, variables: { email: 'chief.admin@pd.example', password: FIRST.password } });
      expect(await response.json()).toMatchObject({ data: { login: { email: 'chief.admin@pd.example', role: 'ADMIN' } } });
      const admin = clientOf(server.url, sessionCookieOf(response));
      const { allUsers, _allDivisionsMeta } = await admin.ok(`{ allUsers { email role name active } _allDivisionsMeta { count } }`);
      expect(allUsers).toEqual([{ email: 'chief.admin@pd.example', role: 'ADMIN', name: 'Administrator', active: true }]);
      expect(_allDivisionsMeta.count).toBe(0);
    } finally {
      await server.stop();
    }
    // A second start on the same database adds no one, whatever ADMIN_EMAIL says now.
    const again = await startServer(loadConfig({ ...env, ADMIN_EMAIL: 'someone.else@pd.example' }), quietLog);
    await again.stop();
    const db = await migratedDatabase(env.DATABASE_URL);
    try {
      expect(await db.query(`SELECT email FROM app_user`)).toEqual([{ email: 'chief.admin@pd.example' }]);
    } finally {
      await db.destroy();
    }
  });

  it('does nothing when there is an account already, and creates one administrator when two replicas start at once', async () => {
    const db = await migratedDatabase();
    try {
      await Promise.all([
        ensureFirstAdmin(db, FIRST, quietLog),
        ensureFirstAdmin(db, { email: 'other.admin@pd.example', password: 'another admin passphrase' }, quietLog),
      ]);
      const admins = (await db.query(`SELECT email, role, password_hash FROM app_user`)) as { email: string; role: string; password_hash: string }[];
      expect(admins).toHaveLength(1);
      expect(admins[0].role).toBe('ADMIN');
      expect(admins[0].password_hash).toMatch(/^\$argon2id\$/);
      await ensureFirstAdmin(db, { email: 'third.admin@pd.example', password: 'a third admin passphrase' }, quietLog);
      expect(await db.query(`SELECT count(*)::int AS n FROM app_user`)).toEqual([{ n: 1 }]);
    } finally {
      await db.destroy();
    }
  });

  it('refuses an ADMIN_PASSWORD that breaks the password policy, creating no account', async () => {
    const db = await migratedDatabase();
    try {
      await expect(ensureFirstAdmin(db, { email: 'chief@pd.example', password: 'short' }, quietLog)).rejects.toThrow(/ADMIN_PASSWORD needs at least 12 characters/);
      await expect(ensureFirstAdmin(db, { email: 'chief@pd.example', password: 'qwerty123456' }, quietLog)).rejects.toThrow(/ADMIN_PASSWORD is on a list of commonly used/);
      expect(await db.query(`SELECT count(*)::int AS n FROM app_user`)).toEqual([{ n: 0 }]);
    } finally {
      await db.destroy();
    }
  });

  it('needs both ADMIN_EMAIL and ADMIN_PASSWORD', () => {
    expect(loadConfig({ ADMIN_EMAIL: 'chief@pd.example' }).admin).toBeUndefined();
    expect(loadConfig({ ADMIN_PASSWORD: FIRST.password }).admin).toBeUndefined();
  });
});

describe('the demo data adds one demo account per role, never in production', () => {
  it('adds four demo accounts, one per role, that sign in with DEMO_PASSWORD', async () => {
    const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: await freshDatabaseUrl(), HOST: '127.0.0.1', PORT: '0' });
    expect(config.seedDemoData).toBe(true);
    const server = await startServer(config, quietLog);
    try {
      expect(new Set(DEMO_USERS.map((user) => user.role))).toEqual(new Set(Object.values(Role)));
      const cookies: string[] = [];
      for (const demo of DEMO_USERS) {
        const response = await clientOf(server.url, undefined).post({ query: LOGIN, variables: { email: demo.email, password: DEMO_PASSWORD } });
        expect(await response.json(), demo.email).toEqual({ data: { login: { id: expect.any(String), email: demo.email, role: demo.role } } });
        if (demo.role === Role.ADMIN) cookies.push(sessionCookieOf(response)!);
      }
      const { allUsers } = await clientOf(server.url, cookies[0]).ok(`{ allUsers { email role } }`);
      expect(allUsers).toHaveLength(DEMO_USERS.length);
    } finally {
      await server.stop();
    }
  });

  it('loads no demo data with NODE_ENV=production, whatever SEED_DEMO_DATA says', () => {
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db.example/tracker', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(false);
  });
});
