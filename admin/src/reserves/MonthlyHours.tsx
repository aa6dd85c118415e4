import { Box, LinearProgress, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

const hours = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** Hours served this Los Angeles month against the reserve's monthly minimum. */
export const MonthlyHoursField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  if (!record || record.hoursThisMonth == null) return null;
  const minimum = Number(record.monthlyMinimumHours ?? 0);
  const served = Number(record.hoursThisMonth);
  const met = minimum === 0 || served >= minimum;
  const percent = minimum === 0 ? 100 : Math.min(100, (served / minimum) * 100);
  return (
    <Box sx={{ minWidth: 120, maxWidth: 320 }}>
      <Typography component="span" variant="body2" color={met ? 'success.main' : 'warning.main'}>
        {hours(served)} of {hours(minimum)} h
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={met ? 'success' : 'warning'}
        aria-label={`${hours(served)} of ${hours(minimum)} hours this month`}
        sx={{ mt: 0.5, height: 6, borderRadius: 3 }}
      />
    </Box>
  );
};
