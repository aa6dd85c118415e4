import { lazy } from 'react';
import MapIcon from '@mui/icons-material/Map';
import { representations } from '../common/representations';

export default {
  list: lazy(() => import('./DivisionList')),
  show: lazy(() => import('./DivisionShow')),
  edit: lazy(() => import('./DivisionEdit')),
  create: lazy(() => import('./DivisionCreate')),
  icon: MapIcon,
  recordRepresentation: representations.divisions,
};
