import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock.js';
import type { SessionCookie, SessionUser } from '../../common/context.js';
import { SESSION_COOKIE, type AuthSettings } from './auth.settings.js';
import type { SessionCache } from './session-cache.js';
import { userOfSession } from './sessions.js';

/** The session token the browser sent, if any (one cookie read by hand: no parser needed). */
export function sessionTokenOf(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}

/** HttpOnly, SameSite=Lax, Path=/; Secure over HTTPS (or always, by setting). */
export function sessionCookie(req: Request, res: Response, settings: AuthSettings): SessionCookie {
  const secure = settings.cookieSecure === 'always' || (settings.cookieSecure === 'auto' && req.secure);
  const options = { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
  return {
    set: (token, expiresAt) => void res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => void res.clearCookie(SESSION_COOKIE, options),
  };
}

export async function sessionUserOf(req: Request, db: DataSource, clock: Clock, settings: AuthSettings, sessions: SessionCache): Promise<SessionUser | null> {
  const token = sessionTokenOf(req);
  return token ? userOfSession(db, token, clock, settings, sessions) : null;
}
