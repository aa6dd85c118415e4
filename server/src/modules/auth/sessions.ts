import { hash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../../common/access.js';
import type { Clock } from '../../common/clock.js';
import type { AppContext, SessionUser } from '../../common/context.js';
import { onCommit } from '../../common/transaction.js';
import { queryPrepared } from '../../database/prepared.js';
import type { AuthSettings } from './auth.settings.js';
import type { SessionCache, SessionScope } from './session-cache.js';
import { UserSession } from './session.entity.js';

const MINUTE = 60_000;
/** last_seen_at is written at most this often: the idle timeout needs no write per request. */
const TOUCH_EVERY_MS = MINUTE;

/** 256 random bits; the browser holds the token, the database only its SHA-256. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  // One call, without a Hash object: every request with a session hashes its token.
  return hash('sha256', token, 'hex');
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
  /** Past its absolute lifetime or idle too long: ended by this very statement. */
  ended: boolean;
  lastSeenAt: number;
  expiresAt: number;
  id: number;
  email: string;
  name: string;
  role: Role;
}

/**
 * The session lookup every request makes, with what it may have to write folded in: a session past
 * its absolute lifetime or idle for too long is ended, and last_seen_at is moved on at most once a
 * minute. One statement (prepared once per connection) rather than a lookup and then a write.
 * $1 token hash, $2 now, $3 idle timeout in minutes, $4 touch interval in milliseconds.
 */
const SESSION_SQL = `
  WITH found AS (
    SELECT s.id AS session_id, s.last_seen_at, s.expires_at, u.id, u.email, u.name, u.role,
           ($2::timestamptz >= s.expires_at OR $2::timestamptz - s.last_seen_at >= $3::float8 * interval '1 minute') AS ended,
           ($2::timestamptz - s.last_seen_at >= $4::float8 * interval '1 millisecond') AS touch_due
      FROM user_session s JOIN app_user u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.ended_at IS NULL AND u.active AND u.locked_at IS NULL
  ), ended AS (
    UPDATE user_session s SET ended_at = $2 FROM found f WHERE s.id = f.session_id AND f.ended AND s.ended_at IS NULL
  ), touched AS (
    UPDATE user_session s SET last_seen_at = $2
      FROM found f WHERE s.id = f.session_id AND NOT f.ended AND f.touch_due
  )
  SELECT session_id AS "sessionId", ended, id, email, name, role,
         -- the last_seen_at this statement leaves, and the end, in epoch milliseconds for the cache
         (extract(epoch FROM CASE WHEN touch_due THEN $2::timestamptz ELSE last_seen_at END) * 1000)::float8 AS "lastSeenAt",
         (extract(epoch FROM expires_at) * 1000)::float8 AS "expiresAt"
    FROM found`;

/**
 * The user behind a session token, or null when the session is unknown, ended, idle for longer
 * than the idle timeout, past its absolute lifetime, or its account is deactivated or locked.
 * Any replica answers the same: the state is in PostgreSQL, which `sessions` only spares a round
 * trip to while it confirmed the session less than a minute ago (`session-cache.ts`).
 */
export async function userOfSession(db: DataSource, token: string, clock: Clock, settings: AuthSettings, sessions: SessionCache): Promise<SessionUser | null> {
  const tokenHash = hashSessionToken(token);
  const now = clock.now();
  // Never trusted for longer than the idle timeout either, whatever its setting.
  const known = sessions.lookup(tokenHash, now.getTime(), Math.min(TOUCH_EVERY_MS, settings.sessionIdleMinutes * MINUTE));
  if (known) return known;
  const mark = sessions.mark();
  const [row] = await queryPrepared<SessionRow>(db, SESSION_SQL, [tokenHash, now, settings.sessionIdleMinutes, TOUCH_EVERY_MS]);
  if (!row || row.ended) return null;
  const user = { id: row.id, email: row.email, name: row.name, role: row.role, sessionId: row.sessionId };
  sessions.remember(tokenHash, { user, lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt }, mark);
  return user;
}

/**
 * Ends one session, or every open session of a user (but one), e.g. after a password change; this
 * process forgets them as soon as the transaction commits, other replicas when its notice reaches them.
 */
export async function endSessions(tx: EntityManager, ctx: AppContext, where: { sessionId: number } | { userId: number; except?: number }) {
  const now = ctx.clock.now();
  const scope: SessionScope = 'sessionId' in where ? { sessionId: where.sessionId } : { userId: where.userId };
  onCommit(tx, () => ctx.sessions.forget(scope));
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
