import type { EntityManager } from 'typeorm';
import type { AppContext } from './context.js';

/** What each open `inTransaction` runs once it has committed. */
const committed = new WeakMap<EntityManager, (() => void)[]>();

/**
 * Runs one command in one transaction: either all of it is written or none of it.
 * The request's loaders are cleared afterwards so the answer shows what was written.
 */
export async function inTransaction<T>(ctx: AppContext, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const afterCommit: (() => void)[] = [];
  try {
    const result = await ctx.db.transaction((tx) => {
      committed.set(tx, afterCommit);
      return work(tx);
    });
    for (const run of afterCommit) run();
    return result;
  } finally {
    ctx.loaders.clearAll();
  }
}

/**
 * Runs `then` once `tx` has committed (never if it rolls back): for what must not happen before
 * the change is visible to everyone, such as forgetting a session that the change ends. Outside
 * `inTransaction` there is nothing to wait for, and it runs at once.
 */
export function onCommit(tx: EntityManager, then: () => void): void {
  const pending = committed.get(tx);
  if (pending) pending.push(then);
  else then();
}
