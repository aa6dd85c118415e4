import { DateInput, NumberInput, SelectInput, SimpleForm, TextInput, regex, required } from 'react-admin';
import { choices } from '../common/enums';
import { ReferenceSelect } from '../common/references';
import { emailAddress, phoneNumber, range, requiredText, text } from '../common/validation';

export const ReserveForm = () => (
  <SimpleForm noValidate sx={{ maxWidth: 760 }}>
    <TextInput source="badgeNumber" validate={[...requiredText(16), regex(/^[A-Z0-9-]+$/, 'Capital letters, digits and dashes')]} />
    <TextInput source="firstName" validate={requiredText(80)} />
    <TextInput source="lastName" validate={requiredText(80)} />
    <TextInput source="email" type="email" validate={emailAddress()} />
    <TextInput source="phone" type="tel" validate={phoneNumber} />
    <TextInput source="address" validate={text(300)} fullWidth />
    <SelectInput source="level" choices={choices.level} validate={required()} />
    <SelectInput source="status" choices={choices.reserveStatus} defaultValue="ACTIVE" />
    <ReferenceSelect source="homeDivisionId" reference="divisions" isRequired />
    <DateInput source="appointedOn" validate={required()} />
    <SelectInput source="priorService" choices={choices.priorService} validate={required()} />
    <ReferenceSelect source="recruitId" reference="recruits" helperText="The recruit record this reserve was appointed from" />
    <NumberInput source="monthlyMinimumHours" validate={range(0, 744)} helperText="Leave empty for the level's default (16 h for Level I)" />
  </SimpleForm>
);
