import { Create } from 'react-admin';
import { TrainingRecordForm } from './TrainingRecordForm';

const TrainingRecordCreate = () => (
  <Create redirect="show">
    <TrainingRecordForm />
  </Create>
);

export default TrainingRecordCreate;
