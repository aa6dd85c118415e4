import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTimeScalar } from '../../common/date-time.js';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
}
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

/** What happened; the entity changes are CREATE, UPDATE, DELETE and the recruit stage moves, the rest are account events. */
export type AuditAction =
  | 'CREATE'
  | 'UPDATE'
  | 'DELETE'
  | 'LOGIN_SUCCESS'
  | 'LOGIN_FAILURE'
  | 'LOCKOUT'
  | 'LOGOUT'
  | 'PASSWORD_CHANGE'
  | 'PASSWORD_RESET'
  | 'ROLE_CHANGE'
  | 'UNLOCK'
  /** A recruit's move through the pipeline (moveRecruitToStage, appointReserve). */
  | 'STAGE_CHANGE'
  /** A coordinator's correction of a recruit's stage, outside the pipeline's order. */
  | 'STAGE_CORRECTION';

/** Append-only (a trigger refuses UPDATE and DELETE): every change and every login attempt (CJIS AU-2/3). */
@ObjectType({ description: 'One entry of the append-only audit log' })
@Entity()
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: number;

  @Field(() => DateTimeScalar, { description: 'UTC, to the millisecond' })
  @Column('timestamptz')
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  @Column('integer', { nullable: true })
  actorId!: number | null;

  @Field(() => String, { nullable: true, description: 'The account, or the email tried at a failed login' })
  @Column('text', { nullable: true })
  actorEmail!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  actorRole!: string | null;

  @Field(() => String)
  @Column('text')
  action!: AuditAction;

  @Field(() => String)
  @Column('text')
  entityType!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  entityId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields as they were' })
  @Column('jsonb', { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields as they became' })
  @Column('jsonb', { nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  sourceAddress!: string | null;

  @Field(() => AuditOutcome)
  @Column('text')
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true, description: 'Why an attempt failed (unknown email, wrong password, locked ...)' })
  @Column('text', { nullable: true })
  reason!: string | null;
}
