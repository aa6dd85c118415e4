import { Box } from '@mui/material';
import { COVERAGE_STEPS } from './coverageScale';
import { Swatch } from './Swatch';

/** The colour scale of the heat map, in words. */
export const CoverageLegend = () => (
  <Box component="p" aria-label="Colour scale: scheduled hours as a share of the weekly target" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mt: 1.5, mb: 0, fontSize: 12, color: 'text.secondary' }}>
    <span>Scheduled hours vs weekly target:</span>
    {COVERAGE_STEPS.map((step) => (
      <Swatch key={step.label} colour={step.background} border="#d0d0d0" label={step.label} />
    ))}
  </Box>
);
