import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/common/clock.js';
import { addDays } from '../../server/src/common/la-time.js';
import { loadPlanInput } from '../../server/src/modules/scheduling/autofill/autofill.load.js';
import { planAutoFill } from '../../server/src/modules/scheduling/autofill/planner.js';
import { loadDeployment, loadScheduleFacts } from '../../server/src/modules/scheduling/facts.js';
import { ineligibilityReasons } from '../../server/src/modules/scheduling/rules.js';
import { DEFAULT_SCHEDULING_SETTINGS } from '../../server/src/modules/scheduling/scheduling.settings.js';
import { Random } from '../../server/src/seed/random.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { ScheduleWorld, type ReserveSpec, type Training } from '../support/schedule-rows.js';

/**
 * The auto-fill's fill against the best possible fill, on seeded random instances where the best is
 * known: deployments that all clash (each reserve takes at most one place, so the best is a maximum
 * bipartite matching), and deployments on different days (the best fills each one as far as its
 * eligible reserves go). Eligibility comes from the rules function; the matching is computed here.
 */
const NOW = new Date('2027-01-04T08:00:00Z');
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ clock: fixedClock(NOW) });
});
afterAll(() => api.close());

const PROPOSE = `mutation($from: DateTimeISO!, $to: DateTimeISO!) {
  proposeAutoFill(from: $from, to: $to) { slots filled assignments { deploymentId reserveId } }
}`;

interface Instance {
  world: ScheduleWorld;
  deployments: number[];
  reserves: number[];
}

/** Open places per deployment, and who may take them, asked of the rules before anything is proposed. */
async function eligibilityOf({ world, deployments, reserves }: Instance) {
  const window = { from: new Date(world.window.from), to: new Date(world.window.to) };
  const facts = await loadScheduleFacts(api.db.manager, window, reserves);
  const open = new Map<number, number>();
  const eligible = new Map<number, number[]>();
  for (const id of deployments) {
    const deployment = await loadDeployment(api.db.manager, id);
    open.set(id, deployment.requiredHeadcount - deployment.crew.length);
    const settings = DEFAULT_SCHEDULING_SETTINGS;
    eligible.set(id, reserves.filter((r) => ineligibilityReasons({ deployment, reserve: facts.reserves.get(r)!, facts, settings }).length === 0));
  }
  return { open, eligible };
}

/** Kuhn's algorithm over places (a deployment with n open places is n places) and reserves. */
function maximumMatching(open: Map<number, number>, eligible: Map<number, number[]>): number {
  const places = [...open].flatMap(([deployment, count]) => Array<number>(count).fill(deployment));
  const placeOf = new Map<number, number>();
  const augment = (place: number, seen: Set<number>): boolean => {
    for (const reserve of eligible.get(places[place]) ?? []) {
      if (seen.has(reserve)) continue;
      seen.add(reserve);
      const taken = placeOf.get(reserve);
      if (taken === undefined || augment(taken, seen)) {
        placeOf.set(reserve, place);
        return true;
      }
    }
    return false;
  };
  return places.filter((_, place) => augment(place, new Set())).length;
}

function reserveSpecs(random: Random, divisions: number[], count: number, training: () => Training): ReserveSpec[] {
  return Array.from({ length: count }, () => ({
    level: random.chance(0.75) ? 'LEVEL_I' : 'LEVEL_III',
    status: random.chance(0.85) ? 'ACTIVE' : random.pick(['LEAVE', 'INACTIVE'] as const),
    homeDivisionId: random.pick(divisions),
    monthlyMinimumHours: random.pick([0, 8, 16]),
    training: training(),
  }));
}

async function propose(world: ScheduleWorld) {
  return (await api.ok(PROPOSE, world.window)).proposeAutoFill as { slots: number; filled: number; assignments: { deploymentId: string; reserveId: string }[] };
}

/** Every proposed reserve may go, no deployment gets more than its open places, and no reserve is on two clashing deployments. */
function expectValid(proposal: Awaited<ReturnType<typeof propose>>, open: Map<number, number>, eligible: Map<number, number[]>, clashing: boolean) {
  for (const { deploymentId, reserveId } of proposal.assignments) expect(eligible.get(Number(deploymentId))).toContain(Number(reserveId));
  for (const [deployment, count] of open) expect(proposal.assignments.filter((a) => a.deploymentId === String(deployment)).length).toBeLessThanOrEqual(count);
  if (clashing) expect(new Set(proposal.assignments.map((a) => a.reserveId)).size).toBe(proposal.assignments.length);
}

