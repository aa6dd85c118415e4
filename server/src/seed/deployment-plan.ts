import { AssignmentStatus, DeploymentKind, DeploymentStatus } from '../modules/deployments/deployment.enums.js';
import { addDays, addHours, laLocalToUtc, startOfWeek } from '../common/la-time.js';
import { placesOf } from './places.js';
import type { Random } from './random.js';
import type { SeededDivision } from './seed-context.js';

/** Weeks of schedule around today's week: eleven before it (the dashboard's default twelve weeks with this one), this one, and two after. */
export const FIRST_WEEK = -11;
export const LAST_WEEK = 2;

export interface PlannedAssignment {
  reserveIndex: number;
  status: AssignmentStatus;
  hoursServed: number | null;
  assignedBy: string;
  assignedAt: Date;
}

export interface PlannedDeployment {
  division: SeededDivision;
  kind: DeploymentKind;
  location: string;
  startsAt: Date;
  endsAt: Date;
  requiredHeadcount: number;
  status: DeploymentStatus;
  notes: string | null;
  createdAt: Date;
  /** Weeks from today's week (negative in the past). */
  week: number;
  assignments: PlannedAssignment[];
}

interface Shift {
  start: number;
  hours: number;
}

/** Local start hour and length of a visibility patrol: day watch, PM watch to midnight, and 4-6 hour visibility runs. */
const PATROL_SHIFTS: readonly (readonly [Shift, number])[] = [
  [{ start: 8, hours: 8 }, 2], [{ start: 16, hours: 8 }, 2], [{ start: 10, hours: 4 }, 2], [{ start: 14, hours: 4 }, 2],
  [{ start: 18, hours: 4 }, 3], [{ start: 12, hours: 6 }, 2], [{ start: 17, hours: 6 }, 3], [{ start: 19, hours: 5 }, 2],
];

/** Weekly duties other than patrol, for Level III and Specialists (and a Level I where supervision is needed). */
interface EventTemplate {
  kind: DeploymentKind;
  areaId: number | null;
  location: string;
  weekday: number;
  shift: Shift;
  headcount: number;
}

/** A weekly duty: what, where (no area: a division picked each week), weekday (0 = Monday), local start hour, hours, headcount. */
function event(
  kind: DeploymentKind, areaId: number | null, location: string, weekday: number, start: number, hours: number, headcount: number,
): EventTemplate {
  return { kind, areaId, location, weekday, shift: { start, hours }, headcount };
}

const { TRAFFIC_CONTROL, EVENT_SECURITY, SEARCH_AND_RESCUE, COMMUNITY_EVENT, ADMINISTRATIVE } = DeploymentKind;
const EVENTS: readonly EventTemplate[] = [
  event(TRAFFIC_CONTROL, 20, 'CicLAvia street closure, Wilshire Blvd', 6, 8, 6, 5),
  event(EVENT_SECURITY, 1, 'Crypto.com Arena event, Figueroa St perimeter', 5, 17, 6, 5),
  event(EVENT_SECURITY, 13, 'Central Ave night market', 4, 17, 5, 4),
  event(TRAFFIC_CONTROL, 6, 'Hollywood Blvd street fair, Highland Ave to Vine St', 6, 9, 6, 4),
  event(SEARCH_AND_RESCUE, 16, 'Search and rescue standby, Angeles National Forest trailheads', 5, 7, 6, 3),
  event(COMMUNITY_EVENT, null, 'Community Safety Day, community police station', 5, 10, 4, 4),
  event(COMMUNITY_EVENT, null, 'Coffee with a Cop', 3, 8, 3, 2),
  event(ADMINISTRATIVE, null, 'Front desk support, community police station', 1, 9, 4, 3),
  event(ADMINISTRATIVE, null, 'Front desk support, community police station', 3, 13, 4, 3),
  event(ADMINISTRATIVE, 1, 'Reserve Corps office, Police Administration Building: records and scheduling', 2, 9, 5, 2),
];

const CANCEL_NOTES = ['Cancelled: red flag warning, personnel reassigned', "Cancelled at the division's request", 'Cancelled: heavy rain forecast'];
const PATROL_NOTES = ['Foot patrol in the business district; check in with the watch commander', 'Park and transit-stop visibility', 'Retail corridor visibility'];

function statusOf(random: Random, week: number, endsAt: Date, now: Date): DeploymentStatus {
  if (endsAt <= now) return DeploymentStatus.COMPLETED;
  if (week >= 1 && random.chance(0.08)) return DeploymentStatus.DRAFT;
  return random.chance(0.04) ? DeploymentStatus.CANCELLED : DeploymentStatus.PUBLISHED;
}

function deploymentAt(random: Random, now: Date, week: number, division: SeededDivision, date: string, shift: Shift) {
  const startsAt = laLocalToUtc(date, shift.start);
  const endsAt = laLocalToUtc(date, shift.start + shift.hours);
  const status = statusOf(random, week, endsAt, now);
  const planned = addHours(startsAt, -24 * random.int(14, 28));
  const createdAt = planned < now ? planned : addHours(now, -random.int(2, 96));
  return { division, startsAt, endsAt, status, createdAt, week, assignments: [] };
}

/** Every division's visibility patrols, week by week, plus a few other duties; oldest first. */
export function planDeployments(random: Random, divisions: readonly SeededDivision[], today: string, now: Date): PlannedDeployment[] {
  const deployments: PlannedDeployment[] = [];
  for (let week = FIRST_WEEK; week <= LAST_WEEK; week++) {
    const monday = addDays(startOfWeek(today), 7 * week);
    for (const division of divisions) {
      const count = random.weighted([[2, 55], [3, 45]]);
      const days = [...new Set(random.shuffle([0, 1, 2, 3, 4, 4, 5, 5, 6, 6]))].slice(0, count);
      for (const day of days) {
        const shift = random.weighted(PATROL_SHIFTS);
        const base = deploymentAt(random, now, week, division, addDays(monday, day), shift);
        deployments.push({
          ...base,
          kind: DeploymentKind.VISIBILITY_PATROL,
          location: random.pick(placesOf(division.areaId).patrolAreas),
          requiredHeadcount: random.weighted([[2, 50], [3, 35], [4, 15]]),
          notes: base.status === DeploymentStatus.CANCELLED ? random.pick(CANCEL_NOTES) : random.chance(0.2) ? random.pick(PATROL_NOTES) : null,
        });
      }
    }
    for (const event of EVENTS) {
      const division = divisions.find((d) => d.areaId === event.areaId) ?? random.pick(divisions);
      const base = deploymentAt(random, now, week, division, addDays(monday, event.weekday), event.shift);
      deployments.push({
        ...base,
        kind: event.kind,
        location: event.areaId === null ? `${event.location}, ${division.name}` : event.location,
        requiredHeadcount: event.headcount,
        notes: base.status === DeploymentStatus.CANCELLED ? random.pick(CANCEL_NOTES) : null,
      });
    }
  }
  return deployments.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.division.areaId - b.division.areaId);
}
