import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Alert, Box, Button, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { enumLabel } from '../common/enums';
import { reserveName, type Candidate, type RosterReserve } from './useRoster';

interface Props {
  query: UseQueryResult<{ total: number; eligibleCount: number; candidates: Candidate[] }, Error>;
  assign: UseMutationResult<unknown, Error, RosterReserve>;
  onShowAll: () => void;
}

const hours = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** The API's ranking of reserves for the deployment: the eligible first, each of the others with why not. */
export const EligibleReserves = ({ query, assign, onShowAll }: Props) => {
  if (query.isPending) return <LinearProgress aria-label="Loading eligible reserves" />;
  if (query.error) return <Alert severity="error">{query.error.message}</Alert>;
  const { candidates, eligibleCount, total } = query.data;
  return (
    <Box>
      <Typography variant="h6" component="h2">
        Reserves ({eligibleCount} eligible of {total})
      </Typography>
      <Table size="small" aria-label="Eligible reserves">
        <TableHead>
          <TableRow>
            <TableCell>Reserve</TableCell>
            <TableCell>Hours this month</TableCell>
            <TableCell>Eligibility</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {candidates.map((candidate) => (
            <TableRow key={candidate.reserve.id} data-testid={`candidate-${candidate.reserve.id}`}>
              <TableCell>
                {reserveName(candidate.reserve)}
                <Typography variant="caption" component="div" color="text.secondary">
                  {enumLabel(candidate.reserve.level)}
                  {candidate.homeDivision ? ' · home division' : ''}
                </Typography>
              </TableCell>
              <TableCell>
                {hours(candidate.hoursThisMonth)} h{candidate.hoursBelowMinimum > 0 ? ` (${hours(candidate.hoursBelowMinimum)} h below minimum)` : ''}
              </TableCell>
              <TableCell>
                {candidate.eligible ? (
                  <Chip size="small" color="success" label="Eligible" />
                ) : (
                  <Box component="ul" sx={{ m: 0, pl: 2 }} aria-label="Reasons">
                    {candidate.reasons.map((reason) => (
                      <Typography component="li" variant="body2" key={`${reason.code}-${reason.message}`}>
                        {reason.message}
                      </Typography>
                    ))}
                  </Box>
                )}
              </TableCell>
              <TableCell align="right">
                <Button size="small" startIcon={<PersonAddIcon />} disabled={assign.isPending} onClick={() => assign.mutate(candidate.reserve)} aria-label={`Assign ${reserveName(candidate.reserve)}`}>
                  Assign
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {candidates.length < total && (
        <Button size="small" onClick={onShowAll} sx={{ mt: 1 }}>
          Show all {total} reserves
        </Button>
      )}
    </Box>
  );
};
