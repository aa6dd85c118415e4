import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Box, Button, Paper } from '@mui/material';
import { useState } from 'react';
import { DivisionPicker } from './DivisionPicker';
import { PeriodPicker } from './PeriodPicker';
import type { useDashboardFilters } from './useDashboardFilters';

/** The dashboard's periods (patrols and hours; recruitment) and division, above the cards. */
export const DashboardFilters = ({ filters }: { filters: ReturnType<typeof useDashboardFilters> }) => {
  // The pickers keep what is being typed; a reset starts them again from the defaults.
  const [resets, setResets] = useState(0);
  return (
    <Paper variant="outlined" component="form" aria-label="Dashboard period and division" onSubmit={(event) => event.preventDefault()} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: 3, rowGap: 2, px: 2, pt: 1, pb: 2, mb: 2 }}>
      <PeriodPicker key={`patrols-${resets}`} label="Patrol coverage and service hours" period={filters.patrols} onChange={filters.setPatrols} />
      <PeriodPicker key={`recruitment-${resets}`} label="Recruitment funnel" period={filters.recruitment} onChange={filters.setRecruitment} />
      <Box component="fieldset" sx={{ border: 0, m: 0, p: 0 }}>
        <Box component="legend" sx={{ typography: 'caption', color: 'text.secondary', mb: 0.75, p: 0 }}>
          Training compliance, coverage rows and hours
        </Box>
        <DivisionPicker divisionId={filters.divisionId} onChange={filters.setDivisionId} />
      </Box>
      <Button
        size="small"
        startIcon={<RestartAltIcon />}
        title="Back to the last 12 weeks for patrols and hours, the last 12 months for recruitment, all divisions"
        disabled={filters.isDefault}
        sx={{ ml: 'auto', mb: 0.5 }}
        onClick={() => {
          filters.reset();
          setResets((count) => count + 1);
        }}
      >
        Reset
      </Button>
    </Paper>
  );
};
