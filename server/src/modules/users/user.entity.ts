import { DateTimeScalar } from '../../common/date-time.js';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Role } from '../../common/access.js';
import { RecordBase } from '../../common/record.js';

@ObjectType({ description: 'A staff account' })
@Entity('app_user')
export class User extends RecordBase {
  @Field(() => String, { description: 'Unique, compared without regard to case; stored in lower case' })
  @Column('text')
  email!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => Role)
  @Column('text')
  role!: Role;

  @Field(() => Boolean, { description: 'Deactivated accounts cannot sign in; accounts are never deleted' })
  @Column('boolean')
  active!: boolean;

  /** argon2id; never leaves the server, never written to the audit log. */
  @Column('text')
  passwordHash!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when 5 failed logins in 15 minutes locked the account' })
  @Column('timestamptz', { nullable: true })
  lockedAt!: Date | null;

  @Column('integer')
  failedLoginCount!: number;

  @Column('timestamptz', { nullable: true })
  firstFailedLoginAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column('timestamptz', { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column('timestamptz', { nullable: true })
  passwordChangedAt!: Date | null;
}
