import { NumberField, Show, Tab, TabbedShowLayout, TextField, useCanAccess } from 'react-admin';
import { EnumField, LocalDateField } from '../common/fields';
import { ReferenceName } from '../common/references';
import { MonthlyHoursField } from './MonthlyHours';
import { SchedulePanel } from './SchedulePanel';
import { TrainingStatusPanel } from './TrainingStatusPanel';
import { TrainingRecordsOf } from '../trainingRecords/TrainingRecordsOf';

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
          <TrainingRecordsOf target="reserveId" />
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
};

export default ReserveShow;
