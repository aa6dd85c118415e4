import type { EntityManager } from 'typeorm';
import { currentUser } from '../../../common/access.js';
import type { AppContext } from '../../../common/context.js';
import { postgresErrorOf } from '../../../common/database-errors.js';
import { BadInputError } from '../../../common/errors.js';
import { parseId } from '../../../common/ids.js';
import { inTransaction } from '../../../common/transaction.js';
import { recordAudit } from '../../audit/audit.writer.js';
import type { Assignment } from '../../deployments/assignment.entity.js';
import { ReserveLevel } from '../../reserves/reserve.enums.js';
import { assignmentService } from '../assignment.service.js';
import { IneligibilityCode, type IneligibilityReason } from '../eligibility.types.js';
import { loadPlanInput } from './autofill.load.js';
import type { AutoFillProposal, AutoFillResult, ProposedAssignmentInput, RejectedAssignment } from './autofill.types.js';
import { planAutoFill } from './planner.js';

const DAY_MS = 86_400_000;
/** The longest period one proposal covers. */
export const MAX_WINDOW_DAYS = 31;
/** The most assignments one apply takes (a month of the whole city is well under it). */
export const MAX_APPLY = 5_000;

/** What PostgreSQL itself refused for one item, in the rules' words. */
function refusalOf(error: unknown): IneligibilityReason | null {
  switch (postgresErrorOf(error)?.code) {
    case '23P01':
      return { code: IneligibilityCode.OVERLAP, message: 'The reserve already has an active assignment that overlaps this time' };
    case '23505':
      return { code: IneligibilityCode.ALREADY_ASSIGNED, message: 'Already assigned to this deployment' };
    default:
      return null;
  }
}

/** Locks the named rows in id order (deployments before reserves, as assign does); BAD_USER_INPUT names the first missing. */
async function lockRows<T extends { id: number }>(tx: EntityManager, sql: string, ids: readonly number[], typeName: string): Promise<Map<number, T>> {
  const wanted = [...new Set(ids)].sort((a, b) => a - b);
  const rows = (await tx.query(sql, [wanted])) as T[];
  const found = new Map(rows.map((row) => [row.id, row]));
  const missing = wanted.find((id) => !found.has(id));
  if (missing !== undefined) throw new BadInputError('assignments', `${typeName} ${missing} was not found`);
  return found;
}

export const autoFillService = {
  /**
   * Proposes reserves for the open places of the DRAFT and PUBLISHED deployments starting in
   * [from, to) that have not started yet; writes nothing. Reads one consistent snapshot.
   */
  async propose(ctx: AppContext, from: Date, to: Date, divisionIdInputs: readonly unknown[] | null | undefined): Promise<AutoFillProposal> {
    if (to.getTime() <= from.getTime()) throw new BadInputError('to', 'to must be after from');
    if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS) throw new BadInputError('to', `a proposal covers at most ${MAX_WINDOW_DAYS} days`);
    const divisionIds = divisionIdInputs ? [...new Set(divisionIdInputs.map((id) => parseId(id, 'divisionIds')))] : null;
    const input = await ctx.db.transaction('REPEATABLE READ', async (tx) => {
      if (divisionIds) {
        const known = new Set(((await tx.query(`SELECT id FROM division WHERE id = ANY($1)`, [divisionIds])) as { id: number }[]).map((row) => row.id));
        const unknown = divisionIds.find((id) => !known.has(id));
        if (unknown !== undefined) throw new BadInputError('divisionIds', `Division ${unknown} was not found`);
      }
      return loadPlanInput(tx, { from, to }, divisionIds, ctx.clock.now(), ctx.scheduling);
    });
    // Planned after the snapshot is read, so no connection waits on the computation.
    return planAutoFill(input);
  },

  /**
   * Applies a proposal (as proposed or edited) in one transaction. Each item goes through the same
   * check-and-insert as assignReserve, under the same locks, inside a savepoint: an item that no
   * longer fits is rolled back alone and answered in `rejected` with its reasons; the rest apply.
   */
  async apply(ctx: AppContext, items: readonly ProposedAssignmentInput[]): Promise<AutoFillResult> {
    currentUser(ctx);
    if (items.length > MAX_APPLY) throw new BadInputError('assignments', `at most ${MAX_APPLY} assignments at a time`);
    const wanted = items.map((item) => ({ deploymentId: parseId(item.deploymentId, 'deploymentId'), reserveId: parseId(item.reserveId, 'reserveId') }));
    if (wanted.length === 0) return { applied: [], rejected: [] };
    return inTransaction(ctx, async (tx) => {
      await lockRows(tx, `SELECT id FROM deployment WHERE id = ANY($1) ORDER BY id FOR UPDATE`, wanted.map((item) => item.deploymentId), 'Deployment');
      const reserves = await lockRows<{ id: number; level: ReserveLevel }>(
        tx,
        `SELECT id, level FROM reserve_officer WHERE id = ANY($1) ORDER BY id FOR UPDATE`,
        wanted.map((item) => item.reserveId),
        'ReserveOfficer',
      );
      // Level I reserves first, so a Level II finds the Level I of its patrol already there.
      const isLevelI = (item: { reserveId: number }) => Number(reserves.get(item.reserveId)?.level === ReserveLevel.LEVEL_I);
      const ordered = [...wanted].sort((a, b) => isLevelI(b) - isLevelI(a));
      const applied: Assignment[] = [];
      const rejected: RejectedAssignment[] = [];
      for (const item of ordered) {
        await tx.query('SAVEPOINT auto_fill_item');
        try {
          const outcome = await assignmentService.assignIn(tx, ctx, item.deploymentId, item.reserveId);
          if ('assignment' in outcome) {
            await tx.query('RELEASE SAVEPOINT auto_fill_item');
            applied.push(outcome.assignment);
            continue;
          }
          await tx.query('ROLLBACK TO SAVEPOINT auto_fill_item');
          rejected.push({ ...item, reasons: outcome.reasons });
        } catch (error) {
          const refusal = refusalOf(error);
          if (!refusal) throw error;
          await tx.query('ROLLBACK TO SAVEPOINT auto_fill_item');
          rejected.push({ ...item, reasons: [refusal] });
        }
      }
      await recordAudit(tx, ctx, {
        action: 'CREATE',
        entityType: 'AutoFill',
        after: { proposed: wanted.length, applied: applied.length, rejected: rejected.length },
      });
      return { applied, rejected };
    });
  },
};
