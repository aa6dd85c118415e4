import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context.js';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { decimal, localDate, optional, reference, text } from '../../common/fields.js';
import { laDateOf } from '../../common/la-time.js';
import { inTransaction } from '../../common/transaction.js';
import { recordAudit } from '../audit/audit.writer.js';
import { CurriculumModule } from '../curriculum/curriculum-module.entity.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { TrainingRecord } from './training-record.entity.js';
import { expiryOf } from './training-status.js';

/** What academy staff write down after a session: who, which module, when, the score, and optionally hours and instructor. */
export interface RecordTrainingInput {
  moduleId: unknown;
  recruitId?: unknown;
  reserveId?: unknown;
  completedOn: unknown;
  score: unknown;
  hours?: unknown;
  instructor?: unknown;
}

const FIELDS = {
  moduleId: reference(),
  trainee: reference(),
  completedOn: localDate(),
  score: decimal({ min: 0, max: 100 }),
  hours: optional(decimal({ min: 0, max: 1000 })),
  instructor: optional(text({ max: 120 })),
};

const given = (value: unknown) => value !== undefined && value !== null;

/** Exactly one trainee: a recruit or a reserve, which must exist. */
async function traineeOf(tx: EntityManager, input: RecordTrainingInput): Promise<{ recruitId: number | null; reserveId: number | null }> {
  if (given(input.recruitId) === given(input.reserveId)) {
    throw new BadInputError('recruitId', 'name exactly one trainee: a recruitId or a reserveId');
  }
  if (given(input.recruitId)) {
    const recruitId = FIELDS.trainee.parse(input.recruitId, 'recruitId');
    if (!(await tx.exists(Recruit, { where: { id: recruitId } }))) throw new BadInputError('recruitId', `Recruit ${recruitId} does not exist`);
    return { recruitId, reserveId: null };
  }
  const reserveId = FIELDS.trainee.parse(input.reserveId, 'reserveId');
  if (!(await tx.exists(ReserveOfficer, { where: { id: reserveId } }))) throw new BadInputError('reserveId', `ReserveOfficer ${reserveId} does not exist`);
  return { recruitId: null, reserveId };
}

/** The module, which must exist and be active: retired modules keep their history but take no new records. */
async function activeModule(tx: EntityManager, moduleIdInput: unknown): Promise<CurriculumModule> {
  const moduleId = FIELDS.moduleId.parse(moduleIdInput, 'moduleId');
  const module = await tx.findOneBy(CurriculumModule, { id: moduleId });
  if (!module) throw new BadInputError('moduleId', `CurriculumModule ${moduleId} does not exist`);
  if (!module.active) {
    throw new BadInputError('moduleId', `${module.title} (${module.code}) is retired; new completions are not recorded against it`);
  }
  return module;
}

export const recordTrainingService = {
  /**
   * Issue 5, rule 4: one completion or attempt. Passed when the score reaches the module's passing
   * score; hours default to the module's; a pass expires after the module's recertification interval.
   * A completion cannot be dated after today (Los Angeles, by the request's clock). Audited.
   */
  async record(ctx: AppContext, input: RecordTrainingInput): Promise<TrainingRecord> {
    const completedOn = FIELDS.completedOn.parse(input.completedOn, 'completedOn');
    const score = FIELDS.score.parse(input.score, 'score');
    const hours = given(input.hours) ? FIELDS.hours.parse(input.hours, 'hours') : null;
    const instructor = given(input.instructor) ? FIELDS.instructor.parse(input.instructor, 'instructor') : null;
    const today = laDateOf(ctx.clock.now());
    if (completedOn > today) throw new BadInputError('completedOn', `completedOn must not be after today (${today})`);

    return inTransaction(ctx, async (tx) => {
      const module = await activeModule(tx, input.moduleId);
      const trainee = await traineeOf(tx, input);
      const passed = score >= module.passingScore;
      const values = {
        moduleId: module.id,
        ...trainee,
        completedOn,
        score,
        passed,
        hours: hours ?? module.hours,
        instructor,
        expiresOn: expiryOf(completedOn, passed, module.recertificationMonths),
      };
      const { id } = await tx.save(tx.create(TrainingRecord, values));
      const record = await tx.findOneBy(TrainingRecord, { id });
      if (!record) throw new NotFoundError('TrainingRecord', id);
      await recordAudit(tx, ctx, { action: 'CREATE', entityType: 'TrainingRecord', entityId: id, after: { ...record } });
      return record;
    });
  },
};
