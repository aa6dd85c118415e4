import { NumberInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { choices } from '../common/enums';
import { range, requiredText } from '../common/validation';

export const DivisionForm = () => (
  <SimpleForm noValidate sx={{ maxWidth: 760 }}>
    <NumberInput source="areaId" validate={range(1, 99, { required: true, integer: true })} helperText="The city open-data Area ID (1-21)" />
    <TextInput source="name" validate={requiredText(80)} />
    <SelectInput source="bureau" choices={choices.bureau} validate={required()} />
    <NumberInput source="weeklyTargetHours" validate={range(0, 5000)} helperText="Visibility-patrol hours promised each week" />
  </SimpleForm>
);
