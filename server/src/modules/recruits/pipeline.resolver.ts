import { Arg, Ctx, Float, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, COORDINATORS } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { daysBetween, laDateOf } from '../../common/la-time.js';
import { LocalDateScalar } from '../../common/local-date.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { ReserveLevel } from '../reserves/reserve.enums.js';
import { appointmentService } from './appointment.service.js';
import { allowedMoves } from './pipeline.js';
import { pipelineService } from './pipeline.service.js';
import { Recruit } from './recruit.entity.js';
import { RecruitStage } from './recruit.enums.js';
import { WrittenTestAttempt } from './written-test-attempt.entity.js';
import { retakeAllowedFrom as firstRetakeDay } from './written-test.rules.js';
import { writtenTestService } from './written-test.service.js';

/** The recruitment pipeline: stage moves, the written test and appointment (coordinators own it; everyone reads). */
@Resolver(() => Recruit)
export class PipelineResolver {
  @Allow(...COORDINATORS)
  @Mutation(() => Recruit, {
    description: 'The next stage in order, or WITHDRAWN / DISQUALIFIED with the reason as note; otherwise BAD_USER_INPUT with extensions.allowedStages',
  })
  moveRecruitToStage(
    @Arg('recruitId', () => ID) recruitId: string,
    @Arg('stage', () => RecruitStage) stage: RecruitStage,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return pipelineService.move(ctx, recruitId, stage, note);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => Recruit, { description: "Fixes a mistaken stage, outside the pipeline's order; the note says why (audited as STAGE_CORRECTION)" })
  correctRecruitStage(
    @Arg('recruitId', () => ID) recruitId: string,
    @Arg('stage', () => RecruitStage) stage: RecruitStage,
    @Arg('note', () => String) note: string,
    @Ctx() ctx: AppContext,
  ) {
    return pipelineService.correct(ctx, recruitId, stage, note);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => WrittenTestAttempt, {
    description: 'Records a written test sitting of a recruit at WRITTEN_TEST; after a failure a retake waits the retake interval (extensions.firstAllowedOn)',
  })
  recordWrittenTest(
    @Arg('recruitId', () => ID) recruitId: string,
    @Arg('takenOn', () => LocalDateScalar) takenOn: string,
    @Arg('score', () => Float) score: number,
    @Ctx() ctx: AppContext,
  ) {
    return writtenTestService.record(ctx, recruitId, takenOn, score);
  }

  @Allow(...COORDINATORS)
  @Mutation(() => ReserveOfficer, {
    description:
      'Appoints a recruit at ACADEMY who passed every module the level requires: creates the reserve, carries the training records over, moves the recruit to APPOINTED. Otherwise BAD_USER_INPUT with extensions.missingModules',
  })
  appointReserve(
    @Arg('recruitId', () => ID) recruitId: string,
    @Arg('badgeNumber', () => String) badgeNumber: string,
    @Arg('level', () => ReserveLevel) level: ReserveLevel,
    @Arg('homeDivisionId', () => ID) homeDivisionId: string,
    @Ctx() ctx: AppContext,
  ) {
    return appointmentService.appoint(ctx, recruitId, badgeNumber, level, homeDivisionId);
  }

  @FieldResolver(() => Int, { description: 'Whole days in the current stage, counted in Los Angeles calendar dates' })
  daysInStage(@Root() recruit: Recruit, @Ctx() ctx: AppContext): number {
    return Math.max(0, daysBetween(laDateOf(recruit.stageChangedAt), laDateOf(ctx.clock.now())));
  }

  @FieldResolver(() => [RecruitStage], { description: 'Where moveRecruitToStage may take the recruit now' })
  allowedStages(@Root() recruit: Recruit): RecruitStage[] {
    return allowedMoves(recruit.stage);
  }

  @FieldResolver(() => [WrittenTestAttempt], { description: 'Written test sittings, oldest first' })
  writtenTests(@Root() recruit: Recruit, @Ctx() ctx: AppContext) {
    return ctx.loaders.manyBy(WrittenTestAttempt, 'recruitId').load(recruit.id);
  }
}

@Resolver(() => WrittenTestAttempt)
export class WrittenTestAttemptResolver {
  @FieldResolver(() => LocalDateScalar, { nullable: true, description: 'The first day of a retake after a failure; null after a pass' })
  retakeAllowedFrom(@Root() attempt: WrittenTestAttempt, @Ctx() ctx: AppContext): string | null {
    return firstRetakeDay(attempt, ctx.recruitment);
  }

  @FieldResolver(() => Recruit)
  recruit(@Root() attempt: WrittenTestAttempt, @Ctx() ctx: AppContext) {
    return ctx.loaders.byId(Recruit).load(attempt.recruitId);
  }
}
