import { Box } from '@mui/material';

/** A legend entry: a colour sample (decorative) and the words that carry the meaning. */
export const Swatch = ({ colour, label, border }: { colour: string; label: string; border?: string }) => (
  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
    <Box component="span" aria-hidden sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: colour, border: border ? `1px solid ${border}` : undefined, flexShrink: 0 }} />
    {label}
  </Box>
);
