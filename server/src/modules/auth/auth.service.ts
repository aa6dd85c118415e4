import type { EntityManager } from 'typeorm';
import { UnauthenticatedError, currentUser } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { BadInputError, TooManyRequestsError } from '../../common/errors.js';
import { inTransaction, onCommit } from '../../common/transaction.js';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import { recordAudit } from '../audit/audit.writer.js';
import { checkPasswordPolicy, decoyHash, hashPassword, verifyPassword } from '../users/passwords.js';
import { User } from '../users/user.entity.js';
import { endSessions, openSession } from './sessions.js';

const MINUTE = 60_000;
/** Longer input is not a password anyone set (the policy stops at 256); refused before hashing. */
const MAX_TRIED_PASSWORD = 1024;
const LOGIN_ACTIONS = ['LOGIN_SUCCESS', 'LOGIN_FAILURE', 'LOCKOUT'];

type FailureReason = 'UNKNOWN_EMAIL' | 'WRONG_PASSWORD' | 'LOCKED' | 'INACTIVE';

/** The same answer for every failure: nothing tells an unknown email from a wrong password or a lock. */
const loginRefused = () => new UnauthenticatedError('Email or password is incorrect');

/** Login attempts from one address in the last minute, read from the audit log (shared by all replicas). */
async function refuseFloods(ctx: AppContext): Promise<void> {
  if (!ctx.sourceAddress) return;
  const [{ attempts }] = (await ctx.db.query(
    `SELECT count(*)::int AS attempts FROM audit_event WHERE source_address = $1 AND action = ANY($2) AND occurred_at > $3`,
    [ctx.sourceAddress, LOGIN_ACTIONS, new Date(ctx.clock.now().getTime() - MINUTE)],
  )) as { attempts: number }[];
  if (attempts >= ctx.auth.loginRateLimitPerMinute) {
    ctx.log.warn({ sourceAddress: ctx.sourceAddress }, 'login rate limit reached');
    throw new TooManyRequestsError('Too many login attempts from this address; wait a minute and try again');
  }
}

async function recordFailure(tx: EntityManager, ctx: AppContext, email: string, user: User | null, reason: FailureReason) {
  await recordAudit(tx, ctx, {
    action: 'LOGIN_FAILURE',
    entityType: 'User',
    entityId: user?.id,
    outcome: AuditOutcome.FAILURE,
    reason,
    actor: { id: user?.id ?? null, email, role: user?.role ?? null },
  });
}

/**
 * Counts a wrong password: the wrong passwords of the last `lockoutWindowMinutes` since the last
 * successful login or unlock, this one included (a sliding window, read from the audit log); the
 * last allowed one locks the account (CJIS AC-7).
 */
async function countFailure(tx: EntityManager, ctx: AppContext, user: User): Promise<void> {
  const now = ctx.clock.now();
  const { lockoutAttempts, lockoutWindowMinutes } = ctx.auth;
  const [{ earlier, first }] = (await tx.query(
    `SELECT count(*)::int AS earlier, min(occurred_at) AS first FROM audit_event
      WHERE entity_type = 'User' AND entity_id = $1 AND action = 'LOGIN_FAILURE' AND reason = 'WRONG_PASSWORD' AND occurred_at > $2
        AND id > coalesce((SELECT max(id) FROM audit_event WHERE entity_type = 'User' AND entity_id = $1 AND action IN ('LOGIN_SUCCESS', 'UNLOCK')), 0)`,
    [String(user.id), new Date(now.getTime() - lockoutWindowMinutes * MINUTE)],
  )) as { earlier: number; first: Date | null }[];
  const failedLoginCount = earlier + 1;
  const locked = failedLoginCount >= lockoutAttempts;
  await tx.update(User, user.id, {
    failedLoginCount,
    firstFailedLoginAt: first ?? now,
    lockedAt: locked ? now : null,
  });
  await recordFailure(tx, ctx, user.email, user, 'WRONG_PASSWORD');
  if (locked) {
    // A locked account's open sessions are refused (the session lookup reads locked_at).
    onCommit(tx, () => ctx.sessions.forget({ userId: user.id }));
    await recordAudit(tx, ctx, {
      action: 'LOCKOUT',
      entityType: 'User',
      entityId: user.id,
      reason: `${failedLoginCount} failed logins within ${lockoutWindowMinutes} minutes`,
      actor: { id: user.id, email: user.email, role: user.role },
    });
  }
}

export const authService = {
  /** Checks the password, opens a server-side session and sets its cookie; every attempt is audited. */
  async login(ctx: AppContext, emailInput: string, password: string): Promise<User> {
    await refuseFloods(ctx);
    const email = emailInput.trim().toLowerCase();
    // The failure's bookkeeping commits before the refusal is thrown: a failed login's event persists.
    const outcome = await inTransaction(ctx, async (tx) => {
      const user = await tx.findOne(User, { where: { email }, lock: { mode: 'pessimistic_write' } });
      const tooLong = password.length > MAX_TRIED_PASSWORD;
      const matches = !tooLong && (await verifyPassword(user?.passwordHash ?? (await decoyHash()), password));
      if (!user) return recordFailure(tx, ctx, email, null, 'UNKNOWN_EMAIL');
      if (!user.active) return recordFailure(tx, ctx, email, user, 'INACTIVE');
      if (user.lockedAt) return recordFailure(tx, ctx, email, user, 'LOCKED');
      if (!matches) return countFailure(tx, ctx, user);

      const now = ctx.clock.now();
      await tx.update(User, user.id, { failedLoginCount: 0, firstFailedLoginAt: null, lastLoginAt: now });
      const session = await openSession(tx, user.id, now, ctx.auth, ctx.sourceAddress);
      await recordAudit(tx, ctx, { action: 'LOGIN_SUCCESS', entityType: 'User', entityId: user.id, actor: user });
      return { user: await tx.findOneOrFail(User, { where: { id: user.id } }), ...session };
    });
    if (!outcome) throw loginRefused();
    ctx.cookie.set(outcome.token, outcome.expiresAt);
    return outcome.user;
  },

  /** Ends the session on the server (the cookie alone would not) and clears the cookie. */
  async logout(ctx: AppContext): Promise<boolean> {
    const user = ctx.user;
    if (user) {
      await inTransaction(ctx, async (tx) => {
        await endSessions(tx, ctx, { sessionId: user.sessionId });
        await recordAudit(tx, ctx, { action: 'LOGOUT', entityType: 'User', entityId: user.id });
      });
    }
    ctx.cookie.clear();
    return true;
  },

  /** A new password for the signed-in user; their other sessions end. */
  async changePassword(ctx: AppContext, current: string, next: string): Promise<boolean> {
    const signedIn = currentUser(ctx);
    await inTransaction(ctx, async (tx) => {
      const user = await tx.findOneOrFail(User, { where: { id: signedIn.id }, lock: { mode: 'pessimistic_write' } });
      if (!(await verifyPassword(user.passwordHash, current))) throw new BadInputError('currentPassword', 'currentPassword is incorrect');
      checkPasswordPolicy(next, 'newPassword', { email: user.email });
      if (next === current) throw new BadInputError('newPassword', 'newPassword must differ from the current one');
      const now = ctx.clock.now();
      await tx.update(User, user.id, { passwordHash: await hashPassword(next), passwordChangedAt: now });
      await endSessions(tx, ctx, { userId: user.id, except: signedIn.sessionId });
      await recordAudit(tx, ctx, { action: 'PASSWORD_CHANGE', entityType: 'User', entityId: user.id });
    });
    return true;
  },
};
