import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/date-time.js';
import { LocalDateScalar } from '../../common/local-date.js';
import { DivisionFigures } from './figure-subjects.types.js';

@ObjectType({ description: 'A Los Angeles week, Monday 00:00 to the next Monday 00:00' })
export class CoverageWeekBounds {
  @Field(() => LocalDateScalar, { description: 'The Monday' })
  week!: string;

  @Field(() => DateTimeScalar)
  startsAt!: string;

  @Field(() => DateTimeScalar)
  endsAt!: string;

  @Field(() => Float, { description: 'Real hours in the week: 168, or 167 / 169 in the weeks the clocks change' })
  hours!: number;
}

@ObjectType({ description: "One division's visibility patrols in one week (patrols counted in the week they start)" })
export class CoverageCell {
  @Field(() => LocalDateScalar, { description: 'The Monday' })
  week!: string;

  @Field(() => Int, { description: 'Visibility patrols not cancelled (drafts included)' })
  patrols!: number;

  @Field(() => Float, { description: 'Their real elapsed hours (a patrol across a daylight-saving change counts 7 or 9 hours for 8 on the clock)' })
  scheduledHours!: number;

  @Field(() => Float, { description: "Reserve-hours served on them: completed assignments' recorded hours, else the patrol's real length" })
  servedHours!: number;

  @Field(() => Float, { description: "The division's weekly target" })
  targetHours!: number;

  @Field(() => Int, { description: 'Places the patrols need (sum of required headcounts)' })
  requiredHeadcount!: number;

  @Field(() => Int, { description: 'Assignments not declined or cancelled on them' })
  activeAssignments!: number;

  @Field(() => Float, { nullable: true, description: 'activeAssignments / requiredHeadcount (4 decimals; above 1 when over-staffed); null without patrols' })
  fillRate!: number | null;

  @Field(() => Float, { description: 'targetHours - scheduledHours, at least 0' })
  gapHours!: number;
}

@ObjectType({ description: "A division's coverage week by week against its weekly target" })
export class DivisionCoverageRow extends DivisionFigures {
  @Field(() => Float)
  weeklyTargetHours!: number;

  @Field(() => Float)
  scheduledHours!: number;

  @Field(() => Float)
  servedHours!: number;

  @Field(() => Float, { description: 'Sum of the weekly gaps' })
  gapHours!: number;

  @Field(() => Int, { description: 'Weeks with fewer scheduled hours than the target' })
  weeksBelowTarget!: number;

  @Field(() => [CoverageCell], { description: 'One cell per week of `DivisionCoverage.weeks`, in the same order' })
  weeks!: CoverageCell[];
}

@ObjectType({ description: 'Visibility-patrol coverage per division and Los Angeles week, for a heat map of divisions x weeks' })
export class DivisionCoverage {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Excluded' })
  to!: string;

  @Field(() => [CoverageWeekBounds], { description: 'The weeks (Monday to Sunday) that overlap [from, to), whole' })
  weeks!: CoverageWeekBounds[];

  @Field(() => [DivisionCoverageRow], { description: 'Every division, by area id, patrols or not' })
  divisions!: DivisionCoverageRow[];

  @Field(() => Float)
  scheduledHours!: number;

  @Field(() => Float)
  servedHours!: number;

  @Field(() => Float)
  targetHours!: number;

  @Field(() => Float)
  gapHours!: number;

  @Field(() => Float, { nullable: true, description: 'activeAssignments / requiredHeadcount over every patrol of the period' })
  fillRate!: number | null;
}
