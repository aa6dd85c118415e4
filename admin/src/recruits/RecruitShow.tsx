import { DataTable, ReferenceManyField, Show, Tab, TabbedShowLayout, TextField } from 'react-admin';
import { EnumField, LaDateTimeField, LocalDateField } from '../common/fields';
import { ReferenceName } from '../common/references';
import { DaysInStageField } from './DaysInStageField';
import { TrainingRecordsOf } from '../trainingRecords/TrainingRecordsOf';

const RecruitShow = () => (
  <Show>
    <TabbedShowLayout>
      <Tab label="Summary">
        <TextField source="lastName" />
        <TextField source="firstName" />
        <EnumField source="stage" />
        <DaysInStageField source="stageChangedAt" label="Days in stage" />
        <LaDateTimeField source="stageChangedAt" />
        <EnumField source="targetLevel" />
        <EnumField source="source" />
        <ReferenceName source="preferredDivisionId" reference="divisions" />
        <ReferenceName source="academyClassId" reference="academy-classes" />
        <TextField source="email" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <LocalDateField source="dateOfBirth" emptyText="—" />
        <TextField source="exitReason" emptyText="—" />
        <TextField source="notes" emptyText="—" />
      </Tab>
      <Tab label="Stage history" path="history">
        <ReferenceManyField reference="stage-changes" target="recruitId" sort={{ field: 'changedAt', order: 'ASC' }} label={false}>
          <DataTable bulkActionButtons={false} empty={<span>No stage changes yet</span>}>
            <DataTable.Col source="changedAt" field={LaDateTimeField} />
            <DataTable.Col source="fromStage" field={EnumField} />
            <DataTable.Col source="toStage" field={EnumField} />
            <DataTable.Col source="changedBy" />
            <DataTable.Col source="note" />
          </DataTable>
        </ReferenceManyField>
      </Tab>
      <Tab label="Training" path="training">
        <TrainingRecordsOf target="recruitId" />
      </Tab>
    </TabbedShowLayout>
  </Show>
);

export default RecruitShow;
