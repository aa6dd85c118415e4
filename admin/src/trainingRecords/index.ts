import { lazy } from 'react';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { representations } from '../common/representations';

export default {
  list: lazy(() => import('./TrainingRecordList')),
  show: lazy(() => import('./TrainingRecordShow')),
  edit: lazy(() => import('./TrainingRecordEdit')),
  create: lazy(() => import('./TrainingRecordCreate')),
  icon: AssignmentTurnedInIcon,
  recordRepresentation: representations['training-records'],
};
