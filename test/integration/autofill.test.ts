import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { firstError, startTestApi, type Client, type TestApi } from '../support/api.js';
import { ScheduleWorld } from '../support/schedule-rows.js';

let api: TestApi;
let world: ScheduleWorld;
let division: number;
let elsewhere: number;

interface Proposal {
  slots: number;
  filled: number;
  fillRate: number;
  assignments: { deploymentId: string; reserveId: string; homeDivision: boolean; reserve: { id: string; level: string }; deployment: { id: string } }[];
  openSlots: { deploymentId: string; missing: number; code: string; reason: string }[];
}
interface Rejected {
  deploymentId: string;
  reserveId: string;
  reasons: { code: string; message: string; deploymentId: string | null }[];
}

const PROPOSE = `mutation($from: DateTimeISO!, $to: DateTimeISO!, $divisionIds: [ID!]) {
  proposeAutoFill(from: $from, to: $to, divisionIds: $divisionIds) {
    slots filled fillRate
    assignments { deploymentId reserveId homeDivision reserve { id level } deployment { id } }
    openSlots { deploymentId missing code reason }
  }
}`;
const APPLY = `mutation($assignments: [ProposedAssignmentInput!]!) {
  applyAutoFill(assignments: $assignments) {
    applied { id deploymentId reserveId status }
    rejected { deploymentId reserveId reasons { code message deploymentId } }
  }
}`;

const propose = async (divisionIds: number[] | null = [division], client: Client = api): Promise<Proposal> =>
  (await client.ok(PROPOSE, { ...world.window, divisionIds })).proposeAutoFill;
const apply = async (assignments: { deploymentId: string | number; reserveId: string | number }[]) =>
  (await api.ok(APPLY, { assignments: assignments.map(({ deploymentId, reserveId }) => ({ deploymentId, reserveId })) })).applyAutoFill as {
    applied: { id: string; deploymentId: string; reserveId: string; status: string }[];
    rejected: Rejected[];
  };
const pairs = (proposal: Proposal) => proposal.assignments.map((a) => [Number(a.deploymentId), Number(a.reserveId)]);
const onDeployment = (proposal: Proposal, deploymentId: number) => proposal.assignments.filter((a) => a.deploymentId === String(deploymentId)).map((a) => Number(a.reserveId));

beforeAll(async () => {
  api = await startTestApi({ clock: fixedClock('2027-01-04T08:00:00Z') });
});
afterAll(() => api.close());
beforeEach(async () => {
  world = await ScheduleWorld.create(api.db);
  [division, elsewhere] = await world.divisions(2);
});

