import { DateTimeScalar } from './date-time.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The columns every table has: an integer id and when the row was created and last changed. */
// Decorated so its fields are inherited; no query returns it, so it does not appear in the schema.
// `simpleResolvers`: its fields are read as they are, by graphql's own resolver, without a
// type-graphql wrapper per field (hot on long nested lists). Types that say so (the entities of the
// lists the admin reads most) must not have a field with middleware: `VisibleTo` needs the wrapper,
// as PersonRecord's contact details keep it.
@ObjectType({ simpleResolvers: true })
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
