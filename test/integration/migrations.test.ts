import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../server/src/database/data-source.js';
import { freshDatabaseUrl, quietLog } from '../support/api.js';
import type { DataSource } from 'typeorm';

let db: DataSource;
const tables = async () =>
  ((await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)) as { tablename: string }[]).map(
    (row) => row.tablename,
  );

beforeAll(async () => {
  db = createDataSource({ url: await freshDatabaseUrl(), log: quietLog });
  await db.initialize();
});
afterAll(() => db.destroy());

describe('migrations', () => {
  it('create the whole domain model on an empty database, and are recorded', async () => {
    const applied = await db.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(['DomainModel1795673606014', 'AccountsAndAudit1795676400000', 'CalendarFeeds1795680000000', 'RecruitmentPipeline1795683600000', 'DashboardSummaries1795690000000', 'SessionChangeNotices1795693600000']);
    expect(await tables()).toEqual([
      'academy_class',
      'app_user',
      'assignment',
      'audit_event',
      'curriculum_module',
      'deployment',
      'deployment_coverage',
      'division',
      'division_week_coverage',
      'migrations',
      'recruit',
      'recruit_stage_change',
      'reserve_month_hours',
      'reserve_officer',
      'training_record',
      'user_session',
      'written_test_attempt',
    ]);
    expect(await db.showMigrations()).toBe(false);
  });

  it('index every foreign key column', async () => {
    const unindexed = await db.query(`
      SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND NOT EXISTS (
         SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`);
    expect(unindexed).toEqual([]);
  });

  it('store every time as timestamptz', async () => {
    const naive = await db.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`,
    );
    expect(naive).toEqual([]);
  });

  it('go down to an empty database and up again', async () => {
    for (const _migration of db.migrations) await db.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['migrations']);
    await db.runMigrations({ transaction: 'each' });
    expect(await tables()).toContain('assignment');
  });

  it('leave the app never synchronizing the schema by itself', () => {
    expect(db.options.synchronize).toBe(false);
    expect(db.options.migrationsRun ?? false).toBe(false);
  });
});

