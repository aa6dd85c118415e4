import type { EntityManager } from 'typeorm';
import { CrudService } from '../../common/crud/crud-service.js';
import { ReserveOfficer } from './reserve-officer.entity.js';
import { reserveOfficerResource } from './reserve-officer.resource.js';
import { DEFAULT_MONTHLY_MINIMUM_HOURS, type ReserveLevel } from './reserve.enums.js';

class ReserveOfficerService extends CrudService<ReserveOfficer> {
  /** The monthly minimum defaults by level when the coordinator does not set one. */
  protected override async prepareCreate(_tx: EntityManager, values: Record<string, unknown>) {
    const level = values.level as ReserveLevel;
    return { monthlyMinimumHours: DEFAULT_MONTHLY_MINIMUM_HOURS[level], ...values };
  }
}

export const reserveOfficerService = new ReserveOfficerService(reserveOfficerResource);
