import { DateInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { choices } from '../common/enums';
import { ReferenceSelect } from '../common/references';
import { emailAddress, phoneNumber, requiredText, text } from '../common/validation';

/** The recruit's details; the stage is chosen at creation only (later moves go through the board). */
export const RecruitForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm noValidate sx={{ maxWidth: 760 }}>
    <TextInput source="firstName" validate={requiredText(80)} />
    <TextInput source="lastName" validate={requiredText(80)} />
    <TextInput source="email" type="email" validate={emailAddress()} />
    <TextInput source="phone" type="tel" validate={phoneNumber} />
    <TextInput source="address" validate={text(300)} fullWidth />
    <DateInput source="dateOfBirth" />
    <SelectInput source="targetLevel" choices={choices.level} validate={required()} />
    <SelectInput source="source" choices={choices.source} validate={required()} />
    {creating && <SelectInput source="stage" choices={choices.stage} defaultValue="PROSPECT" helperText="Where the recruit enters the pipeline" />}
    <ReferenceSelect source="preferredDivisionId" reference="divisions" />
    <ReferenceSelect source="academyClassId" reference="academy-classes" />
    <TextInput source="exitReason" validate={text(500)} fullWidth helperText="Why the recruit withdrew or was disqualified" />
    <TextInput source="notes" validate={text(2000)} multiline minRows={3} fullWidth />
  </SimpleForm>
);
