import { Edit } from 'react-admin';
import { UserForm } from './UserForm';

const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <UserForm />
  </Edit>
);

export default UserEdit;
