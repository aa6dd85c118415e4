import { Edit } from 'react-admin';
import { AssignmentForm } from './AssignmentForm';

const AssignmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <AssignmentForm />
  </Edit>
);

export default AssignmentEdit;
