import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { firstError, startTestApi, type TestApi } from '../support/api.js';
import { aRecruit } from '../support/builders.js';

const clock = fixedClock('2026-02-02T18:00:00Z');
// The clock jumps months ahead between tests; the test sessions outlast it.
const LONG_SESSIONS = { sessionIdleMinutes: 60 * 24 * 3650, sessionAbsoluteHours: 24 * 3650 };
let api: TestApi;

const RECRUIT = 'id stage stageChangedAt exitReason daysInStage allowedStages';
const MOVE = `mutation($id: ID!, $stage: RecruitStage!, $note: String) { moveRecruitToStage(recruitId: $id, stage: $stage, note: $note) { ${RECRUIT} } }`;
const CORRECT = `mutation($id: ID!, $stage: RecruitStage!, $note: String!) { correctRecruitStage(recruitId: $id, stage: $stage, note: $note) { ${RECRUIT} } }`;
const move = (id: string, stage: string, note?: string) => api.gql(MOVE, { id, stage, note });
const correct = (id: string, stage: string, note: string) => api.gql(CORRECT, { id, stage, note });
const history = async (id: string) =>
  (await api.ok(`query($id: ID!) { Recruit(id: $id) { stageHistory { fromStage toStage changedAt changedBy note } } }`, { id })).Recruit.stageHistory;
const auditActions = async (id: string) =>
  ((await api.db.query(`SELECT action FROM audit_event WHERE entity_type = 'Recruit' AND entity_id = $1 ORDER BY id`, [id])) as { action: string }[]).map(
    (row) => row.action,
  );

beforeAll(async () => {
  api = await startTestApi({ clock, auth: LONG_SESSIONS });
});
afterAll(() => api.close());

describe('moveRecruitToStage: only the next stage in order, or an exit (Rule 5)', () => {
  it('moves a recruit to the next stage, recording from, to, when (by the clock), by whom and the note, and audits a STAGE_CHANGE', async () => {
    const recruit = await aRecruit(api);
    clock.set('2026-02-03T17:30:00Z');
    const moved = (await api.ok(MOVE, { id: recruit.id, stage: 'ORIENTATION', note: 'Came to the February orientation' })).moveRecruitToStage;
    expect(moved).toMatchObject({ stage: 'ORIENTATION', stageChangedAt: '2026-02-03T17:30:00.000Z', daysInStage: 0 });
    expect((await history(recruit.id)).at(-1)).toEqual({
      fromStage: 'PROSPECT',
      toStage: 'ORIENTATION',
      changedAt: '2026-02-03T17:30:00.000Z',
      changedBy: 'admin@test.example',
      note: 'Came to the February orientation',
    });
    expect(await auditActions(recruit.id)).toEqual(['CREATE', 'STAGE_CHANGE']);
  });

  it('walks a recruit through every stage in order up to ACADEMY, one history line per move', async () => {
    const recruit = await aRecruit(api);
    for (const stage of ['ORIENTATION', 'APPLICATION', 'WRITTEN_TEST', 'BACKGROUND', 'MEDICAL_PSYCH', 'ACADEMY']) {
      expect((await api.ok(MOVE, { id: recruit.id, stage })).moveRecruitToStage.stage).toBe(stage);
    }
    expect((await history(recruit.id)).map((line: { toStage: string }) => line.toStage)).toEqual([
      'PROSPECT', 'ORIENTATION', 'APPLICATION', 'WRITTEN_TEST', 'BACKGROUND', 'MEDICAL_PSYCH', 'ACADEMY',
    ]);
  });

  it('refuses skipping a stage with BAD_USER_INPUT listing the allowed stages, and writes nothing', async () => {
    const recruit = await aRecruit(api, { stage: 'APPLICATION' });
    const error = firstError(await move(recruit.id, 'BACKGROUND'));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'A recruit at APPLICATION may move only to WRITTEN_TEST, WITHDRAWN, DISQUALIFIED' });
    expect(error.extensions).toMatchObject({ field: 'stage', allowedStages: ['WRITTEN_TEST', 'WITHDRAWN', 'DISQUALIFIED'] });
    expect(await history(recruit.id)).toHaveLength(1);
    expect(await auditActions(recruit.id)).toEqual(['CREATE']);
  });

  it('refuses a move backwards and a move to the stage the recruit is at', async () => {
    const recruit = await aRecruit(api, { stage: 'BACKGROUND' });
    expect(firstError(await move(recruit.id, 'WRITTEN_TEST')).extensions.allowedStages).toEqual(['MEDICAL_PSYCH', 'WITHDRAWN', 'DISQUALIFIED']);
    expect(firstError(await move(recruit.id, 'BACKGROUND')).code).toBe('BAD_USER_INPUT');
  });

  it('refuses APPOINTED from ACADEMY: only appointReserve appoints', async () => {
    const recruit = await aRecruit(api, { stage: 'ACADEMY' });
    const error = firstError(await move(recruit.id, 'APPOINTED'));
    expect(error.message).toMatch(/only through appointReserve/);
    expect(error.extensions.allowedStages).toEqual(['WITHDRAWN', 'DISQUALIFIED']);
  });

  it('moves to an exit only with a reason, kept as the exit reason', async () => {
    const recruit = await aRecruit(api, { stage: 'BACKGROUND' });
    expect(firstError(await move(recruit.id, 'DISQUALIFIED'))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'note' } });
    expect(firstError(await move(recruit.id, 'DISQUALIFIED', '   '))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'note' } });
    const moved = (await api.ok(MOVE, { id: recruit.id, stage: 'DISQUALIFIED', note: 'Background: undisclosed employment' })).moveRecruitToStage;
    expect(moved).toMatchObject({ stage: 'DISQUALIFIED', exitReason: 'Background: undisclosed employment', allowedStages: [] });
  });

  it('refuses any move out of an exit stage, naming the correction as the way back', async () => {
    const recruit = await aRecruit(api, { stage: 'ORIENTATION' });
    await api.ok(MOVE, { id: recruit.id, stage: 'WITHDRAWN', note: 'Took a job out of state' });
    for (const stage of ['APPLICATION', 'ORIENTATION', 'DISQUALIFIED']) {
      const error = firstError(await move(recruit.id, stage, 'changed their mind'));
      expect([stage, error.code, error.extensions.allowedStages]).toEqual([stage, 'BAD_USER_INPUT', []]);
      expect(error.message).toMatch(/correctRecruitStage/);
    }
    expect((await api.ok(`query($id: ID!) { Recruit(id: $id) { stage exitReason } }`, { id: recruit.id })).Recruit).toEqual({
      stage: 'WITHDRAWN',
      exitReason: 'Took a job out of state',
    });
  });

  it('lets exactly one of 5 parallel identical moves through (the recruit row is locked)', async () => {
    const recruit = await aRecruit(api);
    const results = await Promise.all(Array.from({ length: 5 }, () => move(recruit.id, 'ORIENTATION')));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors).every((result) => firstError(result).code === 'BAD_USER_INPUT')).toBe(true);
    expect(await history(recruit.id)).toHaveLength(2);
  });

  it('answers NOT_FOUND for a recruit that does not exist', async () => {
    expect(firstError(await move('999999', 'ORIENTATION')).code).toBe('NOT_FOUND');
  });
});

