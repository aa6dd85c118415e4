import { DataTable, List, NumberField, SearchInput, SelectInput } from 'react-admin';
import { csvExporter } from '../common/csv';
import { choices } from '../common/enums';
import { EnumField, HoursField, LaDateTimeField, ShowLinkField } from '../common/fields';
import { LaDayFilterInput } from '../common/inputs';
import { useBulkActions, ReferenceName, ReferenceSelect } from '../common/references';
import { FillField, WITH_ASSIGNMENTS } from './FillField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceSelect key="divisionId" source="divisionId" reference="divisions" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices.deploymentStatus} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choices.deploymentKind} />,
  <LaDayFilterInput key="startsAt_gte" source="startsAt_gte" />,
  <LaDayFilterInput key="startsAt_lt" source="startsAt_lt" endOfDay />,
];

const exporter = csvExporter('deployments', [
  { source: 'startsAt', label: 'Starts', kind: 'datetime' },
  { source: 'endsAt', label: 'Ends', kind: 'datetime' },
  { source: 'divisionId', label: 'Division', reference: 'divisions' },
  { source: 'kind', label: 'Kind', kind: 'enum' },
  { source: 'location', label: 'Location' },
  { source: 'requiredHeadcount', label: 'Required headcount' },
  { source: 'durationHours', label: 'Hours' },
  { source: 'status', label: 'Status', kind: 'enum' },
  { source: 'notes', label: 'Notes' },
]);

const DeploymentList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'startsAt', order: 'DESC' }} exporter={exporter} queryOptions={WITH_ASSIGNMENTS}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="startsAt" field={LaDateTimeField} />
        <DataTable.Col source="durationHours" disableSort field={HoursField} />
        <DataTable.Col source="divisionId">
          <ReferenceName source="divisionId" reference="divisions" />
        </DataTable.Col>
        <DataTable.Col source="location" field={ShowLinkField} />
        <DataTable.Col source="kind" field={EnumField} />
        <DataTable.NumberCol source="requiredHeadcount">
          <NumberField source="requiredHeadcount" />
        </DataTable.NumberCol>
        <DataTable.Col label="Filled" disableSort field={FillField} />
        <DataTable.Col source="status" field={EnumField} />
      </DataTable>
    </List>
  );
};

export default DeploymentList;
