import { Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { RaRecord } from 'react-admin';
import { fromLaLocal, toLaLocal } from '../common/laTime';
import type { PatrolTimes } from './displayedTimes';

/**
 * The keyboard way to move or resize a patrol (the same `updateDeployment` as dragging): its start and
 * end as Los Angeles wall-clock times. A time the spring change skips is refused here, never shifted.
 */
export const RescheduleFields = ({ deployment, onReschedule }: { deployment: RaRecord; onReschedule: (deployment: RaRecord, times: PatrolTimes) => void }) => {
  const [startsAt, setStartsAt] = useState(() => toLaLocal(deployment.startsAt));
  const [endsAt, setEndsAt] = useState(() => toLaLocal(deployment.endsAt));
  const start = fromLaLocal(startsAt);
  const end = fromLaLocal(endsAt);
  const missing = 'This time does not exist in Los Angeles (the clocks skip that hour)';
  const order = start && end && new Date(end) <= new Date(start) ? 'Must end after it starts' : undefined;
  const unchanged = startsAt === toLaLocal(deployment.startsAt) && endsAt === toLaLocal(deployment.endsAt);
  return (
    <Box
      component="form"
      aria-label="Change the time"
      onSubmit={(event) => {
        event.preventDefault();
        if (start && end && !order) onReschedule(deployment, { startsAt: start, endsAt: end });
      }}
      sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}
    >
      <Typography variant="subtitle2" component="h3" sx={{ width: '100%' }}>
        Time (Los Angeles)
      </Typography>
      <TextField
        type="datetime-local"
        size="small"
        fullWidth={false}
        sx={{ width: 250 }}
        label="Patrol starts"
        value={startsAt}
        onChange={(event) => setStartsAt(event.target.value)}
        error={!start}
        helperText={!start ? missing : ' '}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 900 } }}
      />
      <TextField
        type="datetime-local"
        size="small"
        fullWidth={false}
        sx={{ width: 250 }}
        label="Patrol ends"
        value={endsAt}
        onChange={(event) => setEndsAt(event.target.value)}
        error={!end || !!order}
        helperText={!end ? missing : (order ?? ' ')}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 900 } }}
      />
      <Button type="submit" variant="outlined" disabled={unchanged || !start || !end || !!order} sx={{ mt: 0.5 }}>
        Change time
      </Button>
    </Box>
  );
};
