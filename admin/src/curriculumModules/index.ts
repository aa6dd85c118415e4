import { lazy } from 'react';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import { representations } from '../common/representations';

export default {
  list: lazy(() => import('./CurriculumModuleList')),
  show: lazy(() => import('./CurriculumModuleShow')),
  edit: lazy(() => import('./CurriculumModuleEdit')),
  create: lazy(() => import('./CurriculumModuleCreate')),
  icon: MenuBookIcon,
  recordRepresentation: representations['curriculum-modules'],
};
