import { Box, TextField } from '@mui/material';
import { useState } from 'react';
import { addDays } from '../common/laTime';
import { untilOf, type Period } from './period';

/** The API refuses longer periods (dashboard-inputs: at most 735 days). */
const MAX_DAYS = 735;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function problemOf(from: string, until: string): string | undefined {
  if (!from || !until) return 'Both days are needed';
  if (until < from) return 'Ends before it starts';
  if (daysBetween(from, addDays(until, 1)) > MAX_DAYS) return `At most ${MAX_DAYS} days`;
  return undefined;
}

/**
 * From and until (both days included, Los Angeles dates) for a group of cards; applies a period only
 * once it makes sense, and says what is wrong otherwise.
 */
export const PeriodPicker = ({ label, period, onChange }: { label: string; period: Period; onChange: (period: Period) => void }) => {
  const [from, setFrom] = useState(period.from);
  const [until, setUntil] = useState(untilOf(period));
  const problem = problemOf(from, until);
  const change = (nextFrom: string, nextUntil: string) => {
    setFrom(nextFrom);
    setUntil(nextUntil);
    if (!problemOf(nextFrom, nextUntil)) onChange({ from: nextFrom, to: addDays(nextUntil, 1) });
  };
  return (
    <Box component="fieldset" sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}>
      <Box component="legend" sx={{ typography: 'caption', color: 'text.secondary', mb: 0.75, p: 0 }}>
        {label}
      </Box>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <TextField type="date" size="small" label="From" value={from} onChange={(event) => change(event.target.value, until)} slotProps={{ inputLabel: { shrink: true } }} error={!!problem} sx={{ width: 150 }} />
        <TextField
          type="date"
          size="small"
          label="Until"
          value={until}
          onChange={(event) => change(from, event.target.value)}
          error={!!problem}
          helperText={problem}
          slotProps={{ inputLabel: { shrink: true }, formHelperText: { sx: { position: 'absolute', top: '100%', m: 0, mt: 0.25, whiteSpace: 'nowrap' } } }}
          sx={{ width: 150 }}
        />
      </Box>
    </Box>
  );
};
