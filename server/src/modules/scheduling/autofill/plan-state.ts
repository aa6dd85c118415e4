import { laDateOf, laWeekOf } from '../../../common/la-time.js';
import { DeploymentKind, DeploymentStatus } from '../../deployments/deployment.enums.js';
import { ReserveLevel, ReserveStatus } from '../../reserves/reserve.enums.js';
import { IneligibilityCode as Code, type IneligibilityReason } from '../eligibility.types.js';
import type { Booking, DeploymentFact, ReserveFact, ScheduleFacts } from '../facts.js';
import { hoursOf, ineligibilityReasons, PERMITTED_LEVELS } from '../rules.js';
import type { SchedulingSettings } from '../scheduling.settings.js';

const HOUR_MS = 3_600_000;
/** Reasons that come and go with the schedule and the crew; the others hold for the whole day. */
const SCHEDULE_CODES: ReadonlySet<Code> = new Set([
  Code.OVERLAP,
  Code.REST_TOO_SHORT,
  Code.WEEKLY_MAX_EXCEEDED,
  Code.NEEDS_LEVEL_I,
  Code.HEADCOUNT_FULL,
  Code.ALREADY_ASSIGNED,
]);

/** Completed hours by Los Angeles month ('YYYY-MM'), then by reserve id. */
export type MonthHours = ReadonlyMap<string, ReadonlyMap<number, number>>;

export interface PlanInput {
  /** The deployments to fill, with their active crews; only DRAFT and PUBLISHED ones get places. */
  deployments: readonly DeploymentFact[];
  facts: ScheduleFacts;
  settings: SchedulingSettings;
  monthHours: MonthHours;
}

/** A deployment with places to fill, and what the checks read about it worked out once. */
export interface Duty {
  fact: DeploymentFact;
  start: number;
  end: number;
  /** The Los Angeles week holding its start (the weekly maximum counts duties that start in it). */
  weekStart: number;
  weekEnd: number;
  hours: number;
  /** Index of its Los Angeles month in the plan's months. */
  month: number;
  /** Duties of the same day and kind share their qualification (status, level, training, CPT). */
  qualification: string;
  patrol: boolean;
  crewIds: ReadonlySet<number>;
  crewHasLevelI: boolean;
  /** Places open before the run. */
  open: number;
  proposed: Member[];
}

/** A reserve: their bookings in the database, and what this run proposes for them. */
export interface Member {
  fact: ReserveFact;
  booked: { deploymentId: number; start: number; end: number; hours: number }[];
  duties: Duty[];
  proposedHours: number;
  /** By month of the plan: hours still missing to the monthly minimum, counting the proposal. */
  need: number[];
}

/**
 * The state of an auto-fill run: the duties, the reserves, what is proposed so far. `obstacle` is a
 * cheap mirror of the time and crew rules to prune candidates; `reasons` asks the rules themselves
 * (ineligibilityReasons, with the proposal), and nothing is proposed without it.
 */
export class PlanState {
  readonly duties: Duty[];
  readonly members: Member[];
  /** By qualification key: the reserves qualified on that day for that kind, and each reserve's first reason if not. */
  readonly qualified = new Map<string, Member[]>();
  readonly staticCodes = new Map<string, (Code | null)[]>();
  private readonly bookings = new Map<number, Booking[]>();
  private readonly restMs: number;

