import { Edit } from 'react-admin';
import { TrainingRecordForm } from './TrainingRecordForm';

const TrainingRecordEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <TrainingRecordForm />
  </Edit>
);

export default TrainingRecordEdit;
