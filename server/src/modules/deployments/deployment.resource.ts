import { ADMINS, COORDINATORS, SCHEDULE_READERS } from '../../common/access.js';
import { defineResource } from '../../common/crud/resource.js';
import {
  createOnly,
  dateTime,
  decimal,
  enumOf,
  int,
  optional,
  readOnly,
  reference,
  searchable,
  text,
  timestampFields,
  withDefault,
} from '../../common/fields.js';
import { Assignment } from './assignment.entity.js';
import { AssignmentStatus, DeploymentKind, DeploymentStatus } from './deployment.enums.js';
import { Deployment } from './deployment.entity.js';

export const deploymentResource = defineResource({
  entity: Deployment,
  name: 'Deployment',
  plural: 'Deployments',
  access: { read: SCHEDULE_READERS, write: COORDINATORS },
  defaultSort: { field: 'startsAt', order: 'ASC' },
  fields: {
    divisionId: reference(),
    kind: withDefault(enumOf(DeploymentKind)),
    location: searchable(text({ max: 200 })),
    startsAt: dateTime(),
    endsAt: dateTime(),
    requiredHeadcount: withDefault(int({ min: 1, max: 50 })),
    // Publishing, cancelling and completing are domain operations (publishDeployment ...).
    status: createOnly(withDefault(enumOf(DeploymentStatus))),
    notes: optional(searchable(text({ max: 2000, multiline: true }))),
    ...timestampFields(),
  },
});

export const assignmentResource = defineResource({
  entity: Assignment,
  name: 'Assignment',
  plural: 'Assignments',
  // Coordinators assign through assignReserve and its rules; these raw writes are an administrator's
  // data corrections (audited, and caught by the ineligibleAssignments report when they break a rule).
  access: { read: SCHEDULE_READERS, write: ADMINS },
  fields: {
    deploymentId: createOnly(reference()),
    reserveId: createOnly(reference()),
    status: withDefault(enumOf(AssignmentStatus)),
    hoursServed: optional(decimal({ min: 0, max: 24 })),
    assignedBy: optional(searchable(text({ max: 120 }))),
    assignedAt: readOnly(dateTime()),
    ...timestampFields(),
  },
});
