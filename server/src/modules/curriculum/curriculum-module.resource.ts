import { ACADEMY, EVERY_ROLE } from '../../common/access.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { defineResource } from '../../common/crud/resource.js';
import {
  boolean,
  decimal,
  enumList,
  enumOf,
  int,
  optional,
  searchable,
  text,
  timestampFields,
  withDefault,
} from '../../common/fields.js';
import { ReserveLevel } from '../reserves/reserve.enums.js';
import { CurriculumModule, ModuleCategory, RequirementSource } from './curriculum-module.entity.js';

export const curriculumModuleResource = defineResource({
  entity: CurriculumModule,
  name: 'CurriculumModule',
  plural: 'CurriculumModules',
  access: { read: EVERY_ROLE, write: ACADEMY },
  defaultSort: { field: 'code', order: 'ASC' },
  fields: {
    code: searchable(text({ max: 20, pattern: /^[A-Z0-9][A-Z0-9-]*$/, patternMessage: 'must be capital letters, digits and dashes' })),
    title: searchable(text({ max: 200 })),
    description: withDefault(text({ max: 4000, min: 0, multiline: true })),
    category: enumOf(ModuleCategory),
    learningDomain: optional(int({ min: 1, max: 99 })),
    requirementSource: enumOf(RequirementSource),
    version: withDefault(int({ min: 1, max: 1000 })),
    hours: decimal({ min: 0, max: 1000 }),
    passingScore: decimal({ min: 0, max: 100 }),
    requiredForLevels: withDefault(enumList(ReserveLevel)),
    recertificationMonths: optional(int({ min: 1, max: 240 })),
    active: withDefault(boolean()),
    ...timestampFields(),
  },
});

export const curriculumModuleService = new CrudService(curriculumModuleResource);
