import { ACADEMY, EVERY_ROLE } from '../../common/access.js';
import { CrudService } from '../../common/crud/crud-service.js';
import { defineResource } from '../../common/crud/resource.js';
import { BadInputError } from '../../common/errors.js';
import { enumOf, localDate, optional, searchable, text, timestampFields, withDefault } from '../../common/fields.js';
import { AcademyClass, AcademyClassStatus, ModuleLevel } from './academy-class.entity.js';

export const academyClassResource = defineResource({
  entity: AcademyClass,
  name: 'AcademyClass',
  plural: 'AcademyClasses',
  access: { read: EVERY_ROLE, write: ACADEMY },
  defaultSort: { field: 'startsOn', order: 'DESC' },
  fields: {
    name: searchable(text({ max: 120 })),
    moduleLevel: enumOf(ModuleLevel),
    startsOn: localDate(),
    endsOn: localDate(),
    status: withDefault(enumOf(AcademyClassStatus)),
    location: optional(searchable(text({ max: 200 }))),
    ...timestampFields(),
  },
});

class AcademyClassService extends CrudService<AcademyClass> {
  protected override check(academyClass: Partial<AcademyClass>): void {
    if (academyClass.startsOn && academyClass.endsOn && academyClass.endsOn < academyClass.startsOn) {
      throw new BadInputError('endsOn', 'endsOn must not be before startsOn');
    }
  }
}

export const academyClassService = new AcademyClassService(academyClassResource);
