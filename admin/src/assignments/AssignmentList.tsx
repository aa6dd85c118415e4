import { DataTable, List, SelectInput } from 'react-admin';
import { csvExporter } from '../common/csv';
import { choices } from '../common/enums';
import { EnumField, HoursField, LaDateTimeField, ShowLink } from '../common/fields';
import { LaDayFilterInput } from '../common/inputs';
import { useBulkActions, ReferenceName, ReferenceSelect } from '../common/references';

const filters = [
  <ReferenceSelect key="reserveId" source="reserveId" reference="reserves" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices.assignmentStatus} alwaysOn />,
  <ReferenceSelect key="deploymentId" source="deploymentId" reference="deployments" />,
  <LaDayFilterInput key="assignedAt_gte" source="assignedAt_gte" />,
  <LaDayFilterInput key="assignedAt_lt" source="assignedAt_lt" endOfDay />,
];

const exporter = csvExporter('assignments', [
  { source: 'reserveId', label: 'Reserve', reference: 'reserves' },
  { source: 'deploymentId', label: 'Deployment', reference: 'deployments' },
  { source: 'status', label: 'Status', kind: 'enum' },
  { source: 'hoursServed', label: 'Hours served' },
  { source: 'assignedBy', label: 'Assigned by' },
  { source: 'assignedAt', label: 'Assigned', kind: 'datetime' },
]);

const AssignmentList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'assignedAt', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="reserveId">
          <ReferenceName source="reserveId" reference="reserves" />
        </DataTable.Col>
        <DataTable.Col source="deploymentId">
          <ReferenceName source="deploymentId" reference="deployments" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <ShowLink>
            <EnumField source="status" />
          </ShowLink>
        </DataTable.Col>
        <DataTable.Col source="hoursServed" field={HoursField} />
        <DataTable.Col source="assignedBy" />
        <DataTable.Col source="assignedAt" field={LaDateTimeField} />
      </DataTable>
    </List>
  );
};

export default AssignmentList;
