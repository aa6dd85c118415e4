import { DateTimeScalar } from '../../common/date-time.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../../common/record.js';
import { RecruitStage } from './recruit.enums.js';

@ObjectType({ description: "One move of a recruit through the pipeline; the funnel dashboards read these" })
@Entity()
export class RecruitStageChange extends RecordBase {
  @Field(() => ID)
  @Column('integer')
  recruitId!: number;

  @Field(() => RecruitStage, { nullable: true, description: 'Null for the stage a recruit was entered at' })
  @Column('text', { nullable: true })
  fromStage!: RecruitStage | null;

  @Field(() => RecruitStage)
  @Column('text')
  toStage!: RecruitStage;

  @Field(() => DateTimeScalar)
  @Column('timestamptz')
  changedAt!: Date;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  changedBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note!: string | null;
}
