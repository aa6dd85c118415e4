import { BooleanInput, PasswordInput, SelectInput, SimpleForm, TextInput, Toolbar, SaveButton, required } from 'react-admin';
import { choices } from '../common/enums';
import { emailAddress, password, requiredText } from '../common/validation';

const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** A staff account: the email is set once; a new account gets a first password (12+ characters, not a common one). */
export const UserForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm toolbar={<SaveOnly />} noValidate sx={{ maxWidth: 760 }}>
    <TextInput source="email" type="email" validate={emailAddress({ required: true })} disabled={!creating} />
    <TextInput source="name" validate={requiredText(120)} />
    <SelectInput source="role" choices={choices.role} validate={required()} />
    <BooleanInput source="active" defaultValue helperText="Deactivated accounts cannot sign in" />
    {creating && <PasswordInput source="password" validate={password} autoComplete="new-password" helperText="12 to 256 characters; common passwords are refused" />}
  </SimpleForm>
);
