import { Create } from 'react-admin';
import { AssignmentForm } from './AssignmentForm';

const AssignmentCreate = () => (
  <Create redirect="show">
    <AssignmentForm creating />
  </Create>
);

export default AssignmentCreate;
