import { CONTACT_READERS, VisibleTo } from '../../common/access.js';
import { GraphQLLocalDate } from 'graphql-scalars';
import { DateTimeScalar } from '../../common/date-time.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../../common/record.js';
import { ReserveLevel } from '../reserves/reserve.enums.js';
import { RecruitSource, RecruitStage } from './recruit.enums.js';

@ObjectType({ description: 'A candidate for the Reserve Corps, moving through the recruitment pipeline' })
@Entity()
export class Recruit extends RecordBase {
  @Field(() => String)
  @Column('text')
  firstName!: string;

  @Field(() => String)
  @Column('text')
  lastName!: string;

  @VisibleTo(...CONTACT_READERS)
  @Field(() => String, { nullable: true, description: 'Hidden (null) from leadership' })
  @Column('text', { nullable: true })
  email!: string | null;

  @VisibleTo(...CONTACT_READERS)
  @Field(() => String, { nullable: true, description: 'Hidden (null) from leadership' })
  @Column('text', { nullable: true })
  phone!: string | null;

  @VisibleTo(...CONTACT_READERS)
  @Field(() => String, { nullable: true, description: 'Hidden (null) from leadership' })
  @Column('text', { nullable: true })
  address!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
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
