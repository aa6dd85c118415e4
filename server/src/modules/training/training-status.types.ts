import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../common/local-date.js';
import { CurriculumModule } from '../curriculum/curriculum-module.entity.js';
import { ReserveLevel } from '../reserves/reserve.enums.js';
import { TrainingStanding } from './training-status.js';

@ObjectType({ description: 'Where a trainee stands today with one module their level requires' })
export class ModuleTrainingStatus {
  @Field(() => CurriculumModule)
  module!: CurriculumModule;

  @Field(() => TrainingStanding)
  status!: TrainingStanding;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The latest pass on or before today; null when MISSING' })
  completedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When that pass expires; null when it never does' })
  expiresOn!: string | null;
}

@ObjectType({ description: "A recruit's (for their target level) or a reserve's (for their level) training, as of today in Los Angeles" })
export class TrainingStatus {
  @Field(() => LocalDateScalar, { description: 'The Los Angeles date the status is computed for' })
  asOf!: string;

  @Field(() => ReserveLevel)
  level!: ReserveLevel;

  @Field(() => [ModuleTrainingStatus], { description: 'Every active module the level requires, by module code' })
  modules!: ModuleTrainingStatus[];

  @Field(() => Float, {
    nullable: true,
    description: 'Passed training hours in the CPT period before today (24 months unless CPT_MONTHS says otherwise); null for levels that owe no CPT',
  })
  cptHoursLast24Months!: number | null;

  @Field(() => Float, { nullable: true, description: 'CPT hours the level requires in that period; null for levels that owe none' })
  cptHoursRequired!: number | null;

  @Field(() => Boolean, { description: 'Every required module CURRENT or EXPIRING, and the CPT hours met where owed' })
  compliant!: boolean;
}

/** One row of `expiringTraining`; its reserve, recruit and module are read with it (look-ahead) or loaded in batches by its resolver. */
@ObjectType({ description: 'A required module of an active reserve or an academy recruit that expires soon (or has expired)', simpleResolvers: true })
export class ExpiringTraining {
  @Field(() => ID, { nullable: true })
  reserveId!: number | null;

  @Field(() => ID, { nullable: true })
  recruitId!: number | null;

  @Field(() => ID)
  moduleId!: number;

  @Field(() => LocalDateScalar, { description: 'The latest pass' })
  completedOn!: string;

  @Field(() => LocalDateScalar)
  expiresOn!: string;

  @Field(() => Int, { description: 'Days from today to the expiry: 0 or less when already expired' })
  daysLeft!: number;

  @Field(() => Boolean, { description: 'Expired on or before today' })
  expired!: boolean;
}
