import { Create } from 'react-admin';
import { AcademyClassForm } from './AcademyClassForm';

const AcademyClassCreate = () => (
  <Create redirect="show">
    <AcademyClassForm />
  </Create>
);

export default AcademyClassCreate;
