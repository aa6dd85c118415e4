import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ACADEMY, Allow } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { enrollmentService } from './academy-enrollment.js';

/** Academy staff put recruits on a class's roster and take them off it. */
@Resolver()
export class AcademyEnrollmentResolver {
  @Allow(...ACADEMY)
  @Mutation(() => Recruit, {
    description: 'Enrols a recruit at the ACADEMY stage in a class that is not completed or cancelled (moving them from their previous class)',
  })
  enrollRecruit(@Arg('academyClassId', () => ID) academyClassId: string, @Arg('recruitId', () => ID) recruitId: string, @Ctx() ctx: AppContext) {
    return enrollmentService.enroll(ctx, recruitId, academyClassId);
  }

  @Allow(...ACADEMY)
  @Mutation(() => Recruit, { description: "Takes a recruit off their class's roster; their training records stay" })
  withdrawFromClass(@Arg('recruitId', () => ID) recruitId: string, @Ctx() ctx: AppContext) {
    return enrollmentService.withdraw(ctx, recruitId);
  }
}
