import { Box, Checkbox, Chip, FormControlLabel, Paper, Typography } from '@mui/material';
import { enumLabel } from '../common/enums';
import { formatDateTime, formatTime } from '../common/laTime';
import { reserveName } from '../deployments/useRoster';
import type { AutoFillProposal, OpenSlot, ProposedAssignment, ProposedDeployment } from './useAutoFill';

export const proposalKey = (item: { deploymentId: string; reserveId: string }) => `${item.deploymentId}:${item.reserveId}`;

interface Group {
  deployment: ProposedDeployment;
  proposed: ProposedAssignment[];
  open?: OpenSlot;
}

/** The proposal per deployment, in time order: the reserves proposed, and the places left open with why. */
function groupsOf(proposal: AutoFillProposal, openDeployments: readonly ProposedDeployment[]): Group[] {
  const groups = new Map<string, Group>();
  for (const item of proposal.assignments) {
    const group = groups.get(item.deploymentId) ?? { deployment: item.deployment, proposed: [] };
    group.proposed.push(item);
    groups.set(item.deploymentId, group);
  }
  for (const slot of proposal.openSlots) {
    const deployment = groups.get(slot.deploymentId)?.deployment ?? openDeployments.find((candidate) => String(candidate.id) === slot.deploymentId);
    if (deployment) groups.set(slot.deploymentId, { deployment, proposed: groups.get(slot.deploymentId)?.proposed ?? [], open: slot });
  }
  return [...groups.values()].sort((a, b) => a.deployment.startsAt.localeCompare(b.deployment.startsAt) || Number(a.deployment.id) - Number(b.deployment.id));
}

interface Props {
  proposal: AutoFillProposal;
  openDeployments: readonly ProposedDeployment[];
  divisionName: (divisionId: string) => string;
  kept: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

/** Each deployment of the proposal with a box per proposed reserve (untick to leave one out). */
export const AutoFillProposalList = ({ proposal, openDeployments, divisionName, kept, onToggle }: Props) => (
  <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
    {groupsOf(proposal, openDeployments).map(({ deployment, proposed, open }) => {
      const title = `${formatDateTime(deployment.startsAt)} - ${formatTime(deployment.endsAt)} · ${divisionName(String(deployment.divisionId))}: ${deployment.location}`;
      return (
        <Paper key={deployment.id} variant="outlined" component="section" aria-label={title} data-testid={`proposal-${deployment.id}`} sx={{ px: 1.5, py: 1 }}>
          <Typography variant="subtitle2" component="h3">
            {title}
          </Typography>
          {proposed.map((item) => (
            <Box key={item.reserveId} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <FormControlLabel
                control={<Checkbox size="small" checked={kept.has(proposalKey(item))} onChange={() => onToggle(proposalKey(item))} />}
                label={`${reserveName(item.reserve)} (${enumLabel(item.reserve.level)})`}
              />
              {item.homeDivision && <Chip size="small" variant="outlined" label="Home division" />}
            </Box>
          ))}
          {open && (
            <Typography variant="body2" color="warning.main" sx={{ mt: proposed.length ? 0.5 : 0 }}>
              {open.missing} {open.missing === 1 ? 'place' : 'places'} left open: {open.reason}
            </Typography>
          )}
        </Paper>
      );
    })}
  </Box>
);
