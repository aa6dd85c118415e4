import { defineResource } from '../../common/crud/resource.js';
import {
  decimal,
  email,
  enumOf,
  localDate,
  optional,
  phone,
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
  defaultSort: { field: 'lastName', order: 'ASC' },
  fields: {
    badgeNumber: searchable(text({ max: 16, pattern: /^[A-Z0-9-]+$/, patternMessage: 'must be capital letters, digits and dashes' })),
    firstName: searchable(text({ max: 80 })),
    lastName: searchable(text({ max: 80 })),
    email: optional(email()),
    phone: optional(phone()),
    address: optional(text({ max: 300 })),
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