describe('proposeAutoFill honours every hard rule', () => {
  it('does not propose Level III reserves or Specialists for a visibility patrol (Rule 2, POST H-1)', async () => {
    const [levelIII, specialist, levelI] = await world.reserves([
      { level: 'LEVEL_III', homeDivisionId: division },
      { level: 'SPECIALIST', homeDivisionId: division },
      { level: 'LEVEL_I', homeDivisionId: elsewhere, monthlyMinimumHours: 0 },
    ]);
    const [patrol] = await world.deployments([{ divisionId: division, date: world.day(1), from: 8, to: 12, headcount: 3 }]);
    const proposal = await propose();
    expect(pairs(proposal)).toEqual([[patrol, levelI]]);
    expect(onDeployment(proposal, patrol)).not.toContain(levelIII);
    expect(onDeployment(proposal, patrol)).not.toContain(specialist);
    expect(proposal.openSlots).toEqual([expect.objectContaining({ deploymentId: String(patrol), missing: 2, code: 'LEVEL_NOT_PERMITTED' })]);
  });

  it('proposes only active reserves with their training current on the day of the duty, and their CPT hours (Rule 2)', async () => {
    const day = world.day(2);
    const [current, onLeave, missing, expired, expiresNextDay, passedTooLate] = await world.reserves([
      { homeDivisionId: division },
      { homeDivisionId: division, status: 'LEAVE' },
      { homeDivisionId: division, training: 'missing' },
      { homeDivisionId: division, training: 'expired' },
      { homeDivisionId: division, training: { completedOn: '2026-01-10', expiresOn: world.day(3) } },
      { homeDivisionId: division, training: { completedOn: world.day(3), expiresOn: null } },
    ]);
    const [patrol] = await world.deployments([{ divisionId: division, date: day, from: 8, to: 12, headcount: 6 }]);
    const proposal = await propose();
    expect(onDeployment(proposal, patrol).sort()).toEqual([current, expiresNextDay].sort());
    for (const refused of [onLeave, missing, expired, passedTooLate]) expect(onDeployment(proposal, patrol)).not.toContain(refused);
    expect(proposal.openSlots).toEqual([expect.objectContaining({ missing: 4, code: 'TRAINING_MISSING' })]);
  });

  it('never books one reserve on two overlapping deployments, in the proposal or with what is booked already (Rule 1)', async () => {
    const [free, busy] = await world.reserves([{ homeDivisionId: division }, { homeDivisionId: division }]);
    const [first, second, booked] = await world.deployments([
      { divisionId: division, date: world.day(1), from: 8, to: 12 },
      { divisionId: division, date: world.day(1), from: 10, to: 14 },
      { divisionId: elsewhere, date: world.day(1), from: 6, to: 16 },
    ]);
    await world.assignments([{ deploymentId: booked, reserveId: busy }]);
    const proposal = await propose();
    expect(proposal.filled).toBe(1);
    expect(pairs(proposal)).toEqual([[first, free]]);
    expect(proposal.openSlots).toEqual([expect.objectContaining({ deploymentId: String(second), missing: 1, code: 'OVERLAP' })]);
  });

  it('leaves the rest time between two duties of the proposal, and allows exactly the rest required', async () => {
    const [reserve] = await world.reserves([{ homeDivisionId: division }]);
    const [morning, afternoon, evening] = await world.deployments([
      { divisionId: division, date: world.day(1), from: 6, to: 10 },
      { divisionId: division, date: world.day(1), from: 14, to: 18 },
      { divisionId: division, date: world.day(1), from: 18, to: 22 },
    ]);
    const proposal = await propose();
    expect(pairs(proposal)).toEqual([
      [morning, reserve],
      [evening, reserve],
    ]);
    expect(proposal.openSlots).toEqual([expect.objectContaining({ deploymentId: String(afternoon), code: 'REST_TOO_SHORT' })]);
  });

  it('keeps every reserve within the weekly maximum, counting the hours already booked', async () => {
    const [reserve] = await world.reserves([{ homeDivisionId: division }]);
    const [booked, ...patrols] = await world.deployments([
      { divisionId: elsewhere, date: world.day(0), from: 6, to: 14 },
      ...[1, 2, 3, 4, 5, 6].map((d) => ({ divisionId: division, date: world.day(d), from: 8, to: 12 })),
    ]);
    await world.assignments([{ deploymentId: booked, reserveId: reserve }]);
    const proposal = await propose();
    // 8 hours booked + 4 patrols of 4 hours = 24, the maximum; the last two stay open.
    expect(pairs(proposal)).toEqual(patrols.slice(0, 4).map((patrol) => [patrol, reserve]));
    expect(proposal.openSlots.map((open) => [Number(open.deploymentId), open.code])).toEqual(patrols.slice(4).map((patrol) => [patrol, 'WEEKLY_MAX_EXCEEDED']));
  });

  it('puts a Level II on a patrol only beside a Level I, filling a Level I first where none is (POST H-1)', async () => {
    const [levelII, levelI, otherLevelII] = await world.reserves([
      { level: 'LEVEL_II', homeDivisionId: division },
      { level: 'LEVEL_I', homeDivisionId: elsewhere, monthlyMinimumHours: 0 },
      { level: 'LEVEL_II', homeDivisionId: division },
    ]);
    const [led, unled] = await world.deployments([
      { divisionId: division, date: world.day(1), from: 8, to: 12, headcount: 2 },
      { divisionId: division, date: world.day(1), from: 9, to: 13, headcount: 1 },
    ]);
    const proposal = await propose();
    expect(proposal.assignments.filter((a) => a.deploymentId === String(led)).map((a) => a.reserve.level)).toEqual(['LEVEL_I', 'LEVEL_II']);
    expect(onDeployment(proposal, led)).toContain(levelI);
    expect(onDeployment(proposal, unled)).toEqual([]);
    expect([levelII, otherLevelII]).toContain(onDeployment(proposal, led)[1]);
    expect(proposal.openSlots).toEqual([expect.objectContaining({ deploymentId: String(unled), code: 'NEEDS_LEVEL_I' })]);
  });

  it('fills only the places left open (headcount), and no deployment that is cancelled, completed or already started', async () => {
    const reserves = await world.reserves(Array.from({ length: 6 }, () => ({ homeDivisionId: division })));
    const [partly, cancelled, completed] = await world.deployments([
      { divisionId: division, date: world.day(1), from: 8, to: 12, headcount: 3 },
      { divisionId: division, date: world.day(2), from: 8, to: 12, headcount: 2, status: 'CANCELLED' },
      { divisionId: division, date: world.day(3), from: 8, to: 12, headcount: 2, status: 'COMPLETED' },
    ]);
    await world.assignments([{ deploymentId: partly, reserveId: reserves[0] }]);
    const proposal = await propose();
    expect(proposal).toMatchObject({ slots: 2, filled: 2, fillRate: 1, openSlots: [] });
    expect(onDeployment(proposal, partly)).toHaveLength(2);
    expect(onDeployment(proposal, partly)).not.toContain(reserves[0]);
    expect(onDeployment(proposal, cancelled)).toEqual([]);
    expect(onDeployment(proposal, completed)).toEqual([]);
  });

  it('leaves out a deployment that has already started', async () => {
    const training = { completedOn: '2026-06-01', expiresOn: null };
    await world.reserves([{ homeDivisionId: division, training }, { homeDivisionId: division, training }]);
    // The suite's clock stands on 4 January 2027 at 00:00 in Los Angeles.
    const [started, ahead] = await world.deployments([
      { divisionId: division, date: '2027-01-03', from: 20, to: 24 },
      { divisionId: division, date: '2027-01-04', from: 6, to: 10 },
    ]);
    const window = { from: '2027-01-03T00:00:00-08:00', to: '2027-01-05T00:00:00-08:00', divisionIds: [division] };
    const proposal = (await api.ok(PROPOSE, window)).proposeAutoFill as Proposal;
    expect(proposal.slots).toBe(1);
    expect(proposal.assignments.map((a) => Number(a.deploymentId))).toEqual([ahead]);
    expect(proposal.assignments.map((a) => Number(a.deploymentId))).not.toContain(started);
  });
});

