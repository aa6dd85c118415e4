import { Alert, Box, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography, type ChipProps } from '@mui/material';
import { Link } from 'react-admin';
import { enumLabel } from '../common/enums';
import { formatLocalDate } from '../common/laTime';
import { useReserveDetails, type ModuleStanding } from './useReserveDetails';

const COLORS: Record<ModuleStanding['status'], ChipProps['color']> = { CURRENT: 'success', EXPIRING: 'warning', EXPIRED: 'error', MISSING: 'error' };

const Cpt = ({ hours, required }: { hours: number | null; required: number | null }) => {
  if (required == null) return <Typography variant="body2">This level owes no continuing professional training (CPT).</Typography>;
  const done = hours ?? 0;
  return (
    <Box sx={{ maxWidth: 360 }}>
      <Typography variant="body2">
        CPT: {done.toLocaleString('en-US', { maximumFractionDigits: 1 })} of {required} hours in the last 24 months
      </Typography>
      <LinearProgress variant="determinate" value={Math.min(100, (done / required) * 100)} color={done >= required ? 'success' : 'warning'} aria-label="CPT hours" sx={{ height: 6, borderRadius: 3, mt: 0.5 }} />
    </Box>
  );
};

/** Each module the reserve's level requires: current, expiring, expired or missing; and CPT hours. */
export const TrainingStatusPanel = () => {
  const { data, isPending, error } = useReserveDetails();
  if (isPending) return <LinearProgress aria-label="Loading training status" />;
  if (error || !data) return <Alert severity="error">{error?.message ?? 'Training status is not available'}</Alert>;
  const status = data.trainingStatus;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Alert severity={status.compliant ? 'success' : 'warning'}>
        {status.compliant ? 'Training is current for this level' : 'Training is not current: see the modules below'} (as of {formatLocalDate(status.asOf)})
      </Alert>
      <Cpt hours={status.cptHoursLast24Months} required={status.cptHoursRequired} />
      {status.modules.length === 0 ? (
        <Typography variant="body2">No module is required for this level.</Typography>
      ) : (
        <Table size="small" aria-label="Required modules">
          <TableHead>
            <TableRow>
              <TableCell>Module</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Last passed</TableCell>
              <TableCell>Expires</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {status.modules.map((standing) => (
              <TableRow key={standing.module.id}>
                <TableCell>
                  <Link to={`/curriculum-modules/${standing.module.id}/show`}>
                    {standing.module.code} - {standing.module.title}
                  </Link>
                </TableCell>
                <TableCell>
                  <Chip size="small" color={COLORS[standing.status]} label={enumLabel(standing.status)} />
                </TableCell>
                <TableCell>{formatLocalDate(standing.completedOn) || '—'}</TableCell>
                <TableCell>{standing.expiresOn ? formatLocalDate(standing.expiresOn) : standing.completedOn ? 'Never' : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
