import { ADMINS, Role } from '../../common/access.js';
import { defineResource } from '../../common/crud/resource.js';
import { boolean, createOnly, dateTime, email, enumOf, readOnly, searchable, text, timestampFields, withDefault, type FieldSpec } from '../../common/fields.js';
import { checkPasswordPolicy } from './passwords.js';
import { User } from './user.entity.js';

/** A new password: checked against the policy, never trimmed; hashed by the service. */
function password(): FieldSpec<string> {
  return { ...text({ max: 256 }), sortable: false, filter: 'none', on: 'create', parse: (value, field) => checkPasswordPolicy(value, field) };
}

export const userResource = defineResource({
  entity: User,
  name: 'User',
  plural: 'Users',
  access: { read: ADMINS, write: ADMINS },
  defaultSort: { field: 'name', order: 'ASC' },
  fields: {
    email: createOnly(searchable(email())),
    name: searchable(text({ max: 120 })),
    role: enumOf(Role),
    active: withDefault(boolean()),
    password: password(),
    lockedAt: readOnly(dateTime()),
    lastLoginAt: readOnly(dateTime()),
    ...timestampFields(),
  },
});
