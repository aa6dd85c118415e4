import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context.js';
import { BadInputError } from '../../common/errors.js';
import { parseTargetId } from '../../common/ids.js';
import { laDateOf } from '../../common/la-time.js';
import { inTransaction } from '../../common/transaction.js';
import { recordAudits } from '../audit/audit.writer.js';
import type { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { reserveOfficerResource } from '../reserves/reserve-officer.resource.js';
import { reserveOfficerService } from '../reserves/reserve-officer.service.js';
import { PriorService, ReserveStatus, type ReserveLevel } from '../reserves/reserve.enums.js';
import { moduleStanding, TrainingStanding, type TrainingFactLike } from '../training/training-status.js';
import { RecruitStage } from './recruit.enums.js';
import { changeStage, lockRecruit } from './stage-change.js';

/** A module the level requires that the recruit has not passed, or whose latest pass has expired. */
export interface MissingModule {
  id: string;
  code: string;
  title: string;
  reason: 'MISSING' | 'EXPIRED';
  expiredOn: string | null;
}

/**
 * Every active module the level requires that the recruit has no current pass of on the day, by
 * the one definition of "current" that eligibility and trainingStatus use (training-status.ts).
 */
async function missingModules(tx: EntityManager, recruitId: number, level: ReserveLevel, day: string): Promise<MissingModule[]> {
  const modules = (await tx.query(
    `SELECT id, code, title FROM curriculum_module WHERE active AND required_for_levels @> ARRAY[$1]::text[] ORDER BY code`,
    [level],
  )) as { id: number; code: string; title: string }[];
  const records = (await tx.query(
    `SELECT module_id AS "moduleId", completed_on AS "completedOn", expires_on AS "expiresOn", passed FROM training_record WHERE recruit_id = $1`,
    [recruitId],
  )) as TrainingFactLike[];
  return modules.flatMap(({ id, code, title }): MissingModule[] => {
    const { standing, record } = moduleStanding(records, { id }, day, 0);
    if (standing === TrainingStanding.MISSING) return [{ id: String(id), code, title, reason: 'MISSING', expiredOn: null }];
    if (standing === TrainingStanding.EXPIRED) return [{ id: String(id), code, title, reason: 'EXPIRED', expiredOn: record?.expiresOn ?? null }];
    return [];
  });
}

/**
 * The recruit's training records become the reserve's (the CHECK allows exactly one trainee, and
 * the history should follow the person); `reserve.recruitId` keeps the link back. Each move is audited.
 */
async function carryTrainingOver(tx: EntityManager, ctx: AppContext, recruitId: number, reserveId: number): Promise<void> {
  const [moved] = (await tx.query(
    `UPDATE training_record SET reserve_id = $1, recruit_id = NULL, updated_at = now() WHERE recruit_id = $2 RETURNING id`,
    [reserveId, recruitId],
  )) as [{ id: number }[], number];
  await recordAudits(
    tx,
    ctx,
    moved.map(({ id }) => ({
      action: 'UPDATE' as const,
      entityType: 'TrainingRecord',
      entityId: id,
      before: { recruitId, reserveId: null },
      after: { recruitId: null, reserveId },
    })),
  );
}

const fields = reserveOfficerResource.fields;

class AppointmentService {
  /**
   * Appoints a recruit at ACADEMY who passed every active module the level requires: creates the
   * reserve (ACTIVE, appointed today in Los Angeles, an academy graduate, contact details from the
   * recruit, the level's monthly minimum), carries the training records over and moves the recruit
   * to APPOINTED, in one transaction. Otherwise BAD_USER_INPUT with extensions.missingModules.
   */
  async appoint(ctx: AppContext, recruitId: unknown, badgeNumberInput: unknown, levelInput: unknown, homeDivisionIdInput: unknown): Promise<ReserveOfficer> {
    const id = parseTargetId(recruitId, 'Recruit');
    const badgeNumber = fields.badgeNumber.parse(badgeNumberInput, 'badgeNumber') as string;
    const level = fields.level.parse(levelInput, 'level') as ReserveLevel;
    const homeDivisionId = fields.homeDivisionId.parse(homeDivisionIdInput, 'homeDivisionId') as number;
    return inTransaction(ctx, async (tx) => {
      const recruit = await lockRecruit(tx, id);
      if (recruit.stage !== RecruitStage.ACADEMY) {
        throw new BadInputError('recruitId', `Only a recruit at ACADEMY can be appointed; this one is at ${recruit.stage}`);
      }
      const today = laDateOf(ctx.clock.now());
      const missing = await missingModules(tx, id, level, today);
      if (missing.length) {
        const list = missing.map((m) => `${m.code} ${m.title}${m.reason === 'EXPIRED' ? ` (expired ${m.expiredOn})` : ''}`).join('; ');
        throw new BadInputError('level', `The recruit has not passed every module ${level} requires: ${list}`, { missingModules: missing });
      }
      const reserve = await reserveOfficerService.createIn(tx, ctx, {
        badgeNumber,
        firstName: recruit.firstName,
        lastName: recruit.lastName,
        email: recruit.email,
        phone: recruit.phone,
        address: recruit.address,
        level,
        status: ReserveStatus.ACTIVE,
        homeDivisionId,
        appointedOn: today,
        priorService: PriorService.ACADEMY_GRADUATE,
        recruitId: id,
      });
      await carryTrainingOver(tx, ctx, id, reserve.id);
      await changeStage(tx, ctx, recruit, { to: RecruitStage.APPOINTED, note: `Appointed as reserve ${badgeNumber}`, action: 'STAGE_CHANGE' });
      return reserve;
    });
  }
}

export const appointmentService = new AppointmentService();
