import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField, HoursField, LaDateTimeField } from '../common/fields';
import { ReferenceName } from '../common/references';

const AssignmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceName source="reserveId" reference="reserves" />
      <ReferenceName source="deploymentId" reference="deployments" />
      <EnumField source="status" />
      <HoursField source="hoursServed" emptyText="—" />
      <TextField source="assignedBy" emptyText="—" />
      <LaDateTimeField source="assignedAt" />
    </SimpleShowLayout>
  </Show>
);

export default AssignmentShow;
