import { DateInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { choices } from '../common/enums';
import { notBefore, requiredText, text } from '../common/validation';

export const AcademyClassForm = () => (
  <SimpleForm noValidate sx={{ maxWidth: 760 }}>
    <TextInput source="name" validate={requiredText(120)} fullWidth />
    <SelectInput source="moduleLevel" choices={choices.moduleLevel} validate={required()} />
    <DateInput source="startsOn" validate={required()} />
    <DateInput source="endsOn" validate={[required(), notBefore('startsOn', 'Must not be before the start')]} />
    <SelectInput source="status" choices={choices.classStatus} defaultValue="PLANNED" />
    <TextInput source="location" validate={text(200)} fullWidth />
  </SimpleForm>
);
