import { NumberInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../common/enums';
import { ReferenceSelect } from '../common/references';
import { range, text } from '../common/validation';

/**
 * An administrator's raw correction of an assignment (coordinators assign on the schedule, where the
 * rules are checked); the deployment and the reserve are set once.
 */
export const AssignmentForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm noValidate sx={{ maxWidth: 760 }}>
    <ReferenceSelect source="deploymentId" reference="deployments" isRequired disabled={!creating} />
    <ReferenceSelect source="reserveId" reference="reserves" isRequired disabled={!creating} />
    <SelectInput source="status" choices={choices.assignmentStatus} defaultValue="ASSIGNED" />
    <NumberInput source="hoursServed" validate={range(0, 24)} />
    <TextInput source="assignedBy" validate={text(120)} />
  </SimpleForm>
);
