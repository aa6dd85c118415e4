import { BooleanField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { HoursField, LocalDateField } from '../common/fields';
import { ReferenceName } from '../common/references';

const TrainingRecordShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceName source="moduleId" reference="curriculum-modules" />
      <ReferenceName source="reserveId" reference="reserves" />
      <ReferenceName source="recruitId" reference="recruits" />
      <LocalDateField source="completedOn" />
      <NumberField source="score" emptyText="—" />
      <BooleanField source="passed" />
      <HoursField source="hours" />
      <TextField source="instructor" emptyText="—" />
      <LocalDateField source="expiresOn" emptyText="Does not expire" />
    </SimpleShowLayout>
  </Show>
);

export default TrainingRecordShow;
