import { NumberInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choices } from '../common/enums';
import { LaDateTimeInput } from '../common/inputs';
import { ReferenceSelect } from '../common/references';
import { after, range, requiredText, text } from '../common/validation';
import { required } from 'react-admin';

/** A deployment; its status moves through publish, cancel and complete on its page (not here). */
export const DeploymentForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm noValidate sx={{ maxWidth: 760 }}>
    <ReferenceSelect source="divisionId" reference="divisions" isRequired />
    <SelectInput source="kind" choices={choices.deploymentKind} defaultValue="VISIBILITY_PATROL" />
    <TextInput source="location" validate={requiredText(200)} fullWidth helperText="A location or a description of the area covered" />
    <LaDateTimeInput source="startsAt" validate={required()} />
    <LaDateTimeInput source="endsAt" validate={[required(), after('startsAt', 'Must end after it starts')]} />
    <NumberInput source="requiredHeadcount" validate={range(1, 50, { integer: true })} defaultValue={2} />
    {creating && <SelectInput source="status" choices={choices.deploymentStatus.filter((choice) => choice.id === 'DRAFT' || choice.id === 'PUBLISHED')} defaultValue="DRAFT" />}
    <TextInput source="notes" validate={text(2000)} multiline minRows={2} fullWidth />
  </SimpleForm>
);
