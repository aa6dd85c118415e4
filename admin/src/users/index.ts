import { lazy } from 'react';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { representations } from '../common/representations';

export default {
  list: lazy(() => import('./UserList')),
  show: lazy(() => import('./UserShow')),
  edit: lazy(() => import('./UserEdit')),
  create: lazy(() => import('./UserCreate')),
  icon: ManageAccountsIcon,
  recordRepresentation: representations.users,
};
