import { ADMINS } from '../../common/access.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { defineResource } from '../../common/crud/resource.js';
import { dateTime, enumOf, readOnly, reference, searchable, text } from '../../common/fields.js';
import { AuditEvent, AuditOutcome } from './audit-event.entity.js';

/** Read-only: the log is appended to by the services and protected from change by a trigger. */
export const auditEventResource = defineResource({
  entity: AuditEvent,
  name: 'AuditEvent',
  plural: 'AuditEvents',
  access: { read: ADMINS, write: [] },
  defaultSort: { field: 'occurredAt', order: 'DESC' },
  fields: {
    occurredAt: readOnly(dateTime()),
    actorId: readOnly(reference()),
    actorEmail: readOnly(searchable(text({ max: 254 }))),
    actorRole: readOnly(text({ max: 40 })),
    action: readOnly(text({ max: 40 })),
    entityType: readOnly(text({ max: 60 })),
    entityId: readOnly(text({ max: 40 })),
    requestId: readOnly(text({ max: 64 })),
    sourceAddress: readOnly(text({ max: 64 })),
    outcome: readOnly(enumOf(AuditOutcome)),
  },
});

export const auditEventService = new CrudService<AuditEvent>(auditEventResource);
