import { Edit } from 'react-admin';
import { DeploymentForm } from './DeploymentForm';

const DeploymentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <DeploymentForm />
  </Edit>
);

export default DeploymentEdit;
