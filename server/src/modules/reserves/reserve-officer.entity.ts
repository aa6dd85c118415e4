import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { LocalDateScalar } from '../../common/local-date.js';
import { PersonRecord } from '../../common/person.js';
import { PriorService, ReserveLevel, ReserveStatus } from './reserve.enums.js';

/** Relations (home division, recruit record) are plain id columns here; the resolver loads them in batches. */
@ObjectType({ description: 'A member of the Reserve Corps', simpleResolvers: true })
@Entity()
export class ReserveOfficer extends PersonRecord {
  @Field(() => String)
  @Column('text')
  badgeNumber!: string;

  @Field(() => ReserveLevel)
  @Column('text')
  level!: ReserveLevel;

  @Field(() => ReserveStatus)
  @Column('text')
  status!: ReserveStatus;

  @Field(() => ID)
  @Column('integer')
  homeDivisionId!: number;

  @Field(() => LocalDateScalar)
  @Column('date')
  appointedOn!: string;

  @Field(() => PriorService)
  @Column('text')
  priorService!: PriorService;

  @Field(() => ID, { nullable: true, description: 'The recruit record this reserve was appointed from' })
  @Column('integer', { nullable: true })
  recruitId!: number | null;

  @Field(() => Float, { description: 'Service hours expected each month (defaults by level)' })
  @Column('numeric')
  monthlyMinimumHours!: number;

  /**
   * The secret naming this reserve's calendar feed (not a GraphQL field). Never loaded with the
   * record, so it stays out of answers and audit snapshots; PostgreSQL draws it on insert, and
   * only the calendar service reads or rotates it.
   */
  @Column({ type: 'text', select: false, insert: false, update: false })
  calendarToken?: string;
}
