import { DateTimeScalar } from '../../common/date-time.js';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../../common/record.js';
import { AssignmentStatus } from './deployment.enums.js';

@ObjectType({ description: 'A reserve on a deployment', simpleResolvers: true })
@Entity()
export class Assignment extends RecordBase {
  @Field(() => ID)
  @Column('integer')
  deploymentId!: number;

  @Field(() => ID)
  @Column('integer')
  reserveId!: number;

  @Field(() => AssignmentStatus)
  @Column('text')
  status!: AssignmentStatus;

  @Field(() => Float, { nullable: true })
  @Column('numeric', { nullable: true })
  hoursServed!: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  assignedBy!: string | null;

  @Field(() => DateTimeScalar)
  @Column('timestamptz')
  assignedAt!: Date;

  /** Copies of the deployment's times, kept by a trigger, for the no-overlap exclusion constraint. */
  @Column({ type: 'timestamptz', insert: false, update: false })
  startsAt!: Date;

  @Column({ type: 'timestamptz', insert: false, update: false })
  endsAt!: Date;
}
