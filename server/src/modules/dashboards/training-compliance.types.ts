import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../common/local-date.js';
import { ModuleCategory } from '../curriculum/curriculum-module.entity.js';
import { DivisionFigures, ModuleFigures } from './figure-subjects.types.js';

@ObjectType({ description: "Where the active reserves who must hold a module stand with it (each reserve in exactly one of the four counts)" })
export class ModuleCompliance extends ModuleFigures {
  @Field(() => ModuleCategory)
  category!: ModuleCategory;

  @Field(() => Int, { description: 'Active reserves whose level requires the module' })
  reservesRequired!: number;

  @Field(() => Int)
  current!: number;

  @Field(() => Int, { description: 'Still current, but expiring within TRAINING_EXPIRING_DAYS' })
  expiring!: number;

  @Field(() => Int)
  expired!: number;

  @Field(() => Int)
  missing!: number;
}

@ObjectType({ description: 'Training compliance of the active reserves homed in one division' })
export class DivisionCompliance extends DivisionFigures {
  @Field(() => Int)
  activeReserves!: number;

  @Field(() => Int)
  fullyCurrent!: number;

  @Field(() => Float, { nullable: true, description: 'fullyCurrent / activeReserves (0 to 1, 4 decimals); null without active reserves' })
  share!: number | null;
}

@ObjectType({
  description:
    "Training compliance of the ACTIVE reserves on a day. Fully current: every active module the reserve's level requires is CURRENT or EXPIRING, and for levels I and II the CPT hours are met (the definitions of trainingStatus)",
})
export class TrainingCompliance {
  @Field(() => LocalDateScalar)
  asOf!: string;

  @Field(() => ID, { nullable: true, description: 'The division the figures are narrowed to, if any' })
  divisionId!: number | null;

  @Field(() => Int)
  activeReserves!: number;

  @Field(() => Int)
  fullyCurrent!: number;

  @Field(() => Float, { nullable: true, description: 'fullyCurrent / activeReserves (0 to 1, 4 decimals); null without active reserves' })
  share!: number | null;

  @Field(() => Int, { description: 'Active reserves of levels I and II, who owe CPT' })
  owingCpt!: number;

  @Field(() => Int, { description: 'Of those, how many have fewer CPT hours than required in the CPT period before asOf' })
  cptShort!: number;

  @Field(() => [ModuleCompliance], { description: 'Each active module some level requires, by code' })
  modules!: ModuleCompliance[];

  @Field(() => [DivisionCompliance], { description: 'Every division (or the one asked for), by area id, zeros included' })
  divisions!: DivisionCompliance[];
}
