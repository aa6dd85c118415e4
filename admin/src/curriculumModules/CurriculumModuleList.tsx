import { BooleanField, DataTable, List, NullableBooleanInput, NumberField, SearchInput, SelectInput } from 'react-admin';
import { csvExporter } from '../common/csv';
import { choices } from '../common/enums';
import { EnumField, HoursField, ShowLinkField } from '../common/fields';
import { useBulkActions } from '../common/references';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={choices.category} alwaysOn />,
  <SelectInput key="requiredForLevels" source="requiredForLevels" choices={choices.level} />,
  <SelectInput key="requirementSource" source="requirementSource" choices={choices.requirementSource} />,
  <NullableBooleanInput key="active" source="active" />,
];

const exporter = csvExporter('curriculum-modules', [
  { source: 'code', label: 'Code' },
  { source: 'title', label: 'Title' },
  { source: 'category', label: 'Category', kind: 'enum' },
  { source: 'learningDomain', label: 'Learning domain' },
  { source: 'requirementSource', label: 'Required by', kind: 'enum' },
  { source: 'version', label: 'Version' },
  { source: 'hours', label: 'Hours' },
  { source: 'passingScore', label: 'Passing score' },
  { source: 'requiredForLevels', label: 'Required for levels', kind: 'enum' },
  { source: 'recertificationMonths', label: 'Recertify every (months)' },
  { source: 'active', label: 'Active' },
]);

const CurriculumModuleList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="code" />
        <DataTable.Col source="title" field={ShowLinkField} />
        <DataTable.Col source="category" field={EnumField} />
        <DataTable.Col source="requiredForLevels" field={EnumField} disableSort />
        <DataTable.Col source="hours" field={HoursField} />
        <DataTable.NumberCol source="passingScore">
          <NumberField source="passingScore" />
        </DataTable.NumberCol>
        <DataTable.NumberCol source="recertificationMonths">
          <NumberField source="recertificationMonths" emptyText="Once" />
        </DataTable.NumberCol>
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default CurriculumModuleList;
