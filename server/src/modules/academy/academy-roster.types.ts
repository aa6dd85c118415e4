import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../common/local-date.js';
import { CurriculumModule } from '../curriculum/curriculum-module.entity.js';
import { Recruit } from '../recruits/recruit.entity.js';
import { RosterModuleStatus } from './academy-roster.js';

@ObjectType({ description: "A recruit's progress with one module of their class" })
export class RosterModule {
  @Field(() => CurriculumModule)
  module!: CurriculumModule;

  @Field(() => RosterModuleStatus)
  status!: RosterModuleStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The latest pass; a failed attempt after it does not undo it' })
  passedOn!: string | null;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int)
  failedAttempts!: number;

  @Field(() => Float, { nullable: true, description: 'The score of the latest attempt' })
  lastScore!: number | null;
}

@ObjectType({ description: 'One recruit of an academy class with their progress through the modules the class covers' })
export class RosterEntry {
  @Field(() => Recruit)
  recruit!: Recruit;

  @Field(() => [RosterModule])
  modules!: RosterModule[];

  @Field(() => Int)
  completedModules!: number;

  @Field(() => Int)
  requiredModules!: number;

  @Field(() => Int, { description: 'completedModules of requiredModules, rounded down (100 only when all are passed)' })
  percentComplete!: number;
}
