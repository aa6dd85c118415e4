import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { crudResolver } from '../../common/crud/crud-resolver.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { AcademyClass } from './academy-class.entity.js';
import { academyClassService } from './academy-class.resource.js';
import { rosterOf } from './academy-roster.service.js';
import { RosterEntry } from './academy-roster.types.js';

@Resolver(() => AcademyClass)
export class AcademyClassResolver extends crudResolver(academyClassService) {
  @FieldResolver(() => [Recruit], { description: 'The recruits enrolled in this class' })
  recruits(@Root() academyClass: AcademyClass, @Ctx() ctx: AppContext) {
    return ctx.loaders.manyBy(Recruit, 'academyClassId').load(academyClass.id);
  }

  @FieldResolver(() => [RosterEntry], {
    description:
      'Each enrolled recruit, by name, with their progress through the active modules the class covers: those required for its level and the levels before it (Module III: Level III; Module II: Levels III and II; Module I: all three)',
  })
  roster(@Root() academyClass: AcademyClass, @Ctx() ctx: AppContext): Promise<RosterEntry[]> {
    return rosterOf(ctx, academyClass);
  }
}
