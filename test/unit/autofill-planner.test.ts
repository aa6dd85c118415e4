import { describe, expect, it } from 'vitest';
import { addDays, laLocalToUtc } from '../../server/src/common/la-time.js';
import { DeploymentKind, DeploymentStatus } from '../../server/src/modules/deployments/deployment.enums.js';
import { ReserveLevel, ReserveStatus } from '../../server/src/modules/reserves/reserve.enums.js';
import { planAutoFill, type AutoFillPlan } from '../../server/src/modules/scheduling/autofill/planner.js';
import type { Booking, DeploymentFact, ReserveFact, ScheduleFacts, TrainingFact } from '../../server/src/modules/scheduling/facts.js';
import { ineligibilityReasons } from '../../server/src/modules/scheduling/rules.js';
import { DEFAULT_SCHEDULING_SETTINGS } from '../../server/src/modules/scheduling/scheduling.settings.js';
import { Random } from '../../server/src/seed/random.js';

/**
 * The planner alone (no database), on hundreds of seeded instances: its fill against a maximum
 * matching where that is the best possible, and every proposed assignment checked again against the
 * rules with the rest of the proposal where times, rest, weekly hours and Level II crews interact.
 */
const settings = DEFAULT_SCHEDULING_SETTINGS;
const MONDAY = '2027-05-03';
const MODULE = { id: 1, code: 'CORE', title: 'Core patrol training', requiredForLevels: [ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_II, ReserveLevel.LEVEL_III] };

function facts(reserves: ReserveFact[], training: Map<number, TrainingFact[]>, bookings = new Map<number, Booking[]>()): ScheduleFacts {
  return { reserves: new Map(reserves.map((r) => [r.id, r])), training, bookings, modules: [MODULE] };
}

function deployment(id: number, random: Random, date: string, from: number, hours: number, kind: DeploymentKind): DeploymentFact {
  return {
    id,
    divisionId: random.int(1, 3),
    kind,
    status: DeploymentStatus.PUBLISHED,
    startsAt: laLocalToUtc(date, from),
    endsAt: laLocalToUtc(date, from + hours),
    requiredHeadcount: random.int(1, 3),
    crew: [],
  };
}

/** Reserves with a pass that holds on every day, from a day, until a day, or never. */
function roster(random: Random, count: number, levels: readonly ReserveLevel[]) {
  const reserves: ReserveFact[] = [];
  const training = new Map<number, TrainingFact[]>();
  for (let id = 1; id <= count; id++) {
    const status = random.chance(0.85) ? ReserveStatus.ACTIVE : ReserveStatus.LEAVE;
    reserves.push({ id, level: random.pick(levels), status, homeDivisionId: random.int(1, 3), monthlyMinimumHours: random.pick([0, 8, 16]) });
    const day = addDays(MONDAY, random.int(0, 3));
    const pass = random.weighted<TrainingFact | null>([
      [{ moduleId: 1, completedOn: '2026-06-01', expiresOn: null, hours: 24 }, 50],
      [{ moduleId: 1, completedOn: day, expiresOn: null, hours: 24 }, 20],
      [{ moduleId: 1, completedOn: '2026-06-01', expiresOn: day, hours: 24 }, 20],
      [null, 10],
    ]);
    training.set(id, pass ? [pass] : []);
  }
  return { reserves, training };
}

/** Kuhn's maximum matching of places to reserves, eligibility asked of the rules. */
function maximumMatching(deployments: DeploymentFact[], scheduleFacts: ScheduleFacts): number {
  const places = deployments.flatMap((d) => Array<DeploymentFact>(d.requiredHeadcount).fill(d));
  const eligible = places.map((d) => [...scheduleFacts.reserves.values()].filter((reserve) => ineligibilityReasons({ deployment: d, reserve, facts: scheduleFacts, settings }).length === 0).map((r) => r.id));
  const placeOf = new Map<number, number>();
  const augment = (place: number, seen: Set<number>): boolean =>
    eligible[place].some((reserve) => {
      if (seen.has(reserve)) return false;
      seen.add(reserve);
      const taken = placeOf.get(reserve);
      if (taken !== undefined && !augment(taken, seen)) return false;
      placeOf.set(reserve, place);
      return true;
    });
  return places.filter((_, place) => augment(place, new Set())).length;
}

