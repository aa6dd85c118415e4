import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { crudResolver } from '../../common/crud/crud-resolver.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { AcademyClass } from './academy-class.entity.js';
import { academyClassService } from './academy-class.resource.js';

@Resolver(() => AcademyClass)
export class AcademyClassResolver extends crudResolver(academyClassService) {
  @FieldResolver(() => [Recruit], { description: 'The recruits enrolled in this class' })
  recruits(@Root() academyClass: AcademyClass, @Ctx() ctx: AppContext) {
    return ctx.loaders.manyBy(Recruit, 'academyClassId').load(academyClass.id);
  }
}
