import { Edit } from 'react-admin';
import { RecruitForm } from './RecruitForm';

const RecruitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <RecruitForm />
  </Edit>
);

export default RecruitEdit;
