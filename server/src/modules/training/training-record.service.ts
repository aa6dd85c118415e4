import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { BadInputError } from '../../common/errors.js';
import { CurriculumModule } from '../curriculum/curriculum-module.entity.js';
import { TrainingRecord } from './training-record.entity.js';
import { trainingRecordResource } from './training-record.resource.js';
import { expiryOf } from './training-status.js';

class TrainingRecordService extends CrudService<TrainingRecord> {
  protected override async prepareCreate(tx: EntityManager, values: Record<string, unknown>) {
    return { ...values, expiresOn: await this.expiryOf(tx, values as Partial<TrainingRecord>) };
  }

  protected override async prepareUpdate(
    tx: EntityManager,
    existing: TrainingRecord,
    values: Record<string, unknown>,
    _ctx: AppContext,
  ) {
    return { ...values, expiresOn: await this.expiryOf(tx, { ...existing, ...values }) };
  }

  protected override check(record: Partial<TrainingRecord>): void {
    if ((record.recruitId == null) === (record.reserveId == null)) {
      throw new BadInputError('recruitId', 'a training record belongs to exactly one recruit or one reserve');
    }
  }

  /** A passed module with a recertification interval expires that many months after completion. */
  private async expiryOf(tx: EntityManager, record: Partial<TrainingRecord>): Promise<string | null> {
    if (!record.passed || !record.moduleId || !record.completedOn) return null;
    const module = await tx.findOne(CurriculumModule, { where: { id: record.moduleId }, select: { id: true, recertificationMonths: true } });
    if (!module) throw new BadInputError('moduleId', 'moduleId does not name an existing curriculum module');
    return expiryOf(record.completedOn, true, module.recertificationMonths);
  }
}

export const trainingRecordService = new TrainingRecordService(trainingRecordResource);
