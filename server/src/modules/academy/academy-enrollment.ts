import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { parseId, parseTargetId } from '../../common/ids.js';
import { inTransaction } from '../../common/transaction.js';
import { changedFields, recordAudit } from '../audit/audit.writer.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { RecruitStage } from '../recruits/recruit.enums.js';
import { AcademyClass, AcademyClassStatus } from './academy-class.entity.js';

/** Classes that take no new recruits. */
const CLOSED: ReadonlySet<AcademyClassStatus> = new Set([AcademyClassStatus.COMPLETED, AcademyClassStatus.CANCELLED]);

/**
 * Issue 5, rule 3: a recruit is enrolled in an academy class only at the ACADEMY stage, and only in a
 * class that exists and is not completed or cancelled. Give the recruit's id (its stage is read) or,
 * for a recruit being created, the stage it will have. Throws BAD_USER_INPUT naming `academyClassId`
 * (NOT_FOUND for an unknown recruit id); answers the class. The recruit service calls it whenever a
 * create or update sets `academyClassId` to a class other than the recruit's current one.
 */
export async function assertMayEnroll(tx: EntityManager, recruit: number | RecruitStage, academyClassId: number): Promise<AcademyClass> {
  const stage = typeof recruit === 'number' ? (await tx.findOne(Recruit, { where: { id: recruit }, select: { id: true, stage: true } }))?.stage : recruit;
  if (stage === undefined) throw new NotFoundError('Recruit', recruit);
  if (stage !== RecruitStage.ACADEMY) {
    throw new BadInputError('academyClassId', `Only a recruit at the ACADEMY stage is enrolled in an academy class; this recruit is at ${stage}`);
  }
  const academyClass = await tx.findOneBy(AcademyClass, { id: academyClassId });
  if (!academyClass) throw new BadInputError('academyClassId', `AcademyClass ${academyClassId} does not exist`);
  if (CLOSED.has(academyClass.status)) {
    throw new BadInputError('academyClassId', `${academyClass.name} is ${academyClass.status.toLowerCase()} and takes no new recruits`);
  }
  return academyClass;
}

async function lockedRecruit(tx: EntityManager, id: number): Promise<Recruit> {
  const recruit = await tx.findOne(Recruit, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!recruit) throw new NotFoundError('Recruit', id);
  return recruit;
}

/** Writes the recruit's class and audits the change, in the caller's transaction. */
async function placeIn(tx: EntityManager, ctx: AppContext, recruit: Recruit, academyClassId: number | null): Promise<Recruit> {
  await tx.update(Recruit, recruit.id, { academyClassId });
  const updated = await lockedRecruit(tx, recruit.id);
  await recordAudit(tx, ctx, { action: 'UPDATE', entityType: 'Recruit', entityId: recruit.id, ...changedFields(recruit, updated) });
  return updated;
}

export const enrollmentService = {
  /** Enrols a recruit at ACADEMY in a class (moving them from the class of an earlier module, if any). */
  async enroll(ctx: AppContext, recruitIdInput: unknown, academyClassIdInput: unknown): Promise<Recruit> {
    const recruitId = parseTargetId(recruitIdInput, 'Recruit');
    const academyClassId = parseId(academyClassIdInput, 'academyClassId');
    return inTransaction(ctx, async (tx) => {
      const recruit = await lockedRecruit(tx, recruitId);
      await assertMayEnroll(tx, recruit.stage, academyClassId);
      return recruit.academyClassId === academyClassId ? recruit : placeIn(tx, ctx, recruit, academyClassId);
    });
  },

  /** Takes a recruit off their class's roster, whatever their stage; their training records stay. */
  async withdraw(ctx: AppContext, recruitIdInput: unknown): Promise<Recruit> {
    const recruitId = parseTargetId(recruitIdInput, 'Recruit');
    return inTransaction(ctx, async (tx) => {
      const recruit = await lockedRecruit(tx, recruitId);
      if (recruit.academyClassId === null) throw new BadInputError('recruitId', `Recruit ${recruitId} is not enrolled in an academy class`);
      return placeIn(tx, ctx, recruit, null);
    });
  },
};
