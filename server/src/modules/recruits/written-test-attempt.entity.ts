import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { LocalDateScalar } from '../../common/local-date.js';
import { RecordBase } from '../../common/record.js';

@ObjectType({ description: "One sitting of the written test by a recruit; a failed one allows a retake only after a wait" })
@Entity()
export class WrittenTestAttempt extends RecordBase {
  @Field(() => ID)
  @Column('integer')
  recruitId!: number;

  @Field(() => LocalDateScalar)
  @Column('date')
  takenOn!: string;

  @Field(() => Float, { description: '0-100' })
  @Column('numeric')
  score!: number;

  @Field(() => Boolean, { description: 'The score reached the passing score in force when it was recorded' })
  @Column('boolean')
  passed!: boolean;

  @Field(() => String, { nullable: true, description: 'The staff member who recorded it' })
  @Column('text', { nullable: true })
  recordedBy!: string | null;
}
