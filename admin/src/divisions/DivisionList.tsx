import { DataTable, List, NumberField, SearchInput, SelectInput } from 'react-admin';
import { csvExporter } from '../common/csv';
import { choices } from '../common/enums';
import { EnumField, ShowLinkField } from '../common/fields';
import { useBulkActions } from '../common/references';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="bureau" source="bureau" choices={choices.bureau} alwaysOn />];

const exporter = csvExporter('divisions', [
  { source: 'areaId', label: 'Area ID' },
  { source: 'name', label: 'Name' },
  { source: 'bureau', label: 'Bureau', kind: 'enum' },
  { source: 'weeklyTargetHours', label: 'Weekly target hours' },
]);

const DivisionList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'areaId', order: 'ASC' }} perPage={25} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.NumberCol source="areaId" />
        <DataTable.Col source="name" field={ShowLinkField} />
        <DataTable.Col source="bureau" field={EnumField} />
        <DataTable.NumberCol source="weeklyTargetHours">
          <NumberField source="weeklyTargetHours" />
        </DataTable.NumberCol>
      </DataTable>
    </List>
  );
};

export default DivisionList;
