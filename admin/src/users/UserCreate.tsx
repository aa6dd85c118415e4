import { Create } from 'react-admin';
import { UserForm } from './UserForm';

const UserCreate = () => (
  <Create redirect="show">
    <UserForm creating />
  </Create>
);

export default UserCreate;
