import CloseIcon from '@mui/icons-material/Close';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Divider, IconButton, Typography } from '@mui/material';
import { Link, type RaRecord } from 'react-admin';
import { enumLabel } from '../common/enums';
import { formatDateTime, formatTime } from '../common/laTime';
import { DeploymentRoster } from '../deployments/DeploymentRoster';
import type { PatrolTimes } from './displayedTimes';
import { RescheduleFields } from './RescheduleFields';

interface Props {
  deployment: RaRecord | undefined;
  division: string;
  /** A coordinator: assign, unassign and change the time. */
  canChange: boolean;
  onReschedule: (deployment: RaRecord, times: PatrolTimes) => void;
  onClose: () => void;
}

const OPEN = new Set(['DRAFT', 'PUBLISHED']);

/** A deployment opened from the week: its assignments, and the reserves who could go (or why not), assign and unassign; its time. */
export const DeploymentDialog = ({ deployment, division, canChange, onReschedule, onClose }: Props) => (
  <Dialog open={!!deployment} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="deployment-dialog-title">
    {deployment && (
      <>
        <DialogTitle id="deployment-dialog-title" sx={{ pr: 6 }}>
          {division}: {deployment.location}
          <Typography variant="body2" color="text.secondary">
            {formatDateTime(deployment.startsAt)} - {formatTime(deployment.endsAt)} (Los Angeles) · {enumLabel(deployment.kind)} · {enumLabel(deployment.status)}
          </Typography>
          <IconButton aria-label="Close" onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
            <CloseIcon />
          </IconButton>
        </DialogTitle>
        <DialogContent dividers>
          {canChange && OPEN.has(deployment.status) && (
            <>
              {/* Keyed by the times, so the fields show the server's answer after a change or a refusal. */}
              <RescheduleFields key={`${deployment.startsAt}-${deployment.endsAt}`} deployment={deployment} onReschedule={onReschedule} />
              <Divider sx={{ my: 2 }} />
            </>
          )}
          <DeploymentRoster deploymentId={deployment.id} canChange={canChange} />
        </DialogContent>
        <DialogActions>
          <Button component={Link} to={`/deployments/${deployment.id}/show`}>
            Open the deployment
          </Button>
          <Button onClick={onClose}>Close</Button>
        </DialogActions>
      </>
    )}
  </Dialog>
);
