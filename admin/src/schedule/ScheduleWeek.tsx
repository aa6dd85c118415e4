import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, Button, IconButton, LinearProgress, MenuItem, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { CreateButton, Title, useGetList, type RaRecord } from 'react-admin';
import { addDays, formatLocalDate, formatWeekday, laDayStart, laToday, mondayOf, toLaDay } from '../common/laTime';
import { WITH_ASSIGNMENTS } from '../deployments/FillField';
import { DeploymentCard, FILL_STYLES } from './DeploymentCard';
import { DeploymentDialog } from './DeploymentDialog';

/** The patrol schedule: a Los Angeles week (Monday to Sunday) of deployments, by division, coloured by how full they are. */
const ScheduleWeek = () => {
  const [monday, setMonday] = useState(() => mondayOf(laToday()));
  const [divisionId, setDivisionId] = useState('');
  const [openId, setOpenId] = useState<string>();
  const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  const { data: divisions } = useGetList('divisions', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const { data, isPending, error } = useGetList(
    'deployments',
    {
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'startsAt', order: 'ASC' },
      filter: { startsAt_gte: laDayStart(monday), startsAt_lt: laDayStart(addDays(monday, 7)), ...(divisionId ? { divisionId } : {}) },
      ...WITH_ASSIGNMENTS,
    },
    { placeholderData: (previous) => previous },
  );
  const divisionName = (deployment: RaRecord) => divisions?.find((division) => String(division.id) === String(deployment.divisionId))?.name ?? '';
  const open = data?.find((deployment) => String(deployment.id) === openId);

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="Patrol schedule" />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <IconButton aria-label="Previous week" onClick={() => setMonday(addDays(monday, -7))}>
          <ChevronLeftIcon />
        </IconButton>
        <Button onClick={() => setMonday(mondayOf(laToday()))}>This week</Button>
        <IconButton aria-label="Next week" onClick={() => setMonday(addDays(monday, 7))}>
          <ChevronRightIcon />
        </IconButton>
        <Typography variant="h6" component="h2" sx={{ mx: 1 }}>
          Week of {formatLocalDate(monday)}
        </Typography>
        <TextField select size="small" label="Division" value={divisionId} onChange={(event) => setDivisionId(event.target.value)} fullWidth={false} sx={{ width: 220 }}>
          <MenuItem value="">All divisions</MenuItem>
          {(divisions ?? []).map((division) => (
            <MenuItem key={division.id} value={String(division.id)}>
              {division.name}
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ flex: 1 }} />
        {Object.entries(FILL_STYLES).map(([key, style]) => (
          <Box key={key} sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mr: 1 }}>
            <Box sx={{ width: 14, height: 14, bgcolor: style.bg, border: 2, borderColor: style.border, borderRadius: 0.5 }} />
            <Typography variant="caption">{style.label}</Typography>
          </Box>
        ))}
        <CreateButton resource="deployments" label="New patrol" />
      </Box>
      {isPending && <LinearProgress aria-label="Loading the week" />}
      {error && <Alert severity="error">{error.message}</Alert>}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(140px, 1fr))', gap: 1, overflowX: 'auto' }}>
        {days.map((day) => {
          const deployments = (data ?? []).filter((deployment) => toLaDay(deployment.startsAt) === day);
          return (
            <Paper key={day} variant="outlined" component="section" aria-label={formatWeekday(day)} sx={{ p: 0.75, minHeight: 240, bgcolor: day === laToday() ? '#f3f6fb' : undefined }}>
              <Typography variant="subtitle2" component="h3" sx={{ mb: 0.75 }}>
                {formatWeekday(day)}
              </Typography>
              <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
                {deployments.map((deployment) => (
                  <DeploymentCard key={deployment.id} deployment={deployment} division={divisionName(deployment)} onOpen={() => setOpenId(String(deployment.id))} />
                ))}
                {!isPending && deployments.length === 0 && (
                  <Typography variant="caption" color="text.secondary">
                    No deployments
                  </Typography>
                )}
              </Box>
            </Paper>
          );
        })}
      </Box>
      <DeploymentDialog deployment={open} division={open ? divisionName(open) : ''} onClose={() => setOpenId(undefined)} />
    </Box>
  );
};

export default ScheduleWeek;
