import type { GraphQLResolveInfo } from 'graphql';
import type { DeepPartial, EntityManager, FindOptionsWhere } from 'typeorm';
import type { AppContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { parseTargetId } from '../ids.js';
import { prefetchRecord, prefetchRows } from '../prefetch.js';
import { inTransaction } from '../transaction.js';
import type { AuditAction } from '../../modules/audit/audit-event.entity.js';
import { changedFields, recordAudit } from '../../modules/audit/audit.writer.js';
import { parseInput } from './input.js';
import { applyFilter, applySortAndPage, type FilterValues, type ListArguments } from './list-query.js';
import type { Resource } from './resource.js';

export type Entity = { id: number };

/**
 * List, read, create, update and delete for one resource, each write in one transaction.
 * A feature's service extends it where its records need more than validated fields
 * (defaults that depend on other fields, rules across fields, records written alongside).
 */
export class CrudService<E extends Entity> {
  constructor(readonly resource: Resource<E>) {}

  /** A page; given the query's resolve info, with the columns and relations it selects in one statement (`prefetch.ts`). */
  async list(ctx: AppContext, args: ListArguments, info?: GraphQLResolveInfo): Promise<E[]> {
    const query = applyFilter(ctx.db.getRepository(this.resource.entity).createQueryBuilder('r'), this.resource, args.filter, ctx.user?.role);
    applySortAndPage(query, this.resource, args, ctx.user?.role);
    return (info && (await prefetchRows(ctx, info, query))) ?? query.getMany();
  }

  count(ctx: AppContext, filter: FilterValues | null | undefined): Promise<number> {
    return applyFilter(ctx.db.getRepository(this.resource.entity).createQueryBuilder('r'), this.resource, filter, ctx.user?.role).getCount();
  }

  /**
   * One record, through the request's batched loader (one statement, no ORM hydration; shared with
   * nested fields); given the query's resolve info, with what it selects in one statement.
   */
  async get(ctx: AppContext, id: unknown, info?: GraphQLResolveInfo): Promise<E> {
    const target = parseTargetId(id, this.resource.name);
    const prefetched = info ? await prefetchRecord<E>(ctx, info, this.resource.entity, target) : null;
    const record = prefetched ? prefetched.record : await ctx.loaders.byId<E>(this.resource.entity).load(target);
    if (!record) throw new NotFoundError(this.resource.name, target);
    return record;
  }

  async create(ctx: AppContext, args: object): Promise<E> {
    const values = parseInput(this.resource.fields, args, 'create');
    return this.write(ctx, (tx) => this.createIn(tx, ctx, values));
  }

  /**
   * Creates a record from validated values in the caller's transaction, as `create` does (defaults,
   * checks, records written alongside, audit), for a command that creates it among other writes.
   */
  async createIn(tx: EntityManager, ctx: AppContext, values: Record<string, unknown>): Promise<E> {
    const record = tx.create(this.resource.entity, (await this.prepareCreate(tx, values, ctx)) as DeepPartial<E>);
    this.check(record);
    const { id } = await tx.save(record);
    const created = await this.find(tx, id);
    await this.afterCreate(tx, created, ctx);
    await recordAudit(tx, ctx, { action: 'CREATE', entityType: this.resource.name, entityId: id, after: { ...created } });
    return created;
  }

  async update(ctx: AppContext, args: { id?: unknown }): Promise<E> {
    const id = parseTargetId(args.id, this.resource.name);
    const values = parseInput(this.resource.fields, args, 'update');
    return this.write(ctx, async (tx) => {
      const existing = await this.find(tx, id, true);
      const changes = await this.prepareUpdate(tx, existing, values, ctx);
      this.check({ ...existing, ...changes });
      if (Object.keys(changes).length === 0) return existing;
      await tx.update(this.resource.entity, id, changes as never);
      const updated = await this.find(tx, id);
      const changed = changedFields(existing, updated);
      if (Object.keys(changed.after).length === 0) return updated;
      await this.afterUpdate(tx, existing, updated, ctx);
      await recordAudit(tx, ctx, { action: this.updateAction(existing, updated), entityType: this.resource.name, entityId: id, ...changed });
      return updated;
    });
  }

  async delete(ctx: AppContext, id: unknown): Promise<E> {
    const target = parseTargetId(id, this.resource.name);
    return this.write(ctx, async (tx) => {
      const existing = await this.find(tx, target, true);
      await tx.delete(this.resource.entity, target);
      await recordAudit(tx, ctx, { action: 'DELETE', entityType: this.resource.name, entityId: target, before: { ...existing } });
      return existing;
    });
  }

  /** One write in one transaction; a failure is explained in the domain's words where the feature can. */
  protected async write<T>(ctx: AppContext, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(ctx, work);
    } catch (error) {
      throw await this.explainFailure(ctx, error);
    }
  }

  /** The error to answer for a failed write (the generic translation applies when it is returned as is). */
  protected async explainFailure(_ctx: AppContext, error: unknown): Promise<unknown> {
    return error;
  }

  /** The record, optionally locked for the rest of the transaction; NOT_FOUND when absent. */
  protected async find(tx: EntityManager, id: number, lock = false): Promise<E> {
    const record = await tx.findOne(this.resource.entity, {
      where: { id } as FindOptionsWhere<E>,
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!record) throw new NotFoundError(this.resource.name, id);
    return record;
  }

  /** Values to insert, from the validated input (defaults that depend on other fields go here). */
  protected async prepareCreate(_tx: EntityManager, values: Record<string, unknown>, _ctx: AppContext): Promise<Record<string, unknown>> {
    return values;
  }

  /** Changes to write, from the validated input and the record as it is. */
  protected async prepareUpdate(
    _tx: EntityManager,
    _existing: E,
    values: Record<string, unknown>,
    _ctx: AppContext,
  ): Promise<Record<string, unknown>> {
    return values;
  }

  /** Rules across fields of the record as it will be; throws BadInputError. */
  protected check(_record: Partial<E>): void {}

  /** Records written alongside a new one, in the same transaction. */
  protected async afterCreate(_tx: EntityManager, _record: E, _ctx: AppContext): Promise<void> {}

  /** What else a change sets off, in the same transaction. */
  protected async afterUpdate(_tx: EntityManager, _before: E, _after: E, _ctx: AppContext): Promise<void> {}

  /** The audit action of a change (a role change is its own action, say). */
  protected updateAction(_before: E, _after: E): AuditAction {
    return 'UPDATE';
  }
}
