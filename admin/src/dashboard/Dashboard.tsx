import { Box, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { CoverageHeatMap } from './CoverageHeatMap';
import { DashboardFilters } from './DashboardFilters';
import { DivisionComplianceCard } from './DivisionComplianceCard';
import { FunnelCard } from './FunnelCard';
import { HoursByLevelCard } from './HoursByLevelCard';
import { ModuleComplianceCard } from './ModuleComplianceCard';
import { useDashboardFilters } from './useDashboardFilters';

const twoColumns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' }, mb: 2 } as const;

/**
 * The home page: recruitment, training compliance, patrol coverage and service hours at a glance
 * (issue 7), every figure a link to the records behind it. Read only, for every role.
 */
const Dashboard = () => {
  const filters = useDashboardFilters();
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="Dashboard" />
      <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1.5 }}>
        <Typography component="h1" variant="h5">
          Leadership dashboard
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Dates in Los Angeles time. Select a figure to open the records behind it.
        </Typography>
      </Box>
      <DashboardFilters filters={filters} />
      <Box sx={twoColumns}>
        <FunnelCard period={filters.recruitment} />
        <HoursByLevelCard period={filters.patrols} divisionId={filters.divisionId} />
      </Box>
      <Box sx={{ mb: 2 }}>
        <CoverageHeatMap period={filters.patrols} divisionId={filters.divisionId} />
      </Box>
      <Box sx={twoColumns}>
        <DivisionComplianceCard divisionId={filters.divisionId} />
        <ModuleComplianceCard divisionId={filters.divisionId} />
      </Box>
    </Box>
  );
};

export default Dashboard;
