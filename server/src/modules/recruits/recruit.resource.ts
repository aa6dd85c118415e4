import { COORDINATORS, EVERY_ROLE } from '../../common/access.js';
import { defineResource } from '../../common/crud/resource.js';
import { personFields } from '../../common/person.js';
import {
  createOnly,
  dateTime,
  enumOf,
  localDate,
  optional,
  readOnly,
  reference,
  text,
  timestampFields,
  withDefault,
} from '../../common/fields.js';
import { ReserveLevel } from '../reserves/reserve.enums.js';
import { RecruitStageChange } from './recruit-stage-change.entity.js';
import { Recruit } from './recruit.entity.js';
import { RecruitSource, RecruitStage } from './recruit.enums.js';

export const recruitResource = defineResource({
  entity: Recruit,
  name: 'Recruit',
  plural: 'Recruits',
  access: { read: EVERY_ROLE, write: COORDINATORS },
  fields: {
    ...personFields(),
    dateOfBirth: optional(localDate()),
    targetLevel: enumOf(ReserveLevel),
    source: enumOf(RecruitSource),
    preferredDivisionId: optional(reference()),
    // Stage moves are domain operations with their own history; create sets the starting stage.
    stage: createOnly(withDefault(enumOf(RecruitStage))),
    stageChangedAt: readOnly(dateTime()),
    exitReason: optional(text({ max: 500 })),
    academyClassId: optional(reference()),
    notes: optional(text({ max: 2000, multiline: true })),
    ...timestampFields(),
  },
});

/** The pipeline history is append-only: it is read here and written by the recruit service. */
export const recruitStageChangeResource = defineResource({
  entity: RecruitStageChange,
  name: 'RecruitStageChange',
  plural: 'RecruitStageChanges',
  access: { read: EVERY_ROLE, write: [] },
  defaultSort: { field: 'changedAt', order: 'ASC' },
  fields: {
    recruitId: readOnly(reference()),
    fromStage: readOnly(enumOf(RecruitStage)),
    toStage: readOnly(enumOf(RecruitStage)),
    changedAt: readOnly(dateTime()),
    changedBy: readOnly(text({ max: 120 })),
    note: readOnly(text({ max: 2000, multiline: true })),
    ...timestampFields(),
  },
});
