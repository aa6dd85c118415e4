import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { firstError, startTestApi, type TestApi } from '../support/api.js';
import { aRecruit } from '../support/builders.js';
import { listOf } from '../support/react-admin.js';

const clock = fixedClock('2026-06-01T19:00:00Z'); // 1 June 2026, noon in Los Angeles
let api: TestApi;

const ATTEMPT = 'id recruitId takenOn score passed recordedBy retakeAllowedFrom';
const RECORD = `mutation($id: ID!, $on: LocalDate!, $score: Float!) { recordWrittenTest(recruitId: $id, takenOn: $on, score: $score) { ${ATTEMPT} } }`;
const record = (id: string, on: string, score: number, client: Pick<TestApi, 'gql'> = api) => client.gql(RECORD, { id, on, score });
const atWrittenTest = () => aRecruit(api, { stage: 'WRITTEN_TEST' });

beforeAll(async () => {
  api = await startTestApi({ clock });
});
afterAll(() => api.close());

describe('recordWrittenTest: pass or fail by the passing score (70 by default)', () => {
  it('records a passing attempt with who recorded it, lists it on the recruit and audits it', async () => {
    const recruit = await atWrittenTest();
    const attempt = (await api.ok(RECORD, { id: recruit.id, on: '2026-05-20', score: 70 })).recordWrittenTest;
    expect(attempt).toMatchObject({ recruitId: recruit.id, takenOn: '2026-05-20', score: 70, passed: true, recordedBy: 'admin@test.example', retakeAllowedFrom: null });
    const seen = await api.ok(`query($id: ID!) { Recruit(id: $id) { writtenTests { ${ATTEMPT} } } }`, { id: recruit.id });
    expect(seen.Recruit.writtenTests).toEqual([attempt]);
    const events = await api.db.query(`SELECT action, after FROM audit_event WHERE entity_type = 'WrittenTestAttempt' AND entity_id = $1`, [attempt.id]);
    expect(events).toMatchObject([{ action: 'CREATE', after: { recruitId: Number(recruit.id), score: 70, passed: true } }]);
  });

  it('records a score under the passing score as failed, with the first retake day 3 months later', async () => {
    const recruit = await atWrittenTest();
    const attempt = (await api.ok(RECORD, { id: recruit.id, on: '2026-05-20', score: 69.99 })).recordWrittenTest;
    expect(attempt).toMatchObject({ score: 69.99, passed: false, retakeAllowedFrom: '2026-08-20' });
  });

  it('refuses a score outside 0-100 and a date after today, naming the field', async () => {
    const recruit = await atWrittenTest();
    expect(firstError(await record(recruit.id, '2026-05-20', 100.5))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'score' } });
    expect(firstError(await record(recruit.id, '2026-05-20', -1))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'score' } });
    expect(firstError(await record(recruit.id, '2026-06-02', 90))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'takenOn' } });
  });

  it('records attempts only for a recruit at WRITTEN_TEST', async () => {
    for (const stage of ['APPLICATION', 'BACKGROUND']) {
      const recruit = await aRecruit(api, { stage });
      const error = firstError(await record(recruit.id, '2026-05-20', 90));
      expect([error.code, error.extensions.field, error.message]).toEqual([
        'BAD_USER_INPUT',
        'recruitId',
        `The recruit is at ${stage}; written tests are recorded at WRITTEN_TEST`,
      ]);
    }
    expect(firstError(await record('999999', '2026-05-20', 90)).code).toBe('NOT_FOUND');
  });
});

