import { lazy } from 'react';
import SchoolIcon from '@mui/icons-material/School';
import { representations } from '../common/representations';

export default {
  list: lazy(() => import('./AcademyClassList')),
  show: lazy(() => import('./AcademyClassShow')),
  edit: lazy(() => import('./AcademyClassEdit')),
  create: lazy(() => import('./AcademyClassCreate')),
  icon: SchoolIcon,
  recordRepresentation: representations['academy-classes'],
};
