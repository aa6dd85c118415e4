import { CONTACT_READERS, COORDINATORS, EVERY_ROLE } from '../../common/access.js';
import { defineResource } from '../../common/crud/resource.js';
import {
  decimal,
  email,
  enumOf,
  localDate,
  optional,
  phone,
  reference,
  restricted,
  searchable,
  text,
  timestampFields,
  withDefault,
} from '../../common/fields.js';
import { ReserveOfficer } from './reserve-officer.entity.js';
import { PriorService, ReserveLevel, ReserveStatus } from './reserve.enums.js';

const contact = restricted(CONTACT_READERS);

export const reserveOfficerResource = defineResource({
  entity: ReserveOfficer,
  name: 'ReserveOfficer',
  plural: 'ReserveOfficers',
  access: { read: EVERY_ROLE, write: COORDINATORS },
  defaultSort: { field: 'lastName', order: 'ASC' },
  fields: {
    badgeNumber: searchable(text({ max: 16, pattern: /^[A-Z0-9-]+$/, patternMessage: 'must be capital letters, digits and dashes' })),
    firstName: searchable(text({ max: 80 })),
    lastName: searchable(text({ max: 80 })),
    email: contact(optional(email())),
    phone: contact(optional(phone())),
    address: contact(optional(text({ max: 300 }))),
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
