import { Edit } from 'react-admin';
import { AcademyClassForm } from './AcademyClassForm';

const AcademyClassEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <AcademyClassForm />
  </Edit>
);

export default AcademyClassEdit;
