import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppContext } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { parseTargetId } from '../../common/ids.js';
import { inTransaction } from '../../common/transaction.js';
import { recordAudit } from '../audit/audit.writer.js';
import { AssignmentStatus, DeploymentKind, DeploymentStatus } from '../deployments/deployment.enums.js';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';
import { calendarTokens } from './calendar.loaders.js';
import { buildCalendar, type CalendarEvent, type EventStatus } from './ics.js';

/** A feed shows what a reserve needs on a phone: the last month, and the next half year. */
export const FEED_PAST_DAYS = 30;
export const FEED_FUTURE_DAYS = 180;
/** Calendar applications are asked to fetch again after this long (the HTTP cache allows 5 minutes). */
export const FEED_REFRESH_MINUTES = 60;
/** 32 random bytes as lowercase hex: 256 bits, what the database default draws too. */
export const CALENDAR_TOKEN = /^[0-9a-f]{64}$/;

const MS_PER_DAY = 86_400_000;
const PRODUCT_ID = '-//Reserve Corps//Reserve & Academy Tracker//EN';
const UID_DOMAIN = 'reserve-academy-tracker';

const KIND_LABELS: Record<DeploymentKind, string> = {
  [DeploymentKind.VISIBILITY_PATROL]: 'Visibility patrol',
  [DeploymentKind.EVENT_SECURITY]: 'Event security',
  [DeploymentKind.TRAFFIC_CONTROL]: 'Traffic control',
  [DeploymentKind.COMMUNITY_EVENT]: 'Community event',
  [DeploymentKind.SEARCH_AND_RESCUE]: 'Search and rescue',
  [DeploymentKind.ADMINISTRATIVE]: 'Administrative duty',
};

const STATUS_LABELS: Record<AssignmentStatus, string> = {
  [AssignmentStatus.ASSIGNED]: 'assigned (not yet confirmed)',
  [AssignmentStatus.CONFIRMED]: 'confirmed',
  [AssignmentStatus.DECLINED]: 'declined',
  [AssignmentStatus.NO_SHOW]: 'no-show',
  [AssignmentStatus.COMPLETED]: 'completed',
  [AssignmentStatus.CANCELLED]: 'cancelled',
};

/** One assignment of the reserve, with what the calendar shows of its deployment. */
export interface FeedAssignment {
  assignmentId: number;
  status: AssignmentStatus;
  deploymentStatus: DeploymentStatus;
  kind: DeploymentKind;
  division: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  requiredHeadcount: number;
  updatedAt: Date;
}

interface FeedOwner {
  id: number;
  firstName: string;
  lastName: string;
  badgeNumber: string;
}

/**
 * What a calendar should make of an assignment: gone when the deployment is cancelled or the
 * reserve is off it; tentative until the reserve confirms (or while the deployment is a draft).
 */
export function eventStatusOf(assignment: Pick<FeedAssignment, 'status' | 'deploymentStatus'>): EventStatus {
  if (assignment.deploymentStatus === DeploymentStatus.CANCELLED) return 'CANCELLED';
  if (assignment.status === AssignmentStatus.CANCELLED || assignment.status === AssignmentStatus.DECLINED) return 'CANCELLED';
  if (assignment.deploymentStatus === DeploymentStatus.DRAFT || assignment.status === AssignmentStatus.ASSIGNED) return 'TENTATIVE';
  return 'CONFIRMED';
}

/** The calendar event of one assignment; its UID stays the same whatever changes, so updates replace it. */
export function eventOf(assignment: FeedAssignment): CalendarEvent {
  const cancelledDeployment = assignment.deploymentStatus === DeploymentStatus.CANCELLED;
  return {
    uid: `assignment-${assignment.assignmentId}@${UID_DOMAIN}`,
    start: assignment.startsAt,
    end: assignment.endsAt,
    summary: `${KIND_LABELS[assignment.kind]} - ${assignment.division}`,
    location: assignment.location,
    description: [
      `${KIND_LABELS[assignment.kind]}, ${assignment.division} Division`,
      `Location: ${assignment.location}`,
      `Required headcount: ${assignment.requiredHeadcount}`,
      `Your assignment: ${STATUS_LABELS[assignment.status]}`,
      ...(cancelledDeployment ? ['The deployment is cancelled.'] : []),
    ].join('\n'),
    status: eventStatusOf(assignment),
    lastModified: assignment.updatedAt,
  };
}

