import { lazy } from 'react';
import LocalPoliceIcon from '@mui/icons-material/LocalPolice';
import { representations } from '../common/representations';

export default {
  list: lazy(() => import('./DeploymentList')),
  show: lazy(() => import('./DeploymentShow')),
  edit: lazy(() => import('./DeploymentEdit')),
  create: lazy(() => import('./DeploymentCreate')),
  icon: LocalPoliceIcon,
  recordRepresentation: representations.deployments,
};
