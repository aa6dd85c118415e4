import { DateTimeScalar } from '../../common/date-time.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../../common/record.js';
import { DeploymentKind, DeploymentStatus } from './deployment.enums.js';

const MS_PER_HOUR = 3_600_000;

@ObjectType({ description: 'A scheduled visibility patrol or other reserve duty', simpleResolvers: true })
@Entity()
export class Deployment extends RecordBase {
  @Field(() => ID)
  @Column('integer')
  divisionId!: number;

  @Field(() => DeploymentKind)
  @Column('text')
  kind!: DeploymentKind;

  @Field(() => String, { description: 'Where: a location or a description of the area covered' })
  @Column('text')
  location!: string;

  @Field(() => DateTimeScalar)
  @Column('timestamptz')
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  @Column('timestamptz')
  endsAt!: Date;

  @Field(() => Int)
  @Column('integer')
  requiredHeadcount!: number;

  @Field(() => DeploymentStatus)
  @Column('text')
  status!: DeploymentStatus;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  notes!: string | null;

  /** Real elapsed hours: instants are subtracted, so a night across a DST change counts 7 or 9 hours. */
  @Field(() => Float, { description: 'Elapsed hours between start and end (right across daylight-saving changes)' })
  get durationHours(): number {
    return (this.endsAt.getTime() - this.startsAt.getTime()) / MS_PER_HOUR;
  }
}
