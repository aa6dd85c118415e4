import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/History';
import { representations } from '../common/representations';

export default {
  list: lazy(() => import('./AuditEventList')),
  show: lazy(() => import('./AuditEventShow')),
  icon: HistoryIcon,
  recordRepresentation: representations['audit-events'],
};
