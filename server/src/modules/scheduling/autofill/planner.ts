import { ReserveLevel } from '../../reserves/reserve.enums.js';
import { openSlotOf, type PlannedOpenSlot } from './open-slots.js';
import { PlanState, type Duty, type Member, type PlanInput } from './plan-state.js';

export type { MonthHours, PlanInput } from './plan-state.js';
export type { PlannedOpenSlot } from './open-slots.js';

export interface PlannedAssignment {
  deploymentId: number;
  reserveId: number;
  homeDivision: boolean;
}

export interface AutoFillPlan {
  assignments: PlannedAssignment[];
  openSlots: PlannedOpenSlot[];
  /** Places open before the run. */
  slots: number;
  filled: number;
  /** filled / slots (1 when there was nothing to fill). */
  fillRate: number;
}

export interface SearchLimits {
  /** Reserves one search for a place may look at before giving up. */
  perSearch: number;
  /** Reserves all the searches of a run may look at together. */
  perRun: number;
}

/**
 * About 10 ms per search and under a second per run on a small server (a step is a reserve looked at,
 * well under a microsecond); instances of a few dozen reserves never come near them.
 */
export const DEFAULT_SEARCH_LIMITS: SearchLimits = { perSearch: 20_000, perRun: 1_000_000 };

/**
 * Kuhn's augmenting paths, with the rules deciding every edge: when no free reserve can take a
 * place, a reserve proposed elsewhere moves to it if the place they leave is taken in turn (by a
 * free reserve, or by another move). Each move is asked of the rules; a search that fails leaves the
 * proposal exactly as it was. On instances where every duty clashes with every other (each reserve
 * takes at most one place) this is a maximum bipartite matching.
 */
class MoveSearch {
  private readonly visited = new Set<Member>();
  private readonly path = new Set<Duty>();
  private readonly steps = { count: 0 };
  private spent = 0;

  constructor(
    private readonly state: PlanState,
    private readonly limits: SearchLimits,
  ) {}

  fill(duty: Duty): boolean {
    if (this.spent >= this.limits.perRun) return false;
    this.visited.clear();
    this.steps.count = 0;
    const found = this.augment(duty);
    this.spent += this.steps.count;
    return found;
  }

  private augment(duty: Duty): boolean {
    this.path.add(duty);
    try {
      for (const member of this.state.qualified.get(duty.qualification) ?? []) {
        if (++this.steps.count > this.limits.perSearch) return false;
        // Free reserves were asked already (fillFromFree); Kuhn visits each reserve once per search.
        if (member.duties.length === 0 || this.visited.has(member)) continue;
        this.visited.add(member);
        for (const from of [...member.duties]) {
          if (!this.path.has(from) && this.move(member, from, duty)) return true;
        }
      }
      return false;
    } finally {
      this.path.delete(duty);
    }
  }

  /** Moves the reserve and refills the place they leave; undoes the move when it cannot be refilled. */
  private move(member: Member, from: Duty, to: Duty): boolean {
    if (this.state.obstacle(member, to, from) !== null) return false;
    this.state.remove(member, from);
    if (this.state.reasons(member, to).length === 0) {
      this.state.add(member, to);
      if (this.state.fillFromFree(from, this.steps) || this.augment(from)) return true;
      this.state.remove(member, to);
    }
    this.state.add(member, from);
    return false;
  }
}

/**
 * Proposes reserves for the open places of the deployments (no database: the caller loads the facts).
 * Every proposed assignment passed `ineligibilityReasons` with the rest of the proposal, so the whole
 * proposal honours every hard rule. Among eligible reserves it prefers those furthest below their
 * monthly minimum, then those homed in the division, then those given the fewest hours so far.
 */
export function planAutoFill(input: PlanInput & { limits?: SearchLimits }): AutoFillPlan {
  const state = new PlanState(input);
  const search = new MoveSearch(state, input.limits ?? DEFAULT_SEARCH_LIMITS);
  const fill = (duty: Duty) => state.fillFromFree(duty) || search.fill(duty);

  // A Level I on every patrol that has none, first: a Level II may only join a patrol that has one.
  for (const duty of state.duties) if (duty.patrol && !state.hasLevelI(duty) && state.openPlaces(duty) > 0) fill(duty);
  for (const duty of state.duties) while (state.openPlaces(duty) > 0 && fill(duty));
  // A move may have freed a reserve for a duty passed over before it.
  for (const duty of state.duties) while (state.openPlaces(duty) > 0 && state.fillFromFree(duty));

  const assignments = state.duties.flatMap((duty) =>
    [...duty.proposed]
      .sort((a, b) => Number(b.fact.level === ReserveLevel.LEVEL_I) - Number(a.fact.level === ReserveLevel.LEVEL_I))
      .map((member) => ({ deploymentId: duty.fact.id, reserveId: member.fact.id, homeDivision: member.fact.homeDivisionId === duty.fact.divisionId })),
  );
  const openSlots = state.duties.filter((duty) => state.openPlaces(duty) > 0).map((duty) => openSlotOf(state, duty));
  const slots = state.duties.reduce((sum, duty) => sum + duty.open, 0);
  return { assignments, openSlots, slots, filled: assignments.length, fillRate: slots === 0 ? 1 : assignments.length / slots };
}
