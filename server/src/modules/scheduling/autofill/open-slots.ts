import { IneligibilityCode as Code } from '../eligibility.types.js';
import type { Duty, PlanState } from './plan-state.js';

/** Places the auto-fill could not fill, and what kept the reserves off. */
export interface PlannedOpenSlot {
  deploymentId: number;
  missing: number;
  /** The most common ineligibility code among the reserves, or NO_CANDIDATES (nobody on the roster) or SEARCH_LIMIT. */
  code: string;
  reason: string;
}

const WHY: Record<Code, string> = {
  [Code.NOT_ACTIVE]: 'not active',
  [Code.LEVEL_NOT_PERMITTED]: 'their level does not do this duty',
  [Code.TRAINING_MISSING]: 'required training not passed',
  [Code.TRAINING_EXPIRED]: 'required training expired by that day',
  [Code.CPT_HOURS_SHORT]: 'short of continuing professional training hours',
  [Code.OVERLAP]: 'already on duty at that time',
  [Code.REST_TOO_SHORT]: 'too little rest around another duty',
  [Code.WEEKLY_MAX_EXCEEDED]: 'at their weekly hour maximum',
  [Code.NEEDS_LEVEL_I]: 'Level II with no Level I free for the patrol',
  [Code.HEADCOUNT_FULL]: 'the deployment is full',
  [Code.ALREADY_ASSIGNED]: 'already on this deployment',
  [Code.DEPLOYMENT_CLOSED]: 'the deployment is closed',
};

/** Counts, over every reserve not already on the duty, the first rule that keeps them off as the plan stands, and names the most common. */
export function openSlotOf(state: PlanState, duty: Duty): PlannedOpenSlot {
  const deploymentId = duty.fact.id;
  const missing = state.openPlaces(duty);
  const places = missing === 1 ? '1 place' : `${missing} places`;
  const codes = state.staticCodes.get(duty.qualification) ?? [];
  const counts = new Map<Code, number>();
  let candidates = 0;
  state.members.forEach((member, i) => {
    if (duty.crewIds.has(member.fact.id) || duty.proposed.includes(member)) return;
    candidates += 1;
    const code = codes[i] ?? state.obstacle(member, duty) ?? state.reasons(member, duty)[0]?.code;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  });
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (candidates === 0) return { deploymentId, missing, code: 'NO_CANDIDATES', reason: `${places} open: no other reserve is on the roster` };
  if (!top) {
    return { deploymentId, missing, code: 'SEARCH_LIMIT', reason: `${places} open: the search stopped at its limit before finding a reserve; assign by hand` };
  }
  const [code, count] = top;
  return { deploymentId, missing, code, reason: `${places} open: no eligible reserve; most often ${WHY[code]} (${count} of ${candidates} reserves)` };
}
