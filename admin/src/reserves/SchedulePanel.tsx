import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Button, LinearProgress, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { Link, useNotify } from 'react-admin';
import { enumLabel } from '../common/enums';
import { formatDateTime, formatTime } from '../common/laTime';
import { useReserveDetails } from './useReserveDetails';

const ACTIVE = new Set(['ASSIGNED', 'CONFIRMED']);

/** The calendar feed's full address, with a copy button (the address is the key: share it only with the reserve). */
const CalendarFeed = ({ url }: { url: string }) => {
  const notify = useNotify();
  const address = url.startsWith('/') ? `${window.location.origin}${url}` : url;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      notify('Calendar feed address copied', { type: 'success' });
    } catch {
      notify('Copying failed; select the address and copy it', { type: 'warning' });
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <TextField label="Calendar feed (iCalendar)" value={address} size="small" slotProps={{ htmlInput: { readOnly: true } }} sx={{ minWidth: 420 }} onFocus={(event) => event.target.select()} />
      <Button startIcon={<ContentCopyIcon />} onClick={copy}>
        Copy
      </Button>
    </Box>
  );
};

/** Upcoming deployments of the reserve and the calendar feed. */
export const SchedulePanel = () => {
  const { data, isPending, error } = useReserveDetails();
  if (isPending) return <LinearProgress aria-label="Loading schedule" />;
  if (error || !data) return <Alert severity="error">{error?.message ?? 'The schedule is not available'}</Alert>;
  const now = Date.now();
  const upcoming = (data.assignments ?? [])
    .filter((assignment) => ACTIVE.has(assignment.status) && new Date(assignment.deployment.endsAt).getTime() > now)
    .sort((a, b) => a.deployment.startsAt.localeCompare(b.deployment.startsAt));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography variant="h6" component="h2">
        Upcoming deployments
      </Typography>
      {upcoming.length === 0 ? (
        <Typography variant="body2">No upcoming deployments.</Typography>
      ) : (
        <List dense aria-label="Upcoming deployments">
          {upcoming.map(({ id, status, deployment }) => (
            <ListItem key={id} disableGutters>
              <ListItemText
                primary={
                  <Link to={`/deployments/${deployment.id}/show`}>
                    {formatDateTime(deployment.startsAt)} - {formatTime(deployment.endsAt)}: {deployment.location}
                  </Link>
                }
                secondary={`${deployment.division.name} · ${enumLabel(deployment.kind)} · ${enumLabel(status)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      {data.calendarFeedUrl && <CalendarFeed url={data.calendarFeedUrl} />}
    </Box>
  );
};
