import type { EntityManager } from 'typeorm';
import type { AppContext } from './context.js';

/**
 * Runs one command in one transaction: either all of it is written or none of it.
 * The request's loaders are cleared afterwards so the answer shows what was written.
 */
export async function inTransaction<T>(ctx: AppContext, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction(work);
  } finally {
    ctx.loaders.clearAll();
  }
}