describe('proposeAutoFill prefers', () => {
  it('reserves below their monthly minimum, the furthest below first, over the home division (Rule 4)', async () => {
    const [metAtHome, halfway, none] = await world.reserves([
      { homeDivisionId: division },
      { homeDivisionId: elsewhere },
      { homeDivisionId: elsewhere },
    ]);
    const [served, patrol] = await world.deployments([
      { divisionId: elsewhere, date: world.day(1), from: 0, to: 4, status: 'COMPLETED', headcount: 2 },
      { divisionId: division, date: world.day(1), from: 14, to: 18, headcount: 2 },
    ]);
    await world.assignments([
      { deploymentId: served, reserveId: metAtHome, status: 'COMPLETED', hoursServed: 16 },
      { deploymentId: served, reserveId: halfway, status: 'COMPLETED', hoursServed: 8 },
    ]);
    const proposal = await propose();
    expect(onDeployment(proposal, patrol)).toEqual([none, halfway]);
    expect(proposal.assignments.map((a) => a.homeDivision)).toEqual([false, false]);
  });

  it("reserves of the deployment's division when they are as far from their minimum", async () => {
    const [away, home] = await world.reserves([{ homeDivisionId: elsewhere }, { homeDivisionId: division }]);
    const [patrol] = await world.deployments([{ divisionId: division, date: world.day(1), from: 8, to: 12 }]);
    const proposal = await propose();
    expect(pairs(proposal)).toEqual([[patrol, home]]);
    expect(proposal.assignments[0].homeDivision).toBe(true);
    expect(onDeployment(proposal, patrol)).not.toContain(away);
  });

  it('spreading hours: no reserve gets a second duty while an equally eligible one has none', async () => {
    const reserves = await world.reserves(Array.from({ length: 4 }, () => ({ homeDivisionId: elsewhere, monthlyMinimumHours: 0 })));
    await world.deployments([1, 2, 3, 4, 5, 6].map((d) => ({ divisionId: division, date: world.day(d), from: 8, to: 12 })));
    const proposal = await propose();
    const duties = reserves.map((id) => proposal.assignments.filter((a) => a.reserveId === String(id)).length);
    expect(duties.sort()).toEqual([1, 1, 2, 2]);
  });
});