describe("correctRecruitStage: a coordinator's audited fix", () => {
  it('reopens a withdrawn recruit at any stage with a note, clears the exit reason and audits a STAGE_CORRECTION', async () => {
    const recruit = await aRecruit(api, { stage: 'BACKGROUND' });
    await api.ok(MOVE, { id: recruit.id, stage: 'WITHDRAWN', note: 'No answer to calls' });
    const corrected = (await api.ok(CORRECT, { id: recruit.id, stage: 'BACKGROUND', note: 'Withdrawn by mistake: wrong candidate' })).correctRecruitStage;
    expect(corrected).toMatchObject({ stage: 'BACKGROUND', exitReason: null, allowedStages: ['MEDICAL_PSYCH', 'WITHDRAWN', 'DISQUALIFIED'] });
    expect((await history(recruit.id)).at(-1)).toMatchObject({ fromStage: 'WITHDRAWN', toStage: 'BACKGROUND', note: 'Withdrawn by mistake: wrong candidate' });
    expect(await auditActions(recruit.id)).toEqual(['CREATE', 'STAGE_CHANGE', 'STAGE_CORRECTION']);
    const [event] = await api.db.query(`SELECT before, after FROM audit_event WHERE entity_id = $1 AND action = 'STAGE_CORRECTION'`, [recruit.id]);
    expect(event.before).toMatchObject({ stage: 'WITHDRAWN', exitReason: 'No answer to calls' });
    expect(event.after).toMatchObject({ stage: 'BACKGROUND', exitReason: null, note: 'Withdrawn by mistake: wrong candidate' });
  });

  it('moves a recruit back or several stages forward, outside the order', async () => {
    const recruit = await aRecruit(api, { stage: 'MEDICAL_PSYCH' });
    expect((await api.ok(CORRECT, { id: recruit.id, stage: 'APPLICATION', note: 'Application was never complete' })).correctRecruitStage.stage).toBe('APPLICATION');
    expect((await api.ok(CORRECT, { id: recruit.id, stage: 'ACADEMY', note: 'Entered at the wrong stage' })).correctRecruitStage.stage).toBe('ACADEMY');
  });

  it('needs a note, refuses the stage the recruit is at, and refuses APPOINTED (appointReserve appoints)', async () => {
    const recruit = await aRecruit(api, { stage: 'ORIENTATION' });
    expect(firstError(await correct(recruit.id, 'PROSPECT', ' '))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'note' } });
    expect(firstError(await correct(recruit.id, 'ORIENTATION', 'same'))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The recruit is already at ORIENTATION' });
    expect(firstError(await correct(recruit.id, 'APPOINTED', 'skip ahead')).message).toMatch(/only through appointReserve/);
  });

  it('takes a correction to an exit with the note as the exit reason', async () => {
    const recruit = await aRecruit(api, { stage: 'ACADEMY' });
    const corrected = (await api.ok(CORRECT, { id: recruit.id, stage: 'DISQUALIFIED', note: 'Disqualified in December, not entered then' })).correctRecruitStage;
    expect(corrected).toMatchObject({ stage: 'DISQUALIFIED', exitReason: 'Disqualified in December, not entered then' });
  });
});

