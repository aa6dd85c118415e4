import type { RaRecord } from 'react-admin';
import { enumLabel } from './enums';
import { formatDateTime, formatLocalDate } from './laTime';

/** How a record of each resource is named wherever it is referenced (react-admin's recordRepresentation). */
export const representations: Record<string, (record: RaRecord) => string> = {
  divisions: (division) => String(division.name ?? `Division ${division.id}`),
  recruits: (recruit) => `${recruit.lastName}, ${recruit.firstName}`,
  'academy-classes': (academyClass) => String(academyClass.name),
  'curriculum-modules': (module) => `${module.code} - ${module.title}`,
  'training-records': (record) => `Training record ${record.id} (${formatLocalDate(record.completedOn)})`,
  reserves: (reserve) => `Badge ${reserve.badgeNumber} - ${reserve.lastName}, ${reserve.firstName}`,
  deployments: (deployment) => `${deployment.location} (${formatDateTime(deployment.startsAt)})`,
  assignments: (assignment) => `Assignment ${assignment.id} (${enumLabel(assignment.status)})`,
  users: (user) => `${user.name} <${user.email}>`,
  'audit-events': (event) => `${event.action} ${event.entityType}${event.entityId ? ` ${event.entityId}` : ''}`,
  'stage-changes': (change) => `${enumLabel(change.fromStage) || 'Entered'} → ${enumLabel(change.toStage)}`,
};

export const represent = (resource: string, record: RaRecord | undefined): string =>
  record ? (representations[resource]?.(record) ?? String(record.id)) : '';