/** Every proposed assignment passes every rule against the rest of the proposal. */
function brokenRules(plan: AutoFillPlan, deployments: DeploymentFact[], scheduleFacts: ScheduleFacts): string[] {
  const byId = new Map(deployments.map((d) => [d.id, d]));
  return plan.assignments.flatMap((item) => {
    const others = plan.assignments.filter((other) => other !== item);
    const proposed = new Map<number, Booking[]>();
    for (const other of others) {
      const d = byId.get(other.deploymentId)!;
      proposed.set(other.reserveId, [...(proposed.get(other.reserveId) ?? []), { deploymentId: d.id, startsAt: d.startsAt, endsAt: d.endsAt }]);
    }
    const proposedCrew = others.filter((o) => o.deploymentId === item.deploymentId).map((o) => scheduleFacts.reserves.get(o.reserveId)!.level);
    const twice = others.some((o) => o.deploymentId === item.deploymentId && o.reserveId === item.reserveId) ? ['ALREADY_PROPOSED'] : [];
    const reasons = ineligibilityReasons({ deployment: byId.get(item.deploymentId)!, reserve: scheduleFacts.reserves.get(item.reserveId)!, facts: scheduleFacts, settings, proposed, proposedCrew });
    return [...twice, ...reasons.map((r) => r.code)].map((code) => `deployment ${item.deploymentId}, reserve ${item.reserveId}: ${code}`);
  });
}

describe('planAutoFill', () => {
  it('reaches a maximum matching on 300 instances where every deployment clashes with every other', () => {
    const random = new Random(300);
    for (let n = 0; n < 300; n++) {
      const kinds = [DeploymentKind.VISIBILITY_PATROL, DeploymentKind.EVENT_SECURITY];
      const deployments = Array.from({ length: random.int(3, 9) }, (_, i) => deployment(i + 1, random, MONDAY, random.pick([22, 23, 24]), 4, random.pick(kinds)));
      const { reserves, training } = roster(random, random.int(4, 20), [ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_III]);
      const scheduleFacts = facts(reserves, training);
      const plan = planAutoFill({ deployments, facts: scheduleFacts, settings, monthHours: new Map() });
      expect({ instance: n, filled: plan.filled }).toEqual({ instance: n, filled: maximumMatching(deployments, scheduleFacts) });
      expect(brokenRules(plan, deployments, scheduleFacts)).toEqual([]);
    }
  });

  it('honours every rule across the proposal on 300 instances mixing overlaps, rest, weekly hours and Level II crews', () => {
    const random = new Random(301);
    let filled = 0;
    for (let n = 0; n < 300; n++) {
      const deployments = Array.from({ length: random.int(4, 16) }, (_, i) =>
        deployment(i + 1, random, addDays(MONDAY, random.int(0, 6)), random.int(0, 20), random.pick([4, 6, 8, 10]), random.pick([DeploymentKind.VISIBILITY_PATROL, DeploymentKind.TRAFFIC_CONTROL])),
      );
      const { reserves, training } = roster(random, random.int(2, 10), [ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_II, ReserveLevel.LEVEL_II, ReserveLevel.LEVEL_III]);
      const bookings = new Map<number, Booking[]>();
      for (const reserve of reserves.filter(() => random.chance(0.3))) {
        const startsAt = laLocalToUtc(addDays(MONDAY, random.int(0, 6)), random.int(0, 16));
        bookings.set(reserve.id, [{ deploymentId: 1000 + reserve.id, startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000) }]);
      }
      const scheduleFacts = facts(reserves, training, bookings);
      const plan = planAutoFill({ deployments, facts: scheduleFacts, settings, monthHours: new Map() });
      expect({ instance: n, broken: brokenRules(plan, deployments, scheduleFacts) }).toEqual({ instance: n, broken: [] });
      expect(plan.filled + plan.openSlots.reduce((sum, open) => sum + open.missing, 0)).toBe(plan.slots);
      filled += plan.filled;
    }
    expect(filled).toBeGreaterThan(0);
  });
});
