import { BooleanField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField, HoursField } from '../common/fields';

const CurriculumModuleShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="title" />
      <TextField source="description" emptyText="—" />
      <EnumField source="category" />
      <NumberField source="learningDomain" emptyText="—" />
      <EnumField source="requirementSource" />
      <NumberField source="version" />
      <HoursField source="hours" />
      <NumberField source="passingScore" />
      <EnumField source="requiredForLevels" />
      <NumberField source="recertificationMonths" emptyText="Once (no recertification)" />
      <BooleanField source="active" />
    </SimpleShowLayout>
  </Show>
);

export default CurriculumModuleShow;
