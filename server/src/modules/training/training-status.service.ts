import type { AppContext } from '../../common/context.js';
import { laDateOf } from '../../common/la-time.js';
import { CurriculumModule } from '../curriculum/curriculum-module.entity.js';
import type { Recruit } from '../recruits/recruit.entity.js';
import type { ReserveLevel } from '../reserves/reserve.enums.js';
import type { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { recruitRecords } from './recruit-records.loader.js';
import { TrainingRecord } from './training-record.entity.js';
import { CPT_LEVELS, cptHours, isCurrent, moduleStanding, requiredFor, type TrainingFactLike } from './training-status.js';
import type { TrainingStatus } from './training-status.types.js';

/** The active curriculum, read once per request whatever the number of trainees on the page. */
export function activeModules(ctx: AppContext): Promise<CurriculumModule[]> {
  return ctx.loaders
    .custom('CurriculumModule#active', async (keys) => {
      const modules = await ctx.db.getRepository(CurriculumModule).find({ where: { active: true }, order: { code: 'ASC' } });
      return keys.map(() => modules);
    })
    .load(0);
}

/** Today in Los Angeles, by the request's clock. */
export const todayOf = (ctx: AppContext) => laDateOf(ctx.clock.now());

/** A trainee's standing with every active module the level requires, and their CPT hours, as of today. */
export function statusOf(ctx: AppContext, level: ReserveLevel, records: readonly (TrainingFactLike & { hours: number })[], modules: readonly CurriculumModule[]): TrainingStatus {
  const day = todayOf(ctx);
  const standings = requiredFor(modules, level).map((module) => {
    const { standing, record } = moduleStanding(records, module, day, ctx.training.expiringWithinDays);
    return { module, status: standing, completedOn: record?.completedOn ?? null, expiresOn: record?.expiresOn ?? null };
  });
  const owesCpt = CPT_LEVELS.has(level);
  const hours = owesCpt ? cptHours(records, day, ctx.scheduling.cptMonths) : null;
  return {
    asOf: day,
    level,
    modules: standings,
    cptHoursLast24Months: hours,
    cptHoursRequired: owesCpt ? ctx.scheduling.cptHours : null,
    compliant: standings.every((s) => isCurrent(s.status)) && (hours === null || hours >= ctx.scheduling.cptHours),
  };
}

/** A reserve's status: their records and the curriculum, each one statement for a whole page of reserves. */
export async function reserveTrainingStatus(ctx: AppContext, reserve: ReserveOfficer): Promise<TrainingStatus> {
  const [modules, records] = await Promise.all([activeModules(ctx), ctx.loaders.manyBy(TrainingRecord, 'reserveId').load(reserve.id)]);
  return statusOf(ctx, reserve.level, records, modules);
}

/** A recruit's status for their target level, from their whole history (records carried over to their reserve included). */
export async function recruitTrainingStatus(ctx: AppContext, recruit: Recruit): Promise<TrainingStatus> {
  const [modules, records] = await Promise.all([activeModules(ctx), recruitRecords(ctx, recruit.id)]);
  return statusOf(ctx, recruit.targetLevel, records, modules);
}
