import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { csvExporter } from '../common/csv';
import { choices } from '../common/enums';
import { EnumField, LaDateTimeField, ShowLinkField } from '../common/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={choices.role} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

const exporter = csvExporter('users', [
  { source: 'name', label: 'Name' },
  { source: 'email', label: 'Email' },
  { source: 'role', label: 'Role', kind: 'enum' },
  { source: 'active', label: 'Active' },
  { source: 'lockedAt', label: 'Locked', kind: 'datetime' },
  { source: 'lastLoginAt', label: 'Last sign-in', kind: 'datetime' },
]);

/** Staff accounts (administrators only); accounts are deactivated, never deleted. */
const UserList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" field={ShowLinkField} />
      <DataTable.Col source="email" />
      <DataTable.Col source="role" field={EnumField} />
      <DataTable.Col source="active">
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="lockedAt" field={LaDateTimeField} />
      <DataTable.Col source="lastLoginAt" field={LaDateTimeField} />
    </DataTable>
  </List>
);

export default UserList;
