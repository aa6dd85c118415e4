import { Edit } from 'react-admin';
import { DivisionForm } from './DivisionForm';

const DivisionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <DivisionForm />
  </Edit>
);

export default DivisionEdit;
