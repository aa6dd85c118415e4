import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../common/local-date.js';
import { ReserveLevel, ReserveStatus } from '../reserves/reserve.enums.js';

@ObjectType({ description: "One reserve's service in the period (no contact details)" })
export class ReserveServiceHours {
  @Field(() => ID, { description: 'Links to the reserve' })
  reserveId!: number;

  @Field(() => String)
  badgeNumber!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => ReserveLevel)
  level!: ReserveLevel;

  @Field(() => ReserveStatus)
  status!: ReserveStatus;

  @Field(() => ID, { description: 'Home division' })
  divisionId!: number;

  @Field(() => String)
  divisionName!: string;

  @Field(() => Float, { description: 'Completed hours: recorded, else the duty’s real length' })
  hours!: number;

  @Field(() => Int)
  completedAssignments!: number;

  @Field(() => Float)
  monthlyMinimumHours!: number;

  @Field(() => Int, { description: 'Whole months of the period in which the reserve owed the minimum (see ReserveUtilization.months)' })
  monthsOwed!: number;

  @Field(() => Int, { description: 'Of those, months in which the minimum was met' })
  monthsMet!: number;
}

@ObjectType({ description: 'One whole Los Angeles month of the period' })
export class UtilizationMonth {
  @Field(() => LocalDateScalar, { description: 'The first day of the month' })
  month!: string;

  @Field(() => Float, { description: 'Completed hours of every reserve in the month' })
  hours!: number;

  @Field(() => Int, { description: 'Reserves who owed the monthly minimum: ACTIVE, a minimum above 0, appointed by the first of the month' })
  reservesOwing!: number;

  @Field(() => Int)
  meetingMinimum!: number;

  @Field(() => Float, { nullable: true, description: 'meetingMinimum / reservesOwing (0 to 1, 4 decimals)' })
  share!: number | null;
}

@ObjectType({ description: 'Service of a group of reserves (a level or a home division)' })
export class UtilizationGroup {
  @Field(() => ReserveLevel, { nullable: true, description: 'Set in `levels`' })
  level!: ReserveLevel | null;

  @Field(() => ID, { nullable: true, description: 'Set in `divisions`: links to the division and its reserves' })
  divisionId!: number | null;

  @Field(() => String, { nullable: true, description: 'The division’s name, in `divisions`' })
  divisionName!: string | null;

  @Field(() => Int, { description: 'Reserves counted: ACTIVE ones, and any other who served in the period' })
  reserves!: number;

  @Field(() => Float)
  hours!: number;

  @Field(() => Float, { nullable: true, description: 'hours / reserves' })
  averageHours!: number | null;

  @Field(() => Int, { description: 'Reserve-months owing the minimum' })
  monthsOwed!: number;

  @Field(() => Int)
  monthsMet!: number;

  @Field(() => Float, { nullable: true, description: 'monthsMet / monthsOwed (0 to 1, 4 decimals): the share meeting the monthly minimum' })
  share!: number | null;
}

@ObjectType({ description: 'Who served how many hours in [from, to) (Los Angeles dates), and what the volunteered hours are worth' })
export class ReserveUtilization {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Excluded' })
  to!: string;

  @Field(() => Float, { description: 'Completed hours of every reserve (duties that started in the period)' })
  hours!: number;

  @Field(() => Int)
  completedAssignments!: number;

  @Field(() => Float, { description: 'Dollars an hour: the hourValue asked for, else VOLUNTEER_HOUR_VALUE (46.55)' })
  hourValue!: number;

  @Field(() => Float, { description: 'hours x hourValue, in dollars (to the cent)' })
  value!: number;

  @Field(() => Int, { description: 'Reserve-months owing the minimum, over the whole months of the period' })
  monthsOwed!: number;

  @Field(() => Int)
  monthsMet!: number;

  @Field(() => Float, { nullable: true, description: 'monthsMet / monthsOwed (0 to 1, 4 decimals)' })
  share!: number | null;

  @Field(() => [UtilizationMonth], { description: 'The calendar months wholly inside the period (none when it holds no whole month)' })
  months!: UtilizationMonth[];

  @Field(() => [UtilizationGroup], { description: 'The four levels' })
  levels!: UtilizationGroup[];

  @Field(() => [UtilizationGroup], { description: 'Every division, by area id, by the reserves homed there' })
  divisions!: UtilizationGroup[];

  @Field(() => [ReserveServiceHours], { description: 'ACTIVE reserves and any other who served in the period, most hours first' })
  reserves!: ReserveServiceHours[];
}
