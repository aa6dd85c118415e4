import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { firstError, startTestApi, type Client, type TestApi } from '../support/api.js';
import { aModule, aRecruit, aReserve } from '../support/builders.js';

// 22:00 on 15 June 2026 in Los Angeles, already 16 June in UTC.
const clock = fixedClock('2026-06-16T05:00:00Z');
let api: TestApi;

const RECORD = `mutation($moduleId: ID!, $recruitId: ID, $reserveId: ID, $completedOn: LocalDate!, $score: Float!, $hours: Float, $instructor: String) {
  recordTraining(moduleId: $moduleId, recruitId: $recruitId, reserveId: $reserveId, completedOn: $completedOn, score: $score, hours: $hours, instructor: $instructor) {
    id moduleId recruitId reserveId completedOn score passed hours instructor expiresOn
  }
}`;
type Input = { moduleId: string; recruitId?: string; reserveId?: string; completedOn?: string; score?: number; hours?: number; instructor?: string };
const record = (input: Input, client: Client = api) => client.gql(RECORD, { completedOn: '2026-06-01', score: 90, ...input });
const recorded = async (input: Input) => {
  const result = await record(input);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.recordTraining;
};
const refusal = async (input: Input) => {
  const error = firstError(await record(input));
  return { code: error.code, field: error.extensions.field, message: error.message };
};

beforeAll(async () => {
  api = await startTestApi({ clock });
});
afterAll(() => api.close());

describe('recordTraining: pass or fail follows the passing score', () => {
  it('passes a score exactly at the passing score, and expires it after the recertification interval', async () => {
    const module = await aModule(api, { passingScore: 80, recertificationMonths: 24, hours: 8 });
    const reserve = await aReserve(api);
    expect(await recorded({ moduleId: module.id, reserveId: reserve.id, completedOn: '2026-01-31', score: 80, instructor: 'Sgt. Ortiz' })).toMatchObject({
      reserveId: reserve.id,
      recruitId: null,
      completedOn: '2026-01-31',
      score: 80,
      passed: true,
      hours: 8,
      instructor: 'Sgt. Ortiz',
      expiresOn: '2028-01-31',
    });
  });

  it('fails a score just below the passing score, with no expiry', async () => {
    const module = await aModule(api, { passingScore: 80, recertificationMonths: 24 });
    const reserve = await aReserve(api);
    expect(await recorded({ moduleId: module.id, reserveId: reserve.id, score: 79.99 })).toMatchObject({ passed: false, score: 79.99, expiresOn: null });
  });

  it("takes the module's hours unless told otherwise", async () => {
    const module = await aModule(api, { hours: 16 });
    const recruit = await aRecruit(api);
    expect(await recorded({ moduleId: module.id, recruitId: recruit.id })).toMatchObject({ recruitId: recruit.id, reserveId: null, hours: 16 });
    expect(await recorded({ moduleId: module.id, recruitId: recruit.id, hours: 12.5 })).toMatchObject({ hours: 12.5 });
  });

  it('never expires a pass of a module taken once', async () => {
    const module = await aModule(api, { recertificationMonths: null });
    expect(await recorded({ moduleId: module.id, reserveId: (await aReserve(api)).id })).toMatchObject({ passed: true, expiresOn: null });
  });

  it('writes an audit event in the same transaction, naming who recorded it', async () => {
    const module = await aModule(api);
    const reserve = await aReserve(api);
    const academy = await api.as(Role.ACADEMY_STAFF);
    const result = await record({ moduleId: module.id, reserveId: reserve.id }, academy);
    const { id } = result.data!.recordTraining;
    const [event] = await api.db.query(`SELECT action, actor_role, after FROM audit_event WHERE entity_type = 'TrainingRecord' AND entity_id = $1`, [id]);
    expect(event).toMatchObject({ action: 'CREATE', actor_role: 'ACADEMY_STAFF', after: { moduleId: Number(module.id), reserveId: Number(reserve.id), passed: true } });
  });
});

describe('recordTraining: what it refuses with BAD_USER_INPUT', () => {
  it('refuses both a recruit and a reserve, and neither, naming recruitId', async () => {
    const module = await aModule(api);
    const both = { moduleId: module.id, recruitId: (await aRecruit(api)).id, reserveId: (await aReserve(api)).id };
    expect(await refusal(both)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recruitId' });
    expect(await refusal({ moduleId: module.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recruitId' });
  });

  it('refuses a trainee who does not exist, naming the id', async () => {
    const module = await aModule(api);
    expect(await refusal({ moduleId: module.id, reserveId: '999999' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reserveId' });
    expect(await refusal({ moduleId: module.id, recruitId: '999999' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recruitId' });
  });

  it('refuses a module that does not exist, naming moduleId', async () => {
    expect(await refusal({ moduleId: '999999', reserveId: (await aReserve(api)).id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'moduleId' });
  });

  it('refuses a retired module (its history stays, new completions are not recorded against it)', async () => {
    const retired = await aModule(api, { active: false, title: 'Community Policing (2012)' });
    const found = await refusal({ moduleId: retired.id, reserveId: (await aReserve(api)).id });
    expect(found).toMatchObject({ code: 'BAD_USER_INPUT', field: 'moduleId' });
    expect(found.message).toContain('retired');
  });

  it('refuses a completion after today in Los Angeles, even when it is already that day in UTC', async () => {
    const module = await aModule(api);
    const reserve = await aReserve(api);
    expect(await refusal({ moduleId: module.id, reserveId: reserve.id, completedOn: '2026-06-16' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'completedOn' });
    expect(await recorded({ moduleId: module.id, reserveId: reserve.id, completedOn: '2026-06-15' })).toMatchObject({ completedOn: '2026-06-15' });
  });

  it('refuses a score outside 0-100 and negative hours, naming the field', async () => {
    const of = { moduleId: (await aModule(api)).id, reserveId: (await aReserve(api)).id };
    expect(await refusal({ ...of, score: 100.5 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    expect(await refusal({ ...of, hours: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
    const count = await api.db.query(`SELECT count(*)::int AS n FROM training_record WHERE reserve_id = $1`, [of.reserveId]);
    expect(count[0].n).toBe(0);
  });
});

describe('recordTraining: academy staff record, others read', () => {
  it('lets academy staff record, and answers FORBIDDEN to coordinators and leadership', async () => {
    const input = { moduleId: (await aModule(api)).id, reserveId: (await aReserve(api)).id };
    expect((await record(input, await api.as(Role.ACADEMY_STAFF))).errors).toBeUndefined();
    for (const role of [Role.RESERVE_COORDINATOR, Role.LEADERSHIP]) {
      expect([role, firstError(await record(input, await api.as(role))).code]).toEqual([role, 'FORBIDDEN']);
    }
  });
});
