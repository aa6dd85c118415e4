import { Edit } from 'react-admin';
import { ReserveForm } from './ReserveForm';

const ReserveEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ReserveForm />
  </Edit>
);

export default ReserveEdit;
