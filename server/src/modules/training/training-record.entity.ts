import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { LocalDateScalar } from '../../common/local-date.js';
import { RecordBase } from '../../common/record.js';

@ObjectType({ description: 'One completion or attempt of a module, by a recruit or by a reserve', simpleResolvers: true })
@Entity()
export class TrainingRecord extends RecordBase {
  @Field(() => ID)
  @Column('integer')
  moduleId!: number;

  @Field(() => ID, { nullable: true })
  @Column('integer', { nullable: true })
  recruitId!: number | null;

  @Field(() => ID, { nullable: true })
  @Column('integer', { nullable: true })
  reserveId!: number | null;

  @Field(() => LocalDateScalar)
  @Column('date')
  completedOn!: string;

  @Field(() => Float, { nullable: true })
  @Column('numeric', { nullable: true })
  score!: number | null;

  @Field(() => Boolean)
  @Column('boolean')
  passed!: boolean;

  @Field(() => Float)
  @Column('numeric')
  hours!: number;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  instructor!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Follows from the module's recertification interval" })
  @Column('date', { nullable: true })
  expiresOn!: string | null;
}
