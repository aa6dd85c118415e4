import { ACADEMY, EVERY_ROLE } from '../../common/access.js';
import { defineResource } from '../../common/crud/resource.js';
import { boolean, decimal, localDate, optional, readOnly, reference, searchable, text, timestampFields } from '../../common/fields.js';
import { TrainingRecord } from './training-record.entity.js';

export const trainingRecordResource = defineResource({
  entity: TrainingRecord,
  name: 'TrainingRecord',
  plural: 'TrainingRecords',
  access: { read: EVERY_ROLE, write: ACADEMY },
  defaultSort: { field: 'completedOn', order: 'DESC' },
  fields: {
    moduleId: reference(),
    recruitId: optional(reference()),
    reserveId: optional(reference()),
    completedOn: localDate(),
    score: optional(decimal({ min: 0, max: 100 })),
    passed: boolean(),
    hours: decimal({ min: 0, max: 1000 }),
    instructor: optional(searchable(text({ max: 120 }))),
    expiresOn: readOnly(localDate()),
    ...timestampFields(),
  },
});
