import { ADMINS, EVERY_ROLE } from '../../common/access.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { defineResource } from '../../common/crud/resource.js';
import { decimal, enumOf, int, searchable, text, timestampFields, withDefault } from '../../common/fields.js';
import { Bureau, Division } from './division.entity.js';

export const divisionResource = defineResource({
  entity: Division,
  name: 'Division',
  plural: 'Divisions',
  access: { read: EVERY_ROLE, write: ADMINS },
  defaultSort: { field: 'areaId', order: 'ASC' },
  fields: {
    areaId: int({ min: 1, max: 99 }),
    name: searchable(text({ max: 80 })),
    bureau: enumOf(Bureau),
    weeklyTargetHours: withDefault(decimal({ min: 0, max: 5000 })),
    ...timestampFields(),
  },
});

export const divisionService = new CrudService(divisionResource);
