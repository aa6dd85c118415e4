import { DataTable, ReferenceManyField } from 'react-admin';
import { HoursField, LocalDateField } from '../common/fields';
import { ReferenceName } from '../common/references';

/** A recruit's or a reserve's training records, newest first, each opening its own page. */
export const TrainingRecordsOf = ({ target }: { target: 'recruitId' | 'reserveId' }) => (
  <ReferenceManyField reference="training-records" target={target} sort={{ field: 'completedOn', order: 'DESC' }} label={false}>
    <DataTable rowClick="show" bulkActionButtons={false} empty={<span>No training recorded yet</span>}>
      <DataTable.Col source="moduleId">
        <ReferenceName source="moduleId" reference="curriculum-modules" />
      </DataTable.Col>
      <DataTable.Col source="completedOn" field={LocalDateField} />
      <DataTable.NumberCol source="score" />
      <DataTable.Col source="passed" render={(record) => (record.passed ? 'Passed' : 'Not passed')} />
      <DataTable.Col source="hours" field={HoursField} />
      <DataTable.Col source="expiresOn" field={LocalDateField} />
    </DataTable>
  </ReferenceManyField>
);
