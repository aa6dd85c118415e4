import { Create } from 'react-admin';
import { CurriculumModuleForm } from './CurriculumModuleForm';

const CurriculumModuleCreate = () => (
  <Create redirect="show">
    <CurriculumModuleForm />
  </Create>
);

export default CurriculumModuleCreate;
