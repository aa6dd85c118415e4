import { lazy } from 'react';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { representations } from '../common/representations';

export default {
  list: lazy(() => import('./RecruitList')),
  show: lazy(() => import('./RecruitShow')),
  edit: lazy(() => import('./RecruitEdit')),
  create: lazy(() => import('./RecruitCreate')),
  icon: PersonAddIcon,
  recordRepresentation: representations.recruits,
};
