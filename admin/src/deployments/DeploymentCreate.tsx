import { Create } from 'react-admin';
import { DeploymentForm } from './DeploymentForm';

const DeploymentCreate = () => (
  <Create redirect="show">
    <DeploymentForm creating />
  </Create>
);

export default DeploymentCreate;
