import { DataTable, DateInput, List, SearchInput, SelectInput } from 'react-admin';
import { csvExporter } from '../common/csv';
import { choices } from '../common/enums';
import { EnumField, LocalDateField, ShowLinkField } from '../common/fields';
import { useBulkActions, ReferenceName, ReferenceSelect } from '../common/references';
import { MonthlyHoursField } from './MonthlyHours';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={choices.level} alwaysOn />,
  <SelectInput key="status" source="status" choices={choices.reserveStatus} alwaysOn />,
  <ReferenceSelect key="homeDivisionId" source="homeDivisionId" reference="divisions" />,
  <SelectInput key="priorService" source="priorService" choices={choices.priorService} />,
  <DateInput key="appointedOn_gte" source="appointedOn_gte" />,
  <DateInput key="appointedOn_lte" source="appointedOn_lte" />,
];

const exporter = csvExporter('reserves', [
  { source: 'badgeNumber', label: 'Badge' },
  { source: 'lastName', label: 'Last name' },
  { source: 'firstName', label: 'First name' },
  { source: 'level', label: 'Level', kind: 'enum' },
  { source: 'status', label: 'Status', kind: 'enum' },
  { source: 'homeDivisionId', label: 'Home division', reference: 'divisions' },
  { source: 'appointedOn', label: 'Appointed' },
  { source: 'priorService', label: 'Prior service', kind: 'enum' },
  { source: 'monthlyMinimumHours', label: 'Monthly minimum hours' },
  { source: 'hoursThisMonth', label: 'Hours this month' },
  { source: 'email', label: 'Email' },
  { source: 'phone', label: 'Phone' },
]);

const ReserveList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'lastName', order: 'ASC' }} filterDefaultValues={{ status: 'ACTIVE' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="badgeNumber" />
        <DataTable.Col source="lastName" field={ShowLinkField} />
        <DataTable.Col source="firstName" />
        <DataTable.Col source="level" field={EnumField} />
        <DataTable.Col source="status" field={EnumField} />
        <DataTable.Col source="homeDivisionId">
          <ReferenceName source="homeDivisionId" reference="divisions" />
        </DataTable.Col>
        <DataTable.Col source="appointedOn" field={LocalDateField} />
        <DataTable.Col source="hoursThisMonth" disableSort field={MonthlyHoursField} />
      </DataTable>
    </List>
  );
};

export default ReserveList;