/** 5-8 deployments around the same midnight (so they all overlap, on two dates), 10-20 reserves whose training holds on one date, both or neither. */
async function clashingInstance(random: Random): Promise<Instance> {
  const world = await ScheduleWorld.create(api.db);
  const divisions = await world.divisions(random.int(2, 4));
  const day = world.day(random.int(0, 5));
  const next = addDays(day, 1);
  const deployments = await world.deployments(
    Array.from({ length: random.int(5, 8) }, () => {
      const from = random.pick([21, 22, 23, 24]);
      const kind = random.pick(['VISIBILITY_PATROL', 'EVENT_SECURITY']);
      return { divisionId: random.pick(divisions), date: day, from, to: from + 4, headcount: random.int(1, 3), kind, status: random.pick(['DRAFT', 'PUBLISHED']) };
    }),
  );
  const training = (): Training =>
    random.weighted<Training>([
      ['current', 45],
      [{ completedOn: '2026-03-01', expiresOn: next }, 15],
      [{ completedOn: next, expiresOn: null }, 15],
      ['expired', 12],
      ['missing', 13],
    ]);
  const reserves = await world.reserves(reserveSpecs(random, divisions, random.int(10, 20), training));
  return { world, deployments, reserves };
}

/** 3-7 deployments on different days of a week, 6-14 reserves whose training holds from or until some day. */
async function separateDaysInstance(random: Random): Promise<Instance> {
  const world = await ScheduleWorld.create(api.db);
  const divisions = await world.divisions(random.int(1, 3));
  const days = random.shuffle([0, 1, 2, 3, 4, 5, 6]).slice(0, random.int(3, 6));
  const deployments = await world.deployments(
    days.map((d) => ({ divisionId: random.pick(divisions), date: world.day(d), from: 8, to: 12, headcount: random.int(1, 3), kind: random.pick(['VISIBILITY_PATROL', 'TRAFFIC_CONTROL']) })),
  );
  const training = (): Training =>
    random.weighted<Training>([
      ['current', 50],
      [{ completedOn: '2026-03-01', expiresOn: world.day(random.int(1, 6)) }, 20],
      [{ completedOn: world.day(random.int(1, 6)), expiresOn: null }, 15],
      ['missing', 15],
    ]);
  const reserves = await world.reserves(reserveSpecs(random, divisions, random.int(6, 14), training));
  return { world, deployments, reserves };
}

describe('auto-fill quality: it reaches the best possible fill', () => {
  it('fills as many places as a maximum bipartite matching when every deployment clashes with every other (12 seeded instances)', async () => {
    const random = new Random(4_006);
    let greedyShortOfBest = 0;
    for (let n = 0; n < 12; n++) {
      const instance = await clashingInstance(random);
      const { open, eligible } = await eligibilityOf(instance);
      const best = maximumMatching(open, eligible);
      const proposal = await propose(instance.world);
      expect({ instance: n, slots: proposal.slots, filled: proposal.filled }).toEqual({ instance: n, slots: [...open.values()].reduce((a, b) => a + b, 0), filled: best });
      expectValid(proposal, open, eligible, true);
      // The same plan without moving anyone (greedy alone), to show the instances need the augmenting paths.
      const window = { from: new Date(instance.world.window.from), to: new Date(instance.world.window.to) };
      const input = await loadPlanInput(api.db.manager, window, null, NOW, DEFAULT_SCHEDULING_SETTINGS);
      if (planAutoFill({ ...input, limits: { perSearch: 0, perRun: 0 } }).filled < best) greedyShortOfBest += 1;
    }
    expect(greedyShortOfBest).toBeGreaterThan(0);
  });

  it('fills each deployment up to its eligible reserves when no two clash (5 seeded instances)', async () => {
    const random = new Random(2_015);
    for (let n = 0; n < 5; n++) {
      const instance = await separateDaysInstance(random);
      const { open, eligible } = await eligibilityOf(instance);
      const best = [...open].reduce((sum, [deployment, count]) => sum + Math.min(count, eligible.get(deployment)!.length), 0);
      const proposal = await propose(instance.world);
      expect({ instance: n, filled: proposal.filled }).toEqual({ instance: n, filled: best });
      expectValid(proposal, open, eligible, false);
    }
  });
});
