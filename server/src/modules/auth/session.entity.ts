import { Column, Entity } from 'typeorm';
import { RecordBase } from '../../common/record.js';

/** A server-side login session; only a hash of its token is stored. Not exposed in the API. */
@Entity('user_session')
export class UserSession extends RecordBase {
  @Column('integer')
  userId!: number;

  @Column('text')
  tokenHash!: string;

  @Column('timestamptz')
  lastSeenAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  endedAt!: Date | null;

  @Column('text', { nullable: true })
  sourceAddress!: string | null;
}
