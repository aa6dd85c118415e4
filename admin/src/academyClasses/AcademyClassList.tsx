import { DataTable, DateInput, List, SearchInput, SelectInput, TextField } from 'react-admin';
import { csvExporter } from '../common/csv';
import { choices } from '../common/enums';
import { EnumField, LocalDateField, ShowLinkField } from '../common/fields';
import { useBulkActions } from '../common/references';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices.classStatus} alwaysOn />,
  <SelectInput key="moduleLevel" source="moduleLevel" choices={choices.moduleLevel} />,
  <DateInput key="startsOn_gte" source="startsOn_gte" />,
  <DateInput key="startsOn_lte" source="startsOn_lte" />,
];

const exporter = csvExporter('academy-classes', [
  { source: 'name', label: 'Name' },
  { source: 'moduleLevel', label: 'Module level', kind: 'enum' },
  { source: 'startsOn', label: 'Starts' },
  { source: 'endsOn', label: 'Ends' },
  { source: 'status', label: 'Status', kind: 'enum' },
  { source: 'location', label: 'Location' },
]);

const AcademyClassList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'startsOn', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="name" field={ShowLinkField} />
        <DataTable.Col source="moduleLevel" field={EnumField} />
        <DataTable.Col source="startsOn" field={LocalDateField} />
        <DataTable.Col source="endsOn" field={LocalDateField} />
        <DataTable.Col source="status" field={EnumField} />
        <DataTable.Col source="location">
          <TextField source="location" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default AcademyClassList;
