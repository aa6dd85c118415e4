import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { parseTargetId } from '../../common/ids.js';
import { onCommit } from '../../common/transaction.js';
import type { AuditAction } from '../audit/audit-event.entity.js';
import { changedFields, recordAudit } from '../audit/audit.writer.js';
import { endSessions } from '../auth/sessions.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { userResource } from './user.resource.js';
import { User } from './user.entity.js';

class UserService extends CrudService<User> {
  /** Emails are unique without regard to case; the password becomes its hash. */
  protected override async prepareCreate(_tx: EntityManager, values: Record<string, unknown>) {
    const { password, ...rest } = values as { password: string; email: string };
    const email = rest.email.toLowerCase();
    checkPasswordPolicy(password, 'password', { email });
    return { ...rest, email, passwordHash: await hashPassword(password), failedLoginCount: 0 };
  }

  /**
   * A role change or a deactivation takes effect at once: the account's sessions end. A new name or
   * email reaches the signed-in user's next request (their sessions are read afresh).
   */
  protected override async afterUpdate(tx: EntityManager, before: User, after: User, ctx: AppContext) {
    if (before.role !== after.role || (before.active && !after.active)) {
      await endSessions(tx, ctx, { userId: after.id });
    } else if (before.name !== after.name || before.email !== after.email) {
      onCommit(tx, () => ctx.sessions.forget({ userId: after.id }));
    }
  }

  protected override updateAction(before: User, after: User): AuditAction {
    return before.role !== after.role ? 'ROLE_CHANGE' : 'UPDATE';
  }

  /** Releases an account locked by failed logins (CJIS AC-7: only an administrator may). */
  unlock(ctx: AppContext, id: unknown): Promise<User> {
    return this.changeAccount(ctx, id, 'UNLOCK', async () => ({ lockedAt: null, failedLoginCount: 0, firstFailedLoginAt: null }));
  }

  /** Sets a new password for a user who lost theirs; their sessions end. */
  resetPassword(ctx: AppContext, id: unknown, password: string): Promise<User> {
    return this.changeAccount(ctx, id, 'PASSWORD_RESET', async (user, tx) => {
      checkPasswordPolicy(password, 'password', { email: user.email });
      await endSessions(tx, ctx, { userId: user.id });
      return { passwordHash: await hashPassword(password), passwordChangedAt: ctx.clock.now() };
    });
  }

  private changeAccount(
    ctx: AppContext,
    id: unknown,
    action: AuditAction,
    changes: (user: User, tx: EntityManager) => Promise<Partial<User>>,
  ): Promise<User> {
    const target = parseTargetId(id, 'User');
    return this.write(ctx, async (tx) => {
      const user = await this.find(tx, target, true);
      await tx.update(User, target, await changes(user, tx));
      const after = await this.find(tx, target);
      await recordAudit(tx, ctx, { action, entityType: 'User', entityId: target, ...changedFields(user, after) });
      return after;
    });
  }
}

export const userService = new UserService(userResource);

/** On a database with no accounts, creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD. */
export async function ensureFirstAdmin(db: DataSource, admin: { email: string; password: string }, log: Logger): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE`);
    if ((await tx.count(User)) > 0) return;
    const email = admin.email.trim().toLowerCase();
    checkPasswordPolicy(admin.password, 'ADMIN_PASSWORD', { email });
    await tx.insert(User, {
      email,
      name: 'Administrator',
      role: 'ADMIN' as Role,
      active: true,
      passwordHash: await hashPassword(admin.password),
      failedLoginCount: 0,
    });
    log.info({ email }, 'first administrator created');
  });
}
