import type { SxProps, Theme } from '@mui/material';

/** Kept for screen readers and for copying, out of sight: the figures behind a chart, as a table. */
export const visuallyHidden: SxProps<Theme> = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
