import { Box, Typography } from '@mui/material';

/** A row of small summary figures under a chart, each a value and what it counts (a description list; the value shows first). */
export const StatRow = ({ stats }: { stats: { label: string; value: string }[] }) => (
  <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: `repeat(${stats.length}, minmax(0, 1fr))`, gap: 2, m: 0, mt: 2, pt: 1.5, borderTop: 1, borderColor: 'divider' }}>
    {stats.map((stat) => (
      <Box key={stat.label} sx={{ display: 'flex', flexDirection: 'column' }}>
        <Typography component="dt" variant="caption" color="text.secondary" sx={{ order: 2, lineHeight: 1.3 }}>
          {stat.label}
        </Typography>
        <Typography component="dd" variant="subtitle1" sx={{ order: 1, m: 0, fontWeight: 600 }}>
          {stat.value}
        </Typography>
      </Box>
    ))}
  </Box>
);
