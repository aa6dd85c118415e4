import { BooleanInput, CheckboxGroupInput, NumberInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { choices } from '../common/enums';
import { codePattern, range, requiredText, text } from '../common/validation';

export const CurriculumModuleForm = () => (
  <SimpleForm noValidate sx={{ maxWidth: 760 }}>
    <TextInput source="code" validate={codePattern(20)} helperText="Capital letters, digits and dashes, e.g. RV-101" />
    <TextInput source="title" validate={requiredText(200)} fullWidth />
    <TextInput source="description" validate={text(4000)} multiline minRows={3} fullWidth />
    <SelectInput source="category" choices={choices.category} validate={required()} />
    <NumberInput source="learningDomain" validate={range(1, 99, { integer: true })} helperText="POST learning domain (LD 1, 3, 20 ...)" />
    <SelectInput source="requirementSource" choices={choices.requirementSource} validate={required()} />
    <NumberInput source="version" validate={range(1, 1000, { integer: true })} defaultValue={1} />
    <NumberInput source="hours" validate={range(0, 1000, { required: true })} />
    <NumberInput source="passingScore" validate={range(0, 100, { required: true })} helperText="Lowest passing score, 0-100" />
    <CheckboxGroupInput source="requiredForLevels" choices={choices.level} />
    <NumberInput source="recertificationMonths" validate={range(1, 240, { integer: true })} helperText="Leave empty when one completion is enough" />
    <BooleanInput source="active" defaultValue helperText="Retired modules keep their history but are no longer required" />
  </SimpleForm>
);
