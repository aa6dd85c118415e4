import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import { Alert, Box, Chip, IconButton, LinearProgress, List, ListItem, ListItemText, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-admin';
import { enumLabel } from '../common/enums';
import { EligibleReserves } from './EligibleReserves';
import { reserveName, useRoster } from './useRoster';

const ACTIVE = new Set(['ASSIGNED', 'CONFIRMED', 'COMPLETED']);

/** Who is on a deployment (unassign), and who could be (assign), with the reasons for those who can't. */
export const DeploymentRoster = ({ deploymentId, canChange }: { deploymentId: string | number; canChange: boolean }) => {
  const open = (status: string | undefined) => status === 'DRAFT' || status === 'PUBLISHED';
  const [perPage, setPerPage] = useState(50);
  const { roster, candidates, assign, unassign } = useRoster(deploymentId, { candidates: canChange, perPage });
  if (roster.isPending) return <LinearProgress aria-label="Loading assignments" />;
  if (roster.error) return <Alert severity="error">{roster.error.message}</Alert>;
  const deployment = roster.data;
  const active = deployment.assignments.filter((assignment) => ACTIVE.has(assignment.status));
  const changeable = canChange && open(deployment.status);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography variant="h6" component="h2">
        Assigned: {active.length} of {deployment.requiredHeadcount}
      </Typography>
      {deployment.assignments.length === 0 ? (
        <Typography variant="body2">Nobody is assigned yet.</Typography>
      ) : (
        <List dense aria-label="Assigned reserves">
          {deployment.assignments.map((assignment) => (
            <ListItem
              key={assignment.id}
              disableGutters
              secondaryAction={
                changeable && ACTIVE.has(assignment.status) && assignment.status !== 'COMPLETED' ? (
                  <Tooltip title="Unassign">
                    <IconButton edge="end" aria-label={`Unassign ${reserveName(assignment.reserve)}`} disabled={unassign.isPending} onClick={() => unassign.mutate(assignment)}>
                      <PersonRemoveIcon />
                    </IconButton>
                  </Tooltip>
                ) : undefined
              }
            >
              <ListItemText
                primary={<Link to={`/reserves/${assignment.reserve.id}/show`}>{reserveName(assignment.reserve)}</Link>}
                secondary={
                  <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                    {enumLabel(assignment.reserve.level)}
                    <Chip size="small" variant="outlined" label={enumLabel(assignment.status)} />
                  </Box>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
      {changeable && <EligibleReserves query={candidates} assign={assign} onShowAll={() => setPerPage(500)} />}
      {canChange && !open(deployment.status) && <Alert severity="info">This deployment is {enumLabel(deployment.status).toLowerCase()}: its roster is closed.</Alert>}
    </Box>
  );
};
