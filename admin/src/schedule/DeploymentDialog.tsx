import CloseIcon from '@mui/icons-material/Close';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Typography } from '@mui/material';
import { Link, useCanAccess, type RaRecord } from 'react-admin';
import { enumLabel } from '../common/enums';
import { formatDateTime, formatTime } from '../common/laTime';
import { DeploymentRoster } from '../deployments/DeploymentRoster';

/** A deployment opened from the week: its assignments, and the reserves who could go (or why not), assign and unassign. */
export const DeploymentDialog = ({ deployment, division, onClose }: { deployment: RaRecord | undefined; division: string; onClose: () => void }) => {
  const { canAccess = false } = useCanAccess({ action: 'edit', resource: 'deployments' });
  return (
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
            <DeploymentRoster deploymentId={deployment.id} canChange={canAccess} />
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
};
