import { DateTimeScalar } from '../../common/date-time.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { LocalDateScalar } from '../../common/local-date.js';
import { PersonRecord } from '../../common/person.js';
import { ReserveLevel } from '../reserves/reserve.enums.js';
import { RecruitSource, RecruitStage } from './recruit.enums.js';

@ObjectType({ description: 'A candidate for the Reserve Corps, moving through the recruitment pipeline' })
@Entity()
export class Recruit extends PersonRecord {
  @Field(() => LocalDateScalar, { nullable: true })
  @Column('date', { nullable: true })
  dateOfBirth!: string | null;

  @Field(() => ReserveLevel)
  @Column('text')
  targetLevel!: ReserveLevel;

  @Field(() => RecruitSource)
  @Column('text')
  source!: RecruitSource;

  @Field(() => ID, { nullable: true })
  @Column('integer', { nullable: true })
  preferredDivisionId!: number | null;

  @Field(() => RecruitStage)
  @Column('text')
  stage!: RecruitStage;

  @Field(() => DateTimeScalar, { description: 'When the recruit entered the current stage' })
  @Column('timestamptz')
  stageChangedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why the recruit withdrew or was disqualified' })
  @Column('text', { nullable: true })
  exitReason!: string | null;

  @Field(() => ID, { nullable: true })
  @Column('integer', { nullable: true })
  academyClassId!: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  notes!: string | null;
}
