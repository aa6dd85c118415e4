import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../common/local-date.js';

@ObjectType({ description: "A reserve's completed service hours over a period (Los Angeles dates, inclusive)" })
export class ReserveHours {
  @Field(() => ID)
  reserveId!: number;

  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar)
  to!: string;

  @Field(() => Float)
  hours!: number;

  @Field(() => Int)
  completedAssignments!: number;
}