describe('applyAutoFill', () => {
  it('creates exactly the proposal in one transaction, each assignment audited, and one auto-fill event with the counts (Rule 6)', async () => {
    await world.reserves([{ level: 'LEVEL_II', homeDivisionId: division }, { homeDivisionId: division }, { homeDivisionId: elsewhere }]);
    const deployments = await world.deployments([
      { divisionId: division, date: world.day(1), from: 8, to: 12, headcount: 2 },
      { divisionId: division, date: world.day(3), from: 8, to: 12, headcount: 1 },
    ]);
    const proposal = await propose();
    expect(proposal.filled).toBe(3);
    const result = await apply(proposal.assignments);
    expect(result.rejected).toEqual([]);
    expect(result.applied.map((a) => [Number(a.deploymentId), Number(a.reserveId)]).sort()).toEqual(pairs(proposal).sort());
    expect(result.applied.every((a) => a.status === 'ASSIGNED')).toBe(true);

    const rows = (await api.db.query(`SELECT deployment_id AS d, reserve_id AS r, created_at AS at FROM assignment WHERE deployment_id = ANY($1)`, [deployments])) as {
      d: number;
      r: number;
      at: Date;
    }[];
    expect(rows.map((row) => [row.d, row.r]).sort()).toEqual(pairs(proposal).sort());
    // now() is the transaction's start: one value for every row means one transaction.
    expect(new Set(rows.map((row) => row.at.getTime())).size).toBe(1);

    const [summary] = (await api.db.query(`SELECT request_id AS "requestId", actor_email AS actor, after FROM audit_event WHERE entity_type = 'AutoFill' ORDER BY id DESC LIMIT 1`)) as {
      requestId: string;
      actor: string;
      after: Record<string, number>;
    }[];
    expect(summary).toMatchObject({ actor: 'admin@test.example', after: { proposed: 3, applied: 3, rejected: 0 } });
    const audited = (await api.db.query(`SELECT entity_id AS id FROM audit_event WHERE request_id = $1 AND entity_type = 'Assignment' AND action = 'CREATE'`, [
      summary.requestId,
    ])) as { id: string }[];
    expect(audited.map((event) => event.id).sort()).toEqual(result.applied.map((a) => a.id).sort());
  });

  it('checks every rule again: an item that no longer fits is answered in rejected with its reason (OVERLAP), and the others apply', async () => {
    const [first, second] = await world.reserves([{ homeDivisionId: division }, { homeDivisionId: division }]);
    const [early, late, meanwhile] = await world.deployments([
      { divisionId: division, date: world.day(1), from: 8, to: 12 },
      { divisionId: division, date: world.day(2), from: 8, to: 12 },
      { divisionId: elsewhere, date: world.day(1), from: 10, to: 14, status: 'DRAFT' },
    ]);
    const proposal = await propose();
    expect(pairs(proposal).sort()).toEqual([
      [early, first],
      [late, second],
    ]);
    // Between proposing and applying, a coordinator puts the first reserve on a clashing deployment.
    await api.ok(`mutation($d: ID!, $r: ID!) { assignReserve(deploymentId: $d, reserveId: $r) { id } }`, { d: meanwhile, r: first });

    const result = await apply(proposal.assignments);
    expect(result.applied.map((a) => [Number(a.deploymentId), Number(a.reserveId)])).toEqual([[late, second]]);
    expect(result.rejected).toEqual([
      { deploymentId: String(early), reserveId: String(first), reasons: [expect.objectContaining({ code: 'OVERLAP', deploymentId: String(meanwhile) })] },
    ]);
    const onEarly = (await api.db.query(`SELECT count(*)::int AS n FROM assignment WHERE deployment_id = $1`, [early])) as { n: number }[];
    expect(onEarly[0].n).toBe(0);
    const [summary] = (await api.db.query(`SELECT after FROM audit_event WHERE entity_type = 'AutoFill' ORDER BY id DESC LIMIT 1`)) as { after: object }[];
    expect(summary.after).toEqual({ proposed: 2, applied: 1, rejected: 1 });
  });

  it('takes a Level II after the Level I of the same patrol, in whatever order the items come', async () => {
    const [levelII, levelI] = await world.reserves([{ level: 'LEVEL_II', homeDivisionId: division }, { homeDivisionId: division }]);
    const [patrol] = await world.deployments([{ divisionId: division, date: world.day(1), from: 8, to: 12, headcount: 2 }]);
    const result = await apply([
      { deploymentId: patrol, reserveId: levelII },
      { deploymentId: patrol, reserveId: levelI },
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.applied).toHaveLength(2);
  });

  it('refuses an item naming no existing deployment or reserve with BAD_USER_INPUT, writing nothing', async () => {
    const [reserve] = await world.reserves([{ homeDivisionId: division }]);
    const [patrol] = await world.deployments([{ divisionId: division, date: world.day(1), from: 8, to: 12 }]);
    const result = await api.gql(APPLY, { assignments: [{ deploymentId: patrol, reserveId: reserve }, { deploymentId: 999_999, reserveId: reserve }] });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'assignments' } });
    const rows = (await api.db.query(`SELECT count(*)::int AS n FROM assignment WHERE deployment_id = $1`, [patrol])) as { n: number }[];
    expect(rows[0].n).toBe(0);
  });
});

