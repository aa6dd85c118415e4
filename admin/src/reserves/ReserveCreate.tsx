import { Create } from 'react-admin';
import { ReserveForm } from './ReserveForm';

const ReserveCreate = () => (
  <Create redirect="show">
    <ReserveForm />
  </Create>
);

export default ReserveCreate;
