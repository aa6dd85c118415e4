import { BooleanField, DataTable, DateInput, List, NullableBooleanInput, NumberField, SearchInput } from 'react-admin';
import { csvExporter } from '../common/csv';
import { HoursField, LocalDateField, ShowLink } from '../common/fields';
import { useBulkActions, ReferenceName, ReferenceSelect } from '../common/references';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceSelect key="moduleId" source="moduleId" reference="curriculum-modules" alwaysOn />,
  <ReferenceSelect key="reserveId" source="reserveId" reference="reserves" />,
  <ReferenceSelect key="recruitId" source="recruitId" reference="recruits" />,
  <NullableBooleanInput key="passed" source="passed" />,
  <DateInput key="completedOn_gte" source="completedOn_gte" />,
  <DateInput key="completedOn_lte" source="completedOn_lte" />,
  <DateInput key="expiresOn_lte" source="expiresOn_lte" />,
];

const exporter = csvExporter('training-records', [
  { source: 'moduleId', label: 'Module', reference: 'curriculum-modules' },
  { source: 'reserveId', label: 'Reserve', reference: 'reserves' },
  { source: 'recruitId', label: 'Recruit', reference: 'recruits' },
  { source: 'completedOn', label: 'Completed' },
  { source: 'score', label: 'Score' },
  { source: 'passed', label: 'Passed' },
  { source: 'hours', label: 'Hours' },
  { source: 'instructor', label: 'Instructor' },
  { source: 'expiresOn', label: 'Expires' },
]);


const TrainingRecordList = () => {
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'completedOn', order: 'DESC' }} exporter={exporter}>
      <DataTable rowClick="show" bulkActionButtons={bulkActions}>
        <DataTable.Col source="moduleId">
          <ReferenceName source="moduleId" reference="curriculum-modules" />
        </DataTable.Col>
        <DataTable.Col label="Trainee" disableSort render={(record) => (record.reserveId ? <ReferenceName source="reserveId" reference="reserves" /> : <ReferenceName source="recruitId" reference="recruits" />)} />
        <DataTable.Col source="completedOn">
          <ShowLink>
            <LocalDateField source="completedOn" />
          </ShowLink>
        </DataTable.Col>
        <DataTable.NumberCol source="score">
          <NumberField source="score" emptyText="—" />
        </DataTable.NumberCol>
        <DataTable.Col source="passed">
          <BooleanField source="passed" />
        </DataTable.Col>
        <DataTable.Col source="hours" field={HoursField} />
        <DataTable.Col source="instructor" />
        <DataTable.Col source="expiresOn" field={LocalDateField} />
      </DataTable>
    </List>
  );
};

export default TrainingRecordList;
