import { Create } from 'react-admin';
import { DivisionForm } from './DivisionForm';

const DivisionCreate = () => (
  <Create redirect="show">
    <DivisionForm />
  </Create>
);

export default DivisionCreate;
