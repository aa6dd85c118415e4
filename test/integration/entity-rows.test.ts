import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/common/clock.js';
import { entityRows } from '../../server/src/common/entity-rows.js';
import { entities } from '../../server/src/database/entities.js';
import { seedDemoData } from '../../server/src/seed/seed.js';
import { quietLog, startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await seedDemoData(api.db, { clock: fixedClock('2026-05-12T17:00:00Z'), log: quietLog });
  // Rows the demo data leaves out: an audit event with before and after (jsonb), a written test.
  await api.ok(`mutation { updateDivision(id: 1, weeklyTargetHours: 41.5) { id } }`);
  await api.db.query(`INSERT INTO written_test_attempt (recruit_id, taken_on, score, passed) SELECT min(id), '2026-04-01', 64.5, false FROM recruit`);
});
afterAll(() => api.close());

describe('entity rows: the batched loaders read records as TypeORM would', () => {
  it.each(entities.map((entity) => [entity.name, entity] as const))('%s: same values, same class', async (_name, entity) => {
    const table = entityRows(api.db, entity);
    const ours = table.hydrate(await api.db.query(`SELECT ${table.columns} FROM ${table.table} ORDER BY id`));
    const typeorm = await api.db.getRepository(entity).find({ order: { id: 'ASC' } });
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toStrictEqual(typeorm);
  });

  it('leaves out the columns TypeORM does not load (a reserve’s calendar token)', () => {
    expect(entityRows(api.db, entities.find((entity) => entity.name === 'ReserveOfficer')!).columns).not.toContain('calendar_token');
  });
});
