import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/date-time.js';
import { LocalDateScalar } from '../../common/local-date.js';
import { RecruitSource, RecruitStage } from '../recruits/recruit.enums.js';

@ObjectType({ description: 'One stage of the recruitment funnel, for the recruits who entered the pipeline in the period' })
export class FunnelStage {
  @Field(() => RecruitStage)
  stage!: RecruitStage;

  @Field(() => Int, { description: 'Place in the pipeline: 1 for PROSPECT ... 8 for APPOINTED' })
  position!: number;

  @Field(() => Int, { description: 'Recruits whose history has a move to this stage or a later one in the order' })
  reached!: number;

  @Field(() => Float, { nullable: true, description: 'reached / reached at the previous stage (0 to 1, 4 decimals); null for PROSPECT and after a stage nobody reached' })
  conversionFromPrevious!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median days recruits spent in the stage (each recruit: from the move into it to the next move, summed over visits; a recruit still in it counts up to now). Null when nobody stood in it; always null for APPOINTED',
  })
  medianDaysInStage!: number | null;

  @Field(() => Int, { description: 'How many of these recruits stand at this stage now' })
  inStageNow!: number;

  @Field(() => Int, { description: 'Recruits who withdrew from this stage' })
  withdrawn!: number;

  @Field(() => Int, { description: 'Recruits disqualified at this stage' })
  disqualified!: number;
}

@ObjectType({ description: 'Recruits who left the pipeline from one stage, for one reason' })
export class FunnelExit {
  @Field(() => RecruitStage, { description: 'WITHDRAWN or DISQUALIFIED' })
  exitStage!: RecruitStage;

  @Field(() => RecruitStage, { nullable: true, description: 'The stage they left from; null when entered straight at an exit' })
  fromStage!: RecruitStage | null;

  @Field(() => String, { nullable: true, description: 'The exit reason as recorded' })
  reason!: string | null;

  @Field(() => Int)
  recruits!: number;
}

@ObjectType({ description: 'The recruitment funnel of a cohort: the recruits who entered the pipeline in [from, to) (Los Angeles dates)' })
export class RecruitmentFunnel {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Excluded' })
  to!: string;

  @Field(() => RecruitSource, { nullable: true })
  source!: RecruitSource | null;

  @Field(() => DateTimeScalar, { description: 'The moment time in stage was measured up to, for recruits still in a stage' })
  asOf!: Date;

  @Field(() => Int, { description: 'Recruits in the cohort' })
  recruits!: number;

  @Field(() => [FunnelStage], { description: 'The eight stages in pipeline order' })
  stages!: FunnelStage[];

  @Field(() => [FunnelExit], { description: 'Recruits now at an exit, by the stage they left from (pipeline order), exit and reason' })
  exits!: FunnelExit[];
}

@ObjectType({ description: 'Recruitment in one Los Angeles month (counting only the part of it inside the period)' })
export class RecruitmentMonth {
  @Field(() => LocalDateScalar, { description: 'The first day of the month' })
  month!: string;

  @Field(() => Int, { description: 'Recruits who entered the pipeline (their first history line)' })
  newProspects!: number;

  @Field(() => Int, { description: 'Recruits who first reached APPLICATION (or a later stage)' })
  applications!: number;

  @Field(() => Int, { description: 'Recruits appointed' })
  appointments!: number;
}

@ObjectType({ description: 'Recruitment month by month over [from, to) (Los Angeles dates)' })
export class RecruitmentTrend {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Excluded' })
  to!: string;

  @Field(() => [RecruitmentMonth], { description: 'Every month the period touches, oldest first, zeros included' })
  months!: RecruitmentMonth[];

  @Field(() => Int)
  newProspects!: number;

  @Field(() => Int)
  applications!: number;

  @Field(() => Int)
  appointments!: number;
}
