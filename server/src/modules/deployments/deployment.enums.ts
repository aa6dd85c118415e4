import { registerEnumType } from 'type-graphql';

export enum DeploymentKind {
  VISIBILITY_PATROL = 'VISIBILITY_PATROL',
  EVENT_SECURITY = 'EVENT_SECURITY',
  TRAFFIC_CONTROL = 'TRAFFIC_CONTROL',
  COMMUNITY_EVENT = 'COMMUNITY_EVENT',
  SEARCH_AND_RESCUE = 'SEARCH_AND_RESCUE',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
}
registerEnumType(DeploymentKind, { name: 'DeploymentKind' });

export enum DeploymentStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DeploymentStatus, { name: 'DeploymentStatus' });

/** CANCELLED is set when the deployment itself is cancelled. */
export enum AssignmentStatus {
  ASSIGNED = 'ASSIGNED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  NO_SHOW = 'NO_SHOW',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AssignmentStatus, { name: 'AssignmentStatus' });

/** Assignments in these states hold the reserve's time; the others free it (see the no-overlap constraint). */
export const INACTIVE_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = [AssignmentStatus.DECLINED, AssignmentStatus.CANCELLED];
