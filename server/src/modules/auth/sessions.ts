import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../../common/access.js';
import type { Clock } from '../../common/clock.js';
import type { SessionUser } from '../../common/context.js';
import type { AuthSettings } from './auth.settings.js';
import { UserSession } from './session.entity.js';

const MINUTE = 60_000;
/** last_seen_at is written at most this often: the idle timeout needs no write per request. */
const TOUCH_EVERY_MS = MINUTE;

/** 256 random bits; the browser holds the token, the database only its SHA-256. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function openSession(
  tx: EntityManager,
  userId: number,
  now: Date,
  settings: AuthSettings,
  sourceAddress: string | undefined,
): Promise<{ token: string; sessionId: number; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + settings.sessionAbsoluteHours * 60 * MINUTE);
  const { identifiers } = await tx.insert(UserSession, {
    userId,
    tokenHash: hashSessionToken(token),
    lastSeenAt: now,
    expiresAt,
    sourceAddress: sourceAddress ?? null,
  });
  return { token, sessionId: identifiers[0].id as number, expiresAt };
}

interface SessionRow {
  sessionId: number;
  lastSeenAt: Date;
  expiresAt: Date;
  id: number;
  email: string;
  name: string;
  role: Role;
}

/**
 * The user behind a session token, or null when the session is unknown, ended, idle for longer
 * than the idle timeout, past its absolute lifetime, or its account is deactivated or locked.
 * Any replica answers the same: the state is in PostgreSQL.
 */
export async function userOfSession(db: DataSource, token: string, clock: Clock, settings: AuthSettings): Promise<SessionUser | null> {
  const [row] = (await db.query(
    `SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt", u.id, u.email, u.name, u.role
       FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.ended_at IS NULL AND u.active AND u.locked_at IS NULL`,
    [hashSessionToken(token)],
  )) as SessionRow[];
  if (!row) return null;
  const now = clock.now();
  const idleMs = now.getTime() - row.lastSeenAt.getTime();
  if (now >= row.expiresAt || idleMs >= settings.sessionIdleMinutes * MINUTE) {
    await db.query(`UPDATE user_session SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL`, [row.sessionId, now]);
    return null;
  }
  if (idleMs >= TOUCH_EVERY_MS) await db.query(`UPDATE user_session SET last_seen_at = $2 WHERE id = $1`, [row.sessionId, now]);
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionId: row.sessionId };
}

/** Ends one session, or every open session of a user (but one), e.g. after a password change. */
export async function endSessions(tx: EntityManager, now: Date, where: { sessionId: number } | { userId: number; except?: number }) {
  if ('sessionId' in where) {
    await tx.query(`UPDATE user_session SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL`, [where.sessionId, now]);
  } else {
    await tx.query(`UPDATE user_session SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL AND id <> $3`, [
      where.userId,
      now,
      where.except ?? 0,
    ]);
  }
}
