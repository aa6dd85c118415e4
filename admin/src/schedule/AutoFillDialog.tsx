import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { formatLocalDate } from '../common/laTime';
import { reserveName } from '../deployments/useRoster';
import { AutoFillProposalList, proposalKey } from './AutoFillProposalList';
import { useAutoFill, type AutoFillResult, type ProposedAssignment } from './useAutoFill';

interface Props {
  monday: string;
  from: string;
  to: string;
  divisionId?: string;
  divisionName: (divisionId: string) => string;
  onClose: () => void;
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/**
 * Auto-fill for the week on screen: asks for a proposal as it opens, lets the coordinator untick
 * proposed assignments, applies the rest, then says how many were written and which were refused.
 */
export const AutoFillDialog = ({ monday, from, to, divisionId, divisionName, onClose }: Props) => {
  const { propose, apply } = useAutoFill({ from, to, divisionId });
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<AutoFillResult>();
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return; // once per opening (React's development mode runs effects twice)
    asked.current = true;
    propose.mutate(undefined, { onSuccess: ({ proposal }) => setKept(new Set(proposal.assignments.map(proposalKey))) });
  }, [propose]);

  const proposal = propose.data?.proposal;
  const byKey = new Map<string, ProposedAssignment>((proposal?.assignments ?? []).map((item) => [proposalKey(item), item]));
  const toggle = (key: string) =>
    setKept((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const keptItems = [...kept].map((key) => byKey.get(key)).filter((item): item is ProposedAssignment => !!item);

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="autofill-title" scroll="paper">
      <DialogTitle id="autofill-title">
        Auto-fill the week of {formatLocalDate(monday)}
        {divisionId && (
          <Typography variant="body2" color="text.secondary">
            {divisionName(divisionId)} only
          </Typography>
        )}
      </DialogTitle>
      <DialogContent dividers>
        {propose.isPending && <LinearProgress aria-label="Proposing assignments" />}
        {propose.error && <Alert severity="error">{propose.error.message}</Alert>}
        {result && (
          <Box sx={{ mb: 2 }} role="status">
            <Alert severity={result.rejected.length ? 'warning' : 'success'}>
              {result.applied.length} {result.applied.length === 1 ? 'assignment' : 'assignments'} written
              {result.rejected.length ? `; ${result.rejected.length} refused by the server:` : '.'}
            </Alert>
            {result.rejected.map((refused) => (
              <Typography key={proposalKey(refused)} variant="body2" sx={{ mt: 0.5 }}>
                {byKey.get(proposalKey(refused)) ? reserveName(byKey.get(proposalKey(refused))!.reserve) : `Reserve ${refused.reserveId}`} on deployment {refused.deploymentId}:{' '}
                {refused.reasons.map((reason) => reason.message).join('; ')}
              </Typography>
            ))}
          </Box>
        )}
        {proposal && !result && (
          <>
            <Typography variant="body1" sx={{ mb: 1.5 }}>
              {proposal.slots === 0
                ? 'Every patrol of this week that has not started is full: nothing to propose.'
                : `${proposal.filled} of ${proposal.slots} open places proposed (${percent(proposal.fillRate)}). Untick any you do not want, then apply.`}
            </Typography>
            <AutoFillProposalList proposal={proposal} openDeployments={propose.data?.openDeployments ?? []} divisionName={divisionName} kept={kept} onToggle={toggle} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{result ? 'Close' : 'Cancel'}</Button>
        {!result && (
          <Button
            variant="contained"
            disabled={!proposal || keptItems.length === 0 || apply.isPending}
            onClick={() => apply.mutate(keptItems.map(({ deploymentId, reserveId }) => ({ deploymentId, reserveId })), { onSuccess: setResult })}
          >
            Apply {keptItems.length} {keptItems.length === 1 ? 'assignment' : 'assignments'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
