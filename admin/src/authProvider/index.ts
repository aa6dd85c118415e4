import type { AuthProvider, UserIdentity } from 'react-admin';
import type { Role } from '../common/access';
import { roleCan } from '../common/access';
import { apiErrorCode, callApi } from '../dataProvider/graphqlRequest';

interface Me {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const ME = 'query Me { me { id email name role } }';
const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id email name role } }';
const LOGOUT = 'mutation Logout { logout }';

/** The signed-in user, asked once and shared by the checks of one screen (they come in bursts). */
let current: Promise<Me | null> | undefined;
let askedAt = 0;
const FRESH_MS = 15_000;

function me(): Promise<Me | null> {
  if (!current || Date.now() - askedAt > FRESH_MS) {
    askedAt = Date.now();
    current = callApi<{ me: Me | null }>(ME).then((data) => data.me);
    current.catch(() => (current = undefined));
  }
  return current;
}

const forget = () => {
  current = undefined;
};

/**
 * Whether this tab had someone signed in (kept across reloads), so that a session found ended is
 * explained ("your session has ended") rather than met with a bare login page.
 */
const SIGNED_IN = 'tracker.signedIn';
const remember = (signedIn: boolean) => {
  try {
    if (signedIn) sessionStorage.setItem(SIGNED_IN, '1');
    else sessionStorage.removeItem(SIGNED_IN);
  } catch {
    // storage unavailable: only the explanation is lost
  }
};
const wasSignedIn = () => {
  try {
    return sessionStorage.getItem(SIGNED_IN) === '1';
  } catch {
    return false;
  }
};

/** The login page says why it is shown when a session ended under the user (idle timeout, sign-out elsewhere). */
const ENDED = 'tracker.sessionEnded';
const noteSessionEnded = () => {
  try {
    sessionStorage.setItem(ENDED, '1');
  } catch {
    // storage unavailable: only the explanation is lost
  }
};

/** Whether the login page is shown because the session ended (until someone signs in again). */
export function sessionEndedNotice(): boolean {
  try {
    return sessionStorage.getItem(ENDED) === '1';
  } catch {
    return false;
  }
}

const clearSessionEndedNotice = () => {
  try {
    sessionStorage.removeItem(ENDED);
  } catch {
    // storage unavailable
  }
};

export const SESSION_ENDED = 'Your session has ended. Sign in again to continue.';

/** Sessions live on the server (an HttpOnly cookie): login, logout and me are the whole protocol. */
export const authProvider: AuthProvider = {
  async login({ email, username, password }: { email?: string; username?: string; password: string }) {
    forget();
    const data = await callApi<{ login: Me }>(LOGIN, { email: (email ?? username ?? '').trim(), password });
    current = Promise.resolve(data.login);
    askedAt = Date.now();
    remember(true);
    clearSessionEndedNotice();
  },
  async logout() {
    forget();
    remember(false);
    // Ends the session on the server; answering UNAUTHENTICATED when there was none is fine.
    await callApi(LOGOUT).catch(() => undefined);
  },
  async checkAuth() {
    if (await me()) return remember(true);
    if (wasSignedIn()) noteSessionEnded();
    remember(false);
    throw { message: false, redirectTo: '/login' };
  },
  async checkError(error) {
    if (apiErrorCode(error) === 'UNAUTHENTICATED' || error?.status === 401) {
      forget();
      if (wasSignedIn()) noteSessionEnded();
      remember(false);
      throw { message: false, redirectTo: '/login' };
    }
  },
  async getIdentity(): Promise<UserIdentity> {
    const user = await me();
    if (!user) throw new Error('Not signed in');
    return { id: user.id, fullName: user.name, email: user.email, role: user.role };
  },
  async getPermissions() {
    return (await me())?.role;
  },
  async canAccess({ action, resource }) {
    return roleCan((await me())?.role, action, resource);
  },
};
