import type { AppContext } from '../../common/context.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { recruitRecords } from '../training/recruit-records.loader.js';
import { activeModules, todayOf } from '../training/training-status.service.js';
import type { AcademyClass } from './academy-class.entity.js';
import { byName, modulesForClass, rosterEntry, type RosterEntryProgress } from './academy-roster.js';

/**
 * A class's roster as of today. Batched: a page of classes costs three statements whatever its size
 * (the recruits of every class, the curriculum, the training history of every recruit).
 */
export async function rosterOf(ctx: AppContext, academyClass: AcademyClass): Promise<RosterEntryProgress[]> {
  const [recruits, curriculum] = await Promise.all([ctx.loaders.manyBy(Recruit, 'academyClassId').load(academyClass.id), activeModules(ctx)]);
  const records = await Promise.all(recruits.map((recruit) => recruitRecords(ctx, recruit.id)));
  const modules = modulesForClass(curriculum, academyClass.moduleLevel);
  const day = todayOf(ctx);
  return recruits
    .map((recruit, i) => ({ recruit, records: records[i] }))
    .sort((a, b) => byName(a.recruit, b.recruit))
    .map(({ recruit, records: history }) => rosterEntry(recruit, modules, history, day));
}
