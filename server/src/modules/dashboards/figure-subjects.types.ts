import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Bureau } from '../divisions/division.entity.js';

/**
 * Which division a row of dashboard figures is about. Only a base for those rows' own types (no
 * query answers it, so the schema does not list it).
 */
@ObjectType()
export abstract class DivisionFigures {
  @Field(() => ID, { description: 'Links to the division (allDeployments filter divisionId, allReserveOfficers filter homeDivisionId)' })
  divisionId!: number;

  @Field(() => Int)
  areaId!: number;

  @Field(() => String)
  name!: string;

  @Field(() => Bureau)
  bureau!: Bureau;
}

/** Which curriculum module a row of dashboard figures is about; a base, as DivisionFigures. */
@ObjectType()
export abstract class ModuleFigures {
  @Field(() => ID)
  moduleId!: number;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;
}