describe('Recruit.daysInStage: whole Los Angeles calendar days in the current stage', () => {
  it('counts the day daylight-saving time starts as one day though it has 23 hours', async () => {
    clock.set('2026-03-08T07:30:00Z'); // Saturday 7 March, 23:30 PST
    const recruit = await aRecruit(api);
    clock.set('2026-03-09T06:15:00Z'); // Sunday 8 March, 23:15 PDT: 22 h 45 min later
    expect((await api.ok(`query($id: ID!) { Recruit(id: $id) { daysInStage } }`, { id: recruit.id })).Recruit.daysInStage).toBe(1);
  });

  it('starts again at 0 after a move and counts from the move', async () => {
    clock.set('2026-04-01T16:00:00Z');
    const recruit = await aRecruit(api);
    clock.set('2026-04-11T16:00:00Z');
    expect((await api.ok(MOVE, { id: recruit.id, stage: 'ORIENTATION' })).moveRecruitToStage.daysInStage).toBe(0);
    clock.set('2026-04-14T16:00:00Z');
    expect((await api.ok(`query($id: ID!) { Recruit(id: $id) { daysInStage } }`, { id: recruit.id })).Recruit.daysInStage).toBe(3);
  });
  it('counts nothing on the day daylight-saving time ends though 24 hours and more have passed', async () => {
    clock.set('2026-11-01T07:30:00Z'); // Sunday 1 November, 00:30 PDT
    const recruit = await aRecruit(api);
    clock.set('2026-11-02T07:45:00Z'); // Sunday 1 November, 23:45 PST: 24 h 15 min later
    const read = async () => (await api.ok(`query($id: ID!) { Recruit(id: $id) { daysInStage } }`, { id: recruit.id })).Recruit.daysInStage;
    expect(await read()).toBe(0);
    clock.set('2026-11-02T08:00:00Z'); // Monday 2 November, 00:00 PST
    expect(await read()).toBe(1);
  });

});

describe('pipeline roles: coordinators own it, everyone reads it', () => {
  it('lets a coordinator move and correct, and refuses leadership and academy staff with FORBIDDEN', async () => {
    const recruit = await aRecruit(api);
    for (const role of [Role.LEADERSHIP, Role.ACADEMY_STAFF]) {
      const client = await api.as(role);
      expect(firstError(await client.gql(MOVE, { id: recruit.id, stage: 'ORIENTATION' })).code).toBe('FORBIDDEN');
      expect(firstError(await client.gql(CORRECT, { id: recruit.id, stage: 'ORIENTATION', note: 'x' })).code).toBe('FORBIDDEN');
    }
    const coordinator = await api.as(Role.RESERVE_COORDINATOR);
    expect((await coordinator.ok(MOVE, { id: recruit.id, stage: 'ORIENTATION' })).moveRecruitToStage.stage).toBe('ORIENTATION');
    expect((await history(recruit.id)).at(-1).changedBy).toBe('reserve_coordinator@test.example');
  });

  it('shows leadership and academy staff the history, days in stage and allowed moves', async () => {
    const recruit = await aRecruit(api, { stage: 'APPLICATION' });
    for (const role of [Role.LEADERSHIP, Role.ACADEMY_STAFF]) {
      const seen = await (await api.as(role)).ok(`query($id: ID!) { Recruit(id: $id) { daysInStage allowedStages stageHistory { toStage } } }`, { id: recruit.id });
      expect(seen.Recruit).toEqual({ daysInStage: 0, allowedStages: ['WRITTEN_TEST', 'WITHDRAWN', 'DISQUALIFIED'], stageHistory: [{ toStage: 'APPLICATION' }] });
    }
  });
});
