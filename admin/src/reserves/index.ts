import { lazy } from 'react';
import BadgeIcon from '@mui/icons-material/Badge';
import { representations } from '../common/representations';

export default {
  list: lazy(() => import('./ReserveList')),
  show: lazy(() => import('./ReserveShow')),
  edit: lazy(() => import('./ReserveEdit')),
  create: lazy(() => import('./ReserveCreate')),
  icon: BadgeIcon,
  recordRepresentation: representations.reserves,
};
