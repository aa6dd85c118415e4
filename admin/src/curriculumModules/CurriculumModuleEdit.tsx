import { Edit } from 'react-admin';
import { CurriculumModuleForm } from './CurriculumModuleForm';

const CurriculumModuleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CurriculumModuleForm />
  </Edit>
);

export default CurriculumModuleEdit;
