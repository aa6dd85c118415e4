import { Box, ButtonBase, Typography } from '@mui/material';
import type { RaRecord } from 'react-admin';
import { enumLabel } from '../common/enums';
import { formatTime } from '../common/laTime';
import { fillOf } from '../deployments/FillField';

export const FILL_STYLES = {
  full: { bg: '#e8f5e9', border: '#2e7d32', label: 'Full' },
  short: { bg: '#fff3e0', border: '#b26a00', label: 'Short' },
  empty: { bg: '#ffebee', border: '#c62828', label: 'Empty' },
  closed: { bg: '#f5f5f5', border: '#9e9e9e', label: 'Cancelled' },
} as const;

/** One deployment in the week: its Los Angeles hours, where, and how full (colour and count). */
export const DeploymentCard = ({ deployment, division, onOpen }: { deployment: RaRecord; division: string; onOpen: () => void }) => {
  const { filled, required, state } = fillOf(deployment);
  const style = FILL_STYLES[deployment.status === 'CANCELLED' ? 'closed' : state];
  return (
    <ButtonBase
      onClick={onOpen}
      focusRipple
      aria-label={`${formatTime(deployment.startsAt)} ${division} ${deployment.location}: ${filled} of ${required} (${style.label})`}
      data-testid={`deployment-${deployment.id}`}
      sx={{ display: 'block', width: '100%', textAlign: 'left', borderRadius: 1 }}
    >
      <Box sx={{ bgcolor: style.bg, borderLeft: 4, borderColor: style.border, borderRadius: 1, p: 0.75 }}>
        <Typography variant="caption" component="div" sx={{ fontWeight: 600 }}>
          {formatTime(deployment.startsAt)} - {formatTime(deployment.endsAt)}
        </Typography>
        <Typography variant="body2" component="div" noWrap title={deployment.location}>
          {division}
        </Typography>
        <Typography variant="caption" component="div" color="text.secondary" noWrap title={deployment.location}>
          {deployment.location}
        </Typography>
        <Typography variant="caption" component="div">
          {filled}/{required} · {deployment.status === 'CANCELLED' ? 'Cancelled' : style.label}
          {deployment.status === 'DRAFT' ? ` · ${enumLabel('DRAFT')}` : ''}
        </Typography>
      </Box>
    </ButtonBase>
  );
};