describe('proposeAutoFill: input, access and cost', () => {
  it('refuses a period that ends before it starts or lasts more than 31 days, and unknown divisions (BAD_USER_INPUT)', async () => {
    const { from, to } = world.window;
    const backwards = await api.gql(PROPOSE, { from: to, to: from });
    expect(firstError(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'to' } });
    const tooLong = await api.gql(PROPOSE, { from, to: new Date(Date.parse(from) + 32 * 86_400_000).toISOString() });
    expect(firstError(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'to' } });
    const unknown = await api.gql(PROPOSE, { from, to, divisionIds: [division, 999_999] });
    expect(firstError(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'divisionIds' } });
  });

  it('is for coordinators and administrators: leadership and academy staff are FORBIDDEN', async () => {
    const [reserve] = await world.reserves([{ homeDivisionId: division }]);
    const [patrol] = await world.deployments([{ divisionId: division, date: world.day(1), from: 8, to: 12 }]);
    for (const role of [Role.LEADERSHIP, Role.ACADEMY_STAFF]) {
      const client = await api.as(role);
      expect(firstError(await client.gql(PROPOSE, world.window)).code).toBe('FORBIDDEN');
      expect(firstError(await client.gql(APPLY, { assignments: [{ deploymentId: patrol, reserveId: reserve }] })).code).toBe('FORBIDDEN');
    }
    expect(firstError(await api.anonymous.gql(PROPOSE, world.window)).code).toBe('UNAUTHENTICATED');
    const coordinator = await api.as(Role.RESERVE_COORDINATOR);
    expect((await propose([division], coordinator)).filled).toBe(1);
  });

  it('reads a period in the same few SQL statements whatever its number of deployments', async () => {
    await world.reserves(Array.from({ length: 5 }, () => ({ homeDivisionId: division })));
    await world.deployments([{ divisionId: division, date: world.day(1), from: 8, to: 12 }]);
    api.statements.length = 0;
    await propose();
    const few = api.statements.length;
    await world.deployments([10, 12, 14, 16, 18].map((hour) => ({ divisionId: division, date: world.day(1), from: hour, to: hour + 2, headcount: 2 })));
    api.statements.length = 0;
    await propose();
    expect(api.statements.length).toBe(few);
    expect(few).toBeLessThan(20);
  });
});
