import { Create } from 'react-admin';
import { RecruitForm } from './RecruitForm';

const RecruitCreate = () => (
  <Create redirect="show">
    <RecruitForm creating />
  </Create>
);

export default RecruitCreate;