describe('written test retakes: only 3 months after a failed attempt (domain facts)', () => {
  it('refuses a retake the day before 3 months have passed, naming the first allowed date, and accepts it on that date', async () => {
    clock.set('2026-01-15T19:00:00Z');
    const recruit = await atWrittenTest();
    await api.ok(RECORD, { id: recruit.id, on: '2026-01-15', score: 55 });
    clock.set('2026-04-14T19:00:00Z');
    const error = firstError(await record(recruit.id, '2026-04-14', 88));
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'A retake is allowed from 2026-04-15, 3 months after the failed attempt on 2026-01-15',
      extensions: { field: 'takenOn', firstAllowedOn: '2026-04-15' },
    });
    clock.set('2026-04-15T19:00:00Z');
    expect((await api.ok(RECORD, { id: recruit.id, on: '2026-04-15', score: 88 })).recordWrittenTest).toMatchObject({ passed: true });
    const seen = await api.ok(`query($id: ID!) { Recruit(id: $id) { writtenTests { takenOn passed } } }`, { id: recruit.id });
    expect(seen.Recruit.writtenTests).toEqual([
      { takenOn: '2026-01-15', passed: false },
      { takenOn: '2026-04-15', passed: true },
    ]);
    clock.set('2026-06-01T19:00:00Z');
  });

  it('counts calendar months: a failure on 30 November allows a retake from the last day of February', async () => {
    const recruit = await atWrittenTest();
    await api.ok(RECORD, { id: recruit.id, on: '2025-11-30', score: 40 });
    expect(firstError(await record(recruit.id, '2026-02-27', 90)).extensions.firstAllowedOn).toBe('2026-02-28');
    expect((await api.ok(RECORD, { id: recruit.id, on: '2026-02-28', score: 90 })).recordWrittenTest.passed).toBe(true);
  });

  it('refuses an attempt dated before the failed one it would follow', async () => {
    const recruit = await atWrittenTest();
    await api.ok(RECORD, { id: recruit.id, on: '2026-05-01', score: 40 });
    expect(firstError(await record(recruit.id, '2026-01-01', 90)).extensions.firstAllowedOn).toBe('2026-08-01');
  });

  it('records nothing after a pass', async () => {
    const recruit = await atWrittenTest();
    await api.ok(RECORD, { id: recruit.id, on: '2026-01-10', score: 81 });
    expect(firstError(await record(recruit.id, '2026-05-10', 95)).message).toBe(
      'The recruit passed the written test on 2026-01-10; no further attempt is recorded',
    );
  });
});

describe('written test settings: the retake wait and the passing score are settable', () => {
  it('applies a 6-month wait and a passing score of 80 when so configured', async () => {
    const strict = await startTestApi({ clock, recruitment: { writtenTestRetakeMonths: 6, writtenTestPassingScore: 80 } });
    try {
      const recruit = await aRecruit(strict, { stage: 'WRITTEN_TEST' });
      const failed = (await strict.ok(RECORD, { id: recruit.id, on: '2025-11-01', score: 79.5 })).recordWrittenTest;
      expect(failed).toMatchObject({ passed: false, retakeAllowedFrom: '2026-05-01' });
      expect(firstError(await record(recruit.id, '2026-04-30', 90, strict)).extensions.firstAllowedOn).toBe('2026-05-01');
      expect((await strict.ok(RECORD, { id: recruit.id, on: '2026-05-01', score: 80 })).recordWrittenTest.passed).toBe(true);
    } finally {
      await strict.close();
    }
  });
});

describe('written tests: roles and batching', () => {
  it('lets coordinators record and refuses leadership and academy staff with FORBIDDEN; every role reads them', async () => {
    const recruit = await atWrittenTest();
    for (const role of [Role.LEADERSHIP, Role.ACADEMY_STAFF]) {
      expect(firstError(await record(recruit.id, '2026-05-20', 90, await api.as(role))).code).toBe('FORBIDDEN');
    }
    await (await api.as(Role.RESERVE_COORDINATOR)).ok(RECORD, { id: recruit.id, on: '2026-05-20', score: 90 });
    const seen = await (await api.as(Role.LEADERSHIP)).ok(`query($id: ID!) { Recruit(id: $id) { writtenTests { passed recordedBy } } }`, { id: recruit.id });
    expect(seen.Recruit.writtenTests).toEqual([{ passed: true, recordedBy: 'reserve_coordinator@test.example' }]);
  });

  it('loads the written tests of a whole page of recruits in one statement', async () => {
    const recruits = [];
    for (let i = 0; i < 6; i++) {
      const recruit = await atWrittenTest();
      await api.ok(RECORD, { id: recruit.id, on: '2026-05-02', score: 50 + i });
      recruits.push(recruit.id);
    }
    api.statements.length = 0;
    const { records } = await listOf(api, 'Recruit', { filter: { ids: recruits }, sortField: 'id' }, 'id writtenTests { score }');
    expect(records.map((r) => r.writtenTests)).toEqual([50, 51, 52, 53, 54, 55].map((score) => [{ score }]));
    expect(api.statements.filter((sql) => sql.includes('written_test_attempt'))).toHaveLength(1);
  });
});
