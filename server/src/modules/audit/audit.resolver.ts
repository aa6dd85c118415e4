import { Resolver } from 'type-graphql';
import { readResolver } from '../../common/crud/crud-resolver.js';
import { AuditEvent } from './audit-event.entity.js';
import { auditEventService } from './audit.resource.js';

@Resolver(() => AuditEvent)
export class AuditEventResolver extends readResolver(auditEventService) {}
