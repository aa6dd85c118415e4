import { DateTimeScalar } from './date-time.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The columns every table has: an integer id and when the row was created and last changed. */
// Decorated so its fields are inherited; no query returns it, so it does not appear in the schema.
@ObjectType()
export abstract class RecordBase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
