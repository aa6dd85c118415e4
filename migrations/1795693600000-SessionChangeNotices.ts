import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel the application LISTENs on (SESSION_CHANGES in `modules/auth/session-cache.ts`). */
const CHANNEL = `'session_change'`;

/**
 * Every change that can end a session's right to be served, told to every replica (issue 8): each
 * replica keeps the sessions it served in memory (`session-cache.ts`) and forgets one when told,
 * whatever wrote the change (the API, a script, a DBA). The notice is sent at commit, never for a
 * change rolled back. Payloads: `session:<id>`, `user:<id>`, `all`. Writing `last_seen_at`, the
 * once-a-minute touch, sends nothing.
 */
export class SessionChangeNotices1795693600000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM pg_notify(${CHANNEL}, 'all');
        ELSIF TG_TABLE_NAME = 'user_session' THEN
          PERFORM pg_notify(${CHANNEL}, 'session:' || OLD.id);
        ELSE
          PERFORM pg_notify(${CHANNEL}, 'user:' || OLD.id);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER user_session_changed AFTER UPDATE ON user_session FOR EACH ROW
      WHEN (OLD.ended_at IS DISTINCT FROM NEW.ended_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at
            OR OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.token_hash IS DISTINCT FROM NEW.token_hash)
      EXECUTE FUNCTION notify_session_change()`);
    await db.query(`CREATE TRIGGER user_session_deleted AFTER DELETE ON user_session FOR EACH ROW EXECUTE FUNCTION notify_session_change()`);
    await db.query(`CREATE TRIGGER user_session_truncated AFTER TRUNCATE ON user_session FOR EACH STATEMENT EXECUTE FUNCTION notify_session_change()`);
    await db.query(`CREATE TRIGGER app_user_session_fields_changed AFTER UPDATE ON app_user FOR EACH ROW
      WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.active IS DISTINCT FROM NEW.active OR OLD.locked_at IS DISTINCT FROM NEW.locked_at
            OR OLD.email IS DISTINCT FROM NEW.email OR OLD.name IS DISTINCT FROM NEW.name)
      EXECUTE FUNCTION notify_session_change()`);
    await db.query(`CREATE TRIGGER app_user_deleted AFTER DELETE ON app_user FOR EACH ROW EXECUTE FUNCTION notify_session_change()`);
    await db.query(`CREATE TRIGGER app_user_truncated AFTER TRUNCATE ON app_user FOR EACH STATEMENT EXECUTE FUNCTION notify_session_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const trigger of ['user_session_changed', 'user_session_deleted', 'user_session_truncated']) await db.query(`DROP TRIGGER ${trigger} ON user_session`);
    for (const trigger of ['app_user_session_fields_changed', 'app_user_deleted', 'app_user_truncated']) await db.query(`DROP TRIGGER ${trigger} ON app_user`);
    await db.query(`DROP FUNCTION notify_session_change()`);
  }
}