async function ownerOf(db: DataSource, token: string): Promise<FeedOwner | null> {
  const [owner] = (await db.query(
    `SELECT id, first_name AS "firstName", last_name AS "lastName", badge_number AS "badgeNumber"
       FROM reserve_officer WHERE calendar_token = $1`,
    [token],
  )) as FeedOwner[];
  return owner ?? null;
}

/**
 * The reserve's assignments whose deployment ends after `from` and starts before `to`, in every
 * status: a cancelled or declined one stays in the feed (as CANCELLED) so calendars drop it.
 */
async function assignmentsOf(db: DataSource, reserveId: number, from: Date, to: Date): Promise<FeedAssignment[]> {
  return (await db.query(
    `SELECT a.id AS "assignmentId", a.status, d.status AS "deploymentStatus", d.kind, v.name AS division, d.location,
            d.starts_at AS "startsAt", d.ends_at AS "endsAt", d.required_headcount AS "requiredHeadcount",
            greatest(a.updated_at, d.updated_at) AS "updatedAt"
       FROM assignment a
       JOIN deployment d ON d.id = a.deployment_id
       JOIN division v ON v.id = d.division_id
      WHERE a.reserve_id = $1 AND a.starts_at < $3 AND a.ends_at > $2
      ORDER BY d.starts_at, a.id`,
    [reserveId, from, to],
  )) as FeedAssignment[];
}

/** The iCalendar text of the feed a token names, or null when no reserve has that token. */
export async function calendarFeed(db: DataSource, token: string, now: Date): Promise<string | null> {
  if (!CALENDAR_TOKEN.test(token)) return null;
  const owner = await ownerOf(db, token);
  if (!owner) return null;
  const from = new Date(now.getTime() - FEED_PAST_DAYS * MS_PER_DAY);
  const to = new Date(now.getTime() + FEED_FUTURE_DAYS * MS_PER_DAY);
  const assignments = await assignmentsOf(db, owner.id, from, to);
  return buildCalendar({
    productId: PRODUCT_ID,
    name: `Reserve duty - ${owner.firstName} ${owner.lastName} (${owner.badgeNumber})`,
    generatedAt: now,
    refreshMinutes: FEED_REFRESH_MINUTES,
    events: assignments.map(eventOf),
  });
}

/** The feed's address; the token in it is the only key to the feed, so only coordinators see it. */
export async function calendarFeedUrl(ctx: AppContext, reserveId: number): Promise<string | null> {
  const token = await calendarTokens(ctx).load(reserveId);
  return token ? `${ctx.publicUrl}/calendar/${token}.ics` : null;
}

/**
 * A new token for the reserve's feed: the old address answers 404 from now on (a lost phone, a
 * shared link). Audited without either token: the log says that the link changed, not what it is.
 */
export async function rotateCalendarToken(ctx: AppContext, reserveId: unknown): Promise<ReserveOfficer> {
  const id = parseTargetId(reserveId, 'ReserveOfficer');
  const token = randomBytes(32).toString('hex');
  const reserve = await inTransaction(ctx, async (tx) => {
    const existing = await tx.findOne(ReserveOfficer, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!existing) throw new NotFoundError('ReserveOfficer', id);
    await tx.query(`UPDATE reserve_officer SET calendar_token = $2, updated_at = now() WHERE id = $1`, [id, token]);
    await recordAudit(tx, ctx, {
      action: 'UPDATE',
      entityType: 'ReserveOfficer',
      entityId: id,
      before: { calendarFeed: 'previous link' },
      after: { calendarFeed: 'rotated' },
    });
    return tx.findOneByOrFail(ReserveOfficer, { id });
  });
  calendarTokens(ctx).clear(id).prime(id, token);
  return reserve;
}
