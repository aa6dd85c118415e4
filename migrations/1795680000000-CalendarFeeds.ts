import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feeds: each reserve gets an unguessable token (256 random bits, as 64 hex digits) that
 * names their iCalendar feed, `/calendar/<token>.ics`. Existing reserves get one from the default.
 */
export class CalendarFeeds1795680000000 implements MigrationInterface {
  name = 'CalendarFeeds1795680000000';

  async up(db: QueryRunner): Promise<void> {
    // gen_random_bytes draws from the server's cryptographically strong random source.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await db.query(`ALTER TABLE reserve_officer
      ADD COLUMN calendar_token text NOT NULL DEFAULT encode(gen_random_bytes(32), 'hex')
        CONSTRAINT reserve_officer_calendar_token_key UNIQUE
        CONSTRAINT reserve_officer_calendar_token_check CHECK (calendar_token ~ '^[0-9a-f]{64}$')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE reserve_officer DROP COLUMN calendar_token`);
    // pgcrypto stays: other objects may use it, and it holds no data.
  }
}
