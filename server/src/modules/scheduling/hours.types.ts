import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A reserve's completed service hours over a period (Los Angeles dates, inclusive)" })
export class ReserveHours {
  @Field(() => ID)
  reserveId!: number;

  @Field(() => GraphQLLocalDate)
  from!: string;

  @Field(() => GraphQLLocalDate)
  to!: string;

  @Field(() => Float)
  hours!: number;

  @Field(() => Int)
  completedAssignments!: number;
}
