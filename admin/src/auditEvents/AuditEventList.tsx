import { DataTable, List, SearchInput, SelectInput, TextInput } from 'react-admin';
import { csvExporter } from '../common/csv';
import { choices } from '../common/enums';
import { EnumField, LaDateTimeField, ShowLink } from '../common/fields';
import { LaDayFilterInput } from '../common/inputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="outcome" source="outcome" choices={choices.outcome} alwaysOn />,
  <TextInput key="action" source="action" />,
  <TextInput key="entityType" source="entityType" />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="actorEmail" source="actorEmail" />,
  <LaDayFilterInput key="occurredAt_gte" source="occurredAt_gte" alwaysOn />,
  <LaDayFilterInput key="occurredAt_lt" source="occurredAt_lt" endOfDay alwaysOn />,
];

const exporter = csvExporter('audit-log', [
  { source: 'occurredAt', label: 'When', kind: 'datetime' },
  { source: 'actorEmail', label: 'Actor' },
  { source: 'actorRole', label: 'Role' },
  { source: 'action', label: 'Action' },
  { source: 'entityType', label: 'Entity' },
  { source: 'entityId', label: 'Entity ID' },
  { source: 'outcome', label: 'Outcome' },
  { source: 'reason', label: 'Reason' },
  { source: 'sourceAddress', label: 'Source address' },
  { source: 'requestId', label: 'Request ID' },
]);

/** The append-only audit log (administrators only): every change and every sign-in attempt. */
const AuditEventList = () => (
  <List filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }} perPage={50} exporter={exporter}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="occurredAt">
        <ShowLink>
          <LaDateTimeField source="occurredAt" />
        </ShowLink>
      </DataTable.Col>
      <DataTable.Col source="actorEmail" />
      <DataTable.Col source="action" />
      <DataTable.Col source="entityType" />
      <DataTable.Col source="entityId" />
      <DataTable.Col source="outcome" field={EnumField} />
      <DataTable.Col source="reason" disableSort />
    </DataTable>
  </List>
);

export default AuditEventList;
