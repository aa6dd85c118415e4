import AddIcon from '@mui/icons-material/Add';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Box, Button, IconButton, MenuItem, TextField, Tooltip, Typography } from '@mui/material';
import type { RaRecord } from 'react-admin';
import { addDays, formatLocalDate, laToday, mondayOf } from '../common/laTime';
import { FILL_STYLES } from './DeploymentCard';

interface Props {
  monday: string;
  onMonday: (monday: string) => void;
  divisions: readonly RaRecord[] | undefined;
  divisionId: string;
  onDivision: (divisionId: string) => void;
  /** Scheduling actions, for the roles that may schedule; absent for a read-only week. */
  onNewPatrol?: () => void;
  onAutoFill?: () => void;
}

/** Week navigation, the division filter, the fill legend, and (for coordinators) New patrol and Auto-fill. */
export const WeekToolbar = ({ monday, onMonday, divisions, divisionId, onDivision, onNewPatrol, onAutoFill }: Props) => (
  <Box sx={{ mb: 0.5 }}>
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Button variant="outlined" size="small" onClick={() => onMonday(mondayOf(laToday()))}>
        This week
      </Button>
      <Tooltip title="Previous week">
        <IconButton aria-label="Previous week" onClick={() => onMonday(addDays(monday, -7))}>
          <ChevronLeftIcon />
        </IconButton>
      </Tooltip>
      <Tooltip title="Next week">
        <IconButton aria-label="Next week" onClick={() => onMonday(addDays(monday, 7))}>
          <ChevronRightIcon />
        </IconButton>
      </Tooltip>
      <Typography variant="h6" component="h2" sx={{ mx: 1 }}>
        Week of {formatLocalDate(monday)}
      </Typography>
      <TextField select size="small" label="Division" value={divisionId} onChange={(event) => onDivision(event.target.value)} sx={{ width: 220 }}>
        <MenuItem value="">All divisions</MenuItem>
        {(divisions ?? []).map((division) => (
          <MenuItem key={division.id} value={String(division.id)}>
            {division.name}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ flex: 1 }} />
      {onAutoFill && (
        <Button variant="outlined" startIcon={<AutoFixHighIcon />} onClick={onAutoFill}>
          Auto-fill this week
        </Button>
      )}
      {onNewPatrol && (
        <Button variant="contained" startIcon={<AddIcon />} onClick={onNewPatrol}>
          New patrol
        </Button>
      )}
    </Box>
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mt: 0.5, minHeight: 22 }}>
      {Object.entries(FILL_STYLES).map(([key, style]) => (
        <Box key={key} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Box sx={{ width: 12, height: 12, bgcolor: style.bg, borderLeft: 3, borderColor: style.border, borderRadius: 0.5 }} />
          <Typography variant="caption">{style.label}</Typography>
        </Box>
      ))}
      {onNewPatrol && (
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
          Drag across a day to create a patrol · drag a patrol to move it · drag its bottom edge to change its end
        </Typography>
      )}
    </Box>
  </Box>
);
