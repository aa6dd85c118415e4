import { lazy } from 'react';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { representations } from '../common/representations';

export default {
  list: lazy(() => import('./AssignmentList')),
  show: lazy(() => import('./AssignmentShow')),
  edit: lazy(() => import('./AssignmentEdit')),
  create: lazy(() => import('./AssignmentCreate')),
  icon: AssignmentIndIcon,
  recordRepresentation: representations.assignments,
};
