import { BooleanInput, DateInput, NumberInput, SimpleForm, TextInput, required, type Validator } from 'react-admin';
import { ReferenceSelect } from '../common/references';
import { range, text } from '../common/validation';

/** A record belongs to exactly one trainee: a recruit or a reserve. */
const oneTrainee: Validator = (_value, values) => {
  if (!values?.recruitId && !values?.reserveId) return 'Choose the recruit or the reserve who trained';
  if (values?.recruitId && values?.reserveId) return 'Choose a recruit or a reserve, not both';
  return undefined;
};

export const TrainingRecordForm = () => (
  <SimpleForm noValidate sx={{ maxWidth: 760 }}>
    <ReferenceSelect source="moduleId" reference="curriculum-modules" isRequired />
    <ReferenceSelect source="reserveId" reference="reserves" helperText="The reserve who trained (or a recruit below)" validate={[oneTrainee]} />
    <ReferenceSelect source="recruitId" reference="recruits" helperText="The recruit who trained (or a reserve above)" validate={[oneTrainee]} />
    <DateInput source="completedOn" validate={required()} />
    <NumberInput source="score" validate={range(0, 100)} />
    <BooleanInput source="passed" defaultValue={false} />
    <NumberInput source="hours" validate={range(0, 1000, { required: true })} />
    <TextInput source="instructor" validate={text(120)} />
  </SimpleForm>
);
