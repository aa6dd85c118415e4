import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context.js';
import { AuditEvent, AuditOutcome, type AuditAction } from './audit-event.entity.js';

/** Never written to the log, whatever record they belong to. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'tokenHash', 'calendarToken']);

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  outcome?: AuditOutcome;
  reason?: string | null;
  /** Who acted when nobody is signed in yet (a login attempt names the account tried). */
  actor?: { id: number | null; email: string | null; role: string | null };
}

function redact(values: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!values) return null;
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two states of a record, as they were and as they became. */
export function changedFields(before: object, after: object): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = (before as Record<string, unknown>)[key];
    if (key === 'updatedAt' || same(old, value)) continue;
    was[key] = old;
    now[key] = value;
  }
  return { before: was, after: now };
}

/** The row an entry becomes: the actor is the signed-in user unless the entry names one. */
function eventOf(ctx: AppContext, entry: AuditEntry): Omit<AuditEvent, 'id'> {
  const actor = entry.actor ?? (ctx.user ? { id: ctx.user.id, email: ctx.user.email, role: ctx.user.role } : null);
  return {
    occurredAt: ctx.clock.now(),
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    before: redact(entry.before),
    after: redact(entry.after),
    requestId: ctx.requestId,
    sourceAddress: ctx.sourceAddress ?? null,
    outcome: entry.outcome ?? AuditOutcome.SUCCESS,
    reason: entry.reason ?? null,
  };
}

/** Appends one audit event in the caller's transaction, so it commits or rolls back with the change. */
export async function recordAudit(tx: EntityManager, ctx: AppContext, entry: AuditEntry): Promise<void> {
  // TypeORM's insert type cannot see into jsonb columns typed as open records.
  await tx.insert(AuditEvent, eventOf(ctx, entry) as object);
}

/** Rows per INSERT statement when many events are appended at once (a bulk import). */
const AUDIT_CHUNK = 500;

/** Appends many audit events in the caller's transaction, a few hundred per statement. */
export async function recordAudits(tx: EntityManager, ctx: AppContext, entries: readonly AuditEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += AUDIT_CHUNK) {
    const events = entries.slice(start, start + AUDIT_CHUNK).map((entry) => eventOf(ctx, entry));
    await tx.insert(AuditEvent, events as object[]);
  }
}
