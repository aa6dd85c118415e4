import { DataTable, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields';
import { DaysInStageField } from '../recruits/DaysInStageField';

const AcademyClassShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <EnumField source="moduleLevel" />
      <LocalDateField source="startsOn" />
      <LocalDateField source="endsOn" />
      <EnumField source="status" />
      <TextField source="location" emptyText="—" />
      <ReferenceManyField label="Enrolled recruits" reference="recruits" target="academyClassId" sort={{ field: 'lastName', order: 'ASC' }} perPage={50}>
        <DataTable rowClick="show" bulkActionButtons={false} empty={<span>No recruits enrolled</span>}>
          <DataTable.Col source="lastName" />
          <DataTable.Col source="firstName" />
          <DataTable.Col source="stage" field={EnumField} />
          <DataTable.Col source="stageChangedAt" label="Days in stage" field={DaysInStageField} />
          <DataTable.Col source="targetLevel" field={EnumField} />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);

export default AcademyClassShow;
