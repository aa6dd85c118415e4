import { Box, Paper, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { enumLabel } from '../common/enums';

interface Props {
  stage: string;
  count: number;
  canDrop: boolean;
  onDropRecruit: (recruitId: string) => void;
  children: ReactNode;
  narrow?: boolean;
}

/** One pipeline stage: its recruits' cards, and a place to drop a card. */
export const StageColumn = ({ stage, count, canDrop, onDropRecruit, children, narrow }: Props) => {
  const [over, setOver] = useState(false);
  return (
    <Paper
      component="section"
      aria-label={`${enumLabel(stage)}: ${count}`}
      data-testid={`stage-${stage}`}
      variant="outlined"
      onDragOver={(event) => {
        if (!canDrop) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const id = event.dataTransfer.getData('text/plain');
        if (id) onDropRecruit(id);
      }}
      sx={{
        flex: narrow ? '0 0 170px' : '0 0 220px',
        display: 'flex',
        flexDirection: 'column',
        bgcolor: over ? 'action.hover' : 'grey.50',
        borderColor: over ? 'primary.main' : undefined,
        maxHeight: 'calc(100vh - 190px)',
      }}
    >
      <Box sx={{ p: 1, borderBottom: 1, borderColor: 'divider', display: 'flex', justifyContent: 'space-between' }}>
        <Typography variant="subtitle2" component="h2">
          {enumLabel(stage)}
        </Typography>
        <Typography variant="subtitle2" color="text.secondary">
          {count}
        </Typography>
      </Box>
      <Box sx={{ p: 1, display: 'flex', flexDirection: 'column', gap: 1, overflowY: 'auto' }}>{children}</Box>
    </Paper>
  );
};
