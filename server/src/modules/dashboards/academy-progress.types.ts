import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../common/local-date.js';
import { AcademyClassStatus, ModuleLevel } from '../academy/academy-class.entity.js';
import { RecruitStage } from '../recruits/recruit.enums.js';
import { ModuleFigures } from './figure-subjects.types.js';

@ObjectType({ description: "One module of an academy class: how many of the class's recruits passed it, and their scores" })
export class AcademyModuleProgress extends ModuleFigures {
  @Field(() => Int, { description: 'Recruits who passed it (by asOf)' })
  passed!: number;

  @Field(() => Int, { description: 'Recruits who attempted it at least once' })
  attempted!: number;

  @Field(() => Float, { nullable: true, description: "passed / the class's recruits (0 to 1, 4 decimals); null for a class without recruits" })
  completionRate!: number | null;

  @Field(() => Float, { nullable: true, description: "Average of each recruit's latest score on it (the roster's lastScore), over those who attempted it" })
  averageScore!: number | null;
}

@ObjectType({ description: 'A recruit with fewer modules passed than the time elapsed in the class calls for' })
export class RecruitBehindSchedule {
  @Field(() => ID, { description: 'Links to the recruit' })
  recruitId!: number;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => RecruitStage)
  stage!: RecruitStage;

  @Field(() => Int)
  completedModules!: number;
}

@ObjectType({
  description:
    "An academy class's progress through the modules it covers (as its roster: the active modules required for its level and the levels before it). Behind schedule: completedModules / requiredModules < elapsedShare",
})
export class AcademyClassProgress {
  @Field(() => ID, { description: 'Links to the class and its roster' })
  academyClassId!: number;

  @Field(() => String)
  name!: string;

  @Field(() => ModuleLevel)
  moduleLevel!: ModuleLevel;

  @Field(() => AcademyClassStatus)
  status!: AcademyClassStatus;

  @Field(() => LocalDateScalar)
  startsOn!: string;

  @Field(() => LocalDateScalar)
  endsOn!: string;

  @Field(() => Int, { description: 'Recruits enrolled' })
  recruits!: number;

  @Field(() => Int)
  requiredModules!: number;

  @Field(() => Float, { description: "Share of the class's time elapsed on asOf: (asOf - startsOn) / (endsOn - startsOn) in days, from 0 to 1" })
  elapsedShare!: number;

  @Field(() => Float, { description: 'Modules a recruit on schedule has passed by now: elapsedShare x requiredModules' })
  expectedModules!: number;

  @Field(() => Float, { nullable: true, description: 'Modules passed / (recruits x requiredModules); null without recruits or modules' })
  completionRate!: number | null;

  @Field(() => [AcademyModuleProgress], { description: 'By module code' })
  modules!: AcademyModuleProgress[];

  @Field(() => Int)
  behindCount!: number;

  @Field(() => [RecruitBehindSchedule], { description: 'By last name, first name' })
  behindSchedule!: RecruitBehindSchedule[];
}

@ObjectType({ description: 'Academy classes and how their recruits progress, on a day' })
export class AcademyProgress {
  @Field(() => LocalDateScalar, { description: 'Today in Los Angeles' })
  asOf!: string;

  @Field(() => [AcademyClassProgress], { description: 'The class asked for, or every class not cancelled; latest start first' })
  classes!: AcademyClassProgress[];
}