  constructor(private readonly input: PlanInput) {
    const { deployments, facts, settings, monthHours } = input;
    this.restMs = settings.restHours * HOUR_MS;
    const months: string[] = [];
    this.duties = [...deployments]
      .filter((fact) => fact.status === DeploymentStatus.DRAFT || fact.status === DeploymentStatus.PUBLISHED)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id)
      .map((fact) => this.dutyOf(fact, months))
      .filter((duty) => duty.open > 0);
    this.members = [...facts.reserves.values()].map((fact) => ({
      fact,
      booked: (facts.bookings.get(fact.id) ?? []).map((b) => ({ deploymentId: b.deploymentId, start: b.startsAt.getTime(), end: b.endsAt.getTime(), hours: hoursOf(b) })),
      duties: [],
      proposedHours: 0,
      need: months.map((month) => fact.monthlyMinimumHours - (monthHours.get(month)?.get(fact.id) ?? 0)),
    }));
    for (const duty of this.duties) if (!this.qualified.has(duty.qualification)) this.qualify(duty);
  }

  private dutyOf(fact: DeploymentFact, months: string[]): Duty {
    const day = laDateOf(fact.startsAt);
    const week = laWeekOf(fact.startsAt);
    if (!months.includes(day.slice(0, 7))) months.push(day.slice(0, 7));
    return {
      fact,
      start: fact.startsAt.getTime(),
      end: fact.endsAt.getTime(),
      weekStart: week.start.getTime(),
      weekEnd: week.end.getTime(),
      hours: hoursOf(fact),
      month: months.indexOf(day.slice(0, 7)),
      qualification: `${day}|${fact.kind}`,
      patrol: fact.kind === DeploymentKind.VISIBILITY_PATROL,
      crewIds: new Set(fact.crew.map((member) => member.reserveId)),
      crewHasLevelI: fact.crew.some((member) => member.level === ReserveLevel.LEVEL_I),
      open: Math.max(0, fact.requiredHeadcount - fact.crew.length),
      proposed: [],
    };
  }

  /**
   * The rules that do not depend on the schedule (status, level, training, CPT), asked once per day
   * and kind; the crew rule is left to later. Only a prune: every proposal still passes all rules.
   */
  private qualify(duty: Duty): void {
    const { facts, settings } = this.input;
    const deployment = { ...duty.fact, crew: [] };
    const codes = this.members.map((member) => {
      if (member.fact.status !== ReserveStatus.ACTIVE) return Code.NOT_ACTIVE;
      if (!PERMITTED_LEVELS[duty.fact.kind].includes(member.fact.level)) return Code.LEVEL_NOT_PERMITTED;
      const reasons = ineligibilityReasons({ deployment, reserve: member.fact, facts, settings, scope: 'qualification' });
      return reasons.find((reason) => reason.code !== Code.NEEDS_LEVEL_I)?.code ?? null;
    });
    this.staticCodes.set(duty.qualification, codes);
    this.qualified.set(duty.qualification, this.members.filter((_, i) => codes[i] === null));
  }

  /** A reserve the rules refused for a reason the schedule cannot change leaves the day's candidates. */
  private disqualify(duty: Duty, member: Member, reasons: readonly IneligibilityReason[]): void {
    const lasting = reasons.find((reason) => !SCHEDULE_CODES.has(reason.code));
    if (!lasting) return;
    // A new list: a search may be walking the old one.
    this.qualified.set(duty.qualification, (this.qualified.get(duty.qualification) ?? []).filter((other) => other !== member));
    const codes = this.staticCodes.get(duty.qualification) ?? [];
    codes[this.members.indexOf(member)] = lasting.code;
  }

  openPlaces(duty: Duty): number {
    return duty.open - duty.proposed.length;
  }

  hasLevelI(duty: Duty): boolean {
    return duty.crewHasLevelI || duty.proposed.some((member) => member.fact.level === ReserveLevel.LEVEL_I);
  }

  /** The first crew or time rule in the way, as the rules would find it (with `without` taken off the proposal); null if none. */
  obstacle(member: Member, duty: Duty, without?: Duty): Code | null {
    if (duty.crewIds.has(member.fact.id) || member.duties.includes(duty)) return Code.ALREADY_ASSIGNED;
    if (duty.fact.crew.length + duty.proposed.length >= duty.fact.requiredHeadcount) return Code.HEADCOUNT_FULL;
    if (duty.patrol && member.fact.level === ReserveLevel.LEVEL_II && !this.hasLevelI(duty)) return Code.NEEDS_LEVEL_I;
    let week = duty.hours;
    for (const booking of member.booked) {
      if (booking.deploymentId === duty.fact.id) continue;
      const clash = this.clash(booking.start, booking.end, duty);
      if (clash) return clash;
      if (booking.start >= duty.weekStart && booking.start < duty.weekEnd) week += booking.hours;
    }
    for (const other of member.duties) {
      if (other === without) continue;
      const clash = this.clash(other.start, other.end, duty);
      if (clash) return clash;
      if (other.start >= duty.weekStart && other.start < duty.weekEnd) week += other.hours;
    }
    return week > this.input.settings.weeklyMaxHours ? Code.WEEKLY_MAX_EXCEEDED : null;
  }

  private clash(start: number, end: number, duty: Duty): Code | null {
    if (start < duty.end && end > duty.start) return Code.OVERLAP;
    if (start < duty.end + this.restMs && end > duty.start - this.restMs) return Code.REST_TOO_SHORT;
    return null;
  }

  /** Every rule, asked of the one rules function with the bookings and crew proposed so far. */
  reasons(member: Member, duty: Duty): IneligibilityReason[] {
    const { facts, settings } = this.input;
    return ineligibilityReasons({
      deployment: duty.fact,
      reserve: member.fact,
      facts,
      settings,
      proposed: this.bookings,
      proposedCrew: duty.proposed.map((other) => other.fact.level),
    });
  }

  add(member: Member, duty: Duty): void {
    duty.proposed.push(member);
    member.duties.push(duty);
    member.proposedHours += duty.hours;
    member.need[duty.month] -= duty.hours;
    const list = this.bookings.get(member.fact.id);
    const booking = { deploymentId: duty.fact.id, startsAt: duty.fact.startsAt, endsAt: duty.fact.endsAt };
    if (list) list.push(booking);
    else this.bookings.set(member.fact.id, [booking]);
  }

  remove(member: Member, duty: Duty): void {
    duty.proposed.splice(duty.proposed.indexOf(member), 1);
    member.duties.splice(member.duties.indexOf(duty), 1);
    member.proposedHours -= duty.hours;
    member.need[duty.month] += duty.hours;
    const list = this.bookings.get(member.fact.id) ?? [];
    const at = list.findIndex((booking) => booking.deploymentId === duty.fact.id);
    if (at >= 0) list.splice(at, 1);
  }

  /**
   * Whether `a` goes before `b` on the duty: furthest below their monthly minimum (counting what is
   * proposed), then homed in the duty's division, then fewest hours proposed in this run, then id.
   */
  prefers(a: Member, b: Member, duty: Duty): boolean {
    const deficitA = Math.max(0, a.need[duty.month]);
    const deficitB = Math.max(0, b.need[duty.month]);
    if (deficitA !== deficitB) return deficitA > deficitB;
    const homeA = a.fact.homeDivisionId === duty.fact.divisionId;
    const homeB = b.fact.homeDivisionId === duty.fact.divisionId;
    if (homeA !== homeB) return homeA;
    if (a.proposedHours !== b.proposedHours) return a.proposedHours < b.proposedHours;
    return a.fact.id < b.fact.id;
  }

  /**
   * Proposes the most preferred reserve who is free for the duty and passes every rule; false if
   * there is none. `steps` counts the reserves looked at (the search's budget).
   */
  fillFromFree(duty: Duty, steps: { count: number } = { count: 0 }): boolean {
    const candidates = this.qualified.get(duty.qualification) ?? [];
    const refused = new Set<Member>();
    for (;;) {
      let best: Member | undefined;
      steps.count += candidates.length;
      for (const member of candidates) {
        if (refused.has(member) || this.obstacle(member, duty) !== null) continue;
        if (!best || this.prefers(member, best, duty)) best = member;
      }
      if (!best) return false;
      const reasons = this.reasons(best, duty);
      if (reasons.length === 0) {
        this.add(best, duty);
        return true;
      }
      refused.add(best);
      this.disqualify(duty, best, reasons);
    }
  }
}
