import { COORDINATORS, EVERY_ROLE } from '../../common/access.js';
import { defineResource } from '../../common/crud/resource.js';
import { personFields } from '../../common/person.js';
import {
  decimal,
  enumOf,
  localDate,
  optional,
  reference,
  searchable,
  text,
  timestampFields,
  withDefault,
} from '../../common/fields.js';
import { ReserveOfficer } from './reserve-officer.entity.js';
import { PriorService, ReserveLevel, ReserveStatus } from './reserve.enums.js';

export const reserveOfficerResource = defineResource({
  entity: ReserveOfficer,
  name: 'ReserveOfficer',
  plural: 'ReserveOfficers',
  access: { read: EVERY_ROLE, write: COORDINATORS },
  defaultSort: { field: 'lastName', order: 'ASC' },
  fields: {
    badgeNumber: searchable(text({ max: 16, pattern: /^[A-Z0-9-]+$/, patternMessage: 'must be capital letters, digits and dashes' })),
    ...personFields(),
    level: enumOf(ReserveLevel),
    status: withDefault(enumOf(ReserveStatus)),
    homeDivisionId: reference(),
    appointedOn: localDate(),
    priorService: enumOf(PriorService),
    recruitId: optional(reference()),
    monthlyMinimumHours: withDefault(decimal({ min: 0, max: 744 })),
    ...timestampFields(),
  },
});
