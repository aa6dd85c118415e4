import { DataTable, NumberField, ReferenceManyField, Show, Tab, TabbedShowLayout, TextField, useCanAccess } from 'react-admin';
import { EnumField, HoursField, LocalDateField } from '../common/fields';
import { ReferenceName } from '../common/references';
import { MonthlyHoursField } from './MonthlyHours';
import { SchedulePanel } from './SchedulePanel';
import { TrainingStatusPanel } from './TrainingStatusPanel';

const ReserveShow = () => {
  const { canAccess: seesSchedule } = useCanAccess({ action: 'list', resource: 'deployments' });
  return (
    <Show>
      <TabbedShowLayout>
        <Tab label="Summary">
          <TextField source="badgeNumber" />
          <TextField source="lastName" />
          <TextField source="firstName" />
          <EnumField source="level" />
          <EnumField source="status" />
          <ReferenceName source="homeDivisionId" reference="divisions" />
          <LocalDateField source="appointedOn" />
          <EnumField source="priorService" />
          <MonthlyHoursField label="Hours this month" />
          <NumberField source="monthlyMinimumHours" />
          <TextField source="email" emptyText="—" />
          <TextField source="phone" emptyText="—" />
          <TextField source="address" emptyText="—" />
          <ReferenceName source="recruitId" reference="recruits" />
        </Tab>
        <Tab label="Training status" path="training">
          <TrainingStatusPanel />
        </Tab>
        {seesSchedule && (
          <Tab label="Schedule" path="schedule">
            <SchedulePanel />
          </Tab>
        )}
        <Tab label="Training records" path="records">
          <ReferenceManyField reference="training-records" target="reserveId" sort={{ field: 'completedOn', order: 'DESC' }} label={false}>
            <DataTable rowClick="show" bulkActionButtons={false} empty={<span>No training recorded</span>}>
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
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
};

export default ReserveShow;
