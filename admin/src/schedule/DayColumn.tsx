import { Box, Typography } from '@mui/material';
import { useMemo } from 'react';
import type { RaRecord } from 'react-admin';
import { formatWallMinutes, formatWeekday, laWallClock, slotInstant } from '../common/laTime';
import { DeploymentCard } from './DeploymentCard';
import { HOUR_HEIGHT, layoutDay, minutesToPx } from './layout';
import type { useGridDrag } from './useGridDrag';

interface Props {
  day: string;
  dayIndex: number;
  isToday: boolean;
  deployments: readonly RaRecord[];
  divisionName: (deployment: RaRecord) => string;
  canChange: boolean;
  onOpen: (deployment: RaRecord) => void;
  drag: ReturnType<typeof useGridDrag>;
}

const OPEN = new Set(['DRAFT', 'PUBLISHED']);
const HOUR_LINES = `linear-gradient(to bottom, #dfe3e8 1px, transparent 1px), linear-gradient(to bottom, #f0f2f4 1px, transparent 1px)`;

/** Hours of the day that do not exist in Los Angeles (the spring change), to hatch. */
const skippedHours = (day: string) => Array.from({ length: 24 }, (_, hour) => hour).filter((hour) => slotInstant(day, hour * 60) === null);

/** One day of the week grid: its deployments laid out in lanes, the range being selected, and the time now. */
export const DayColumn = ({ day, dayIndex, isToday, deployments, divisionName, canChange, onOpen, drag }: Props) => {
  const placed = useMemo(() => layoutDay(deployments, day), [deployments, day]);
  const skipped = useMemo(() => skippedHours(day), [day]);
  const selection = drag.preview?.kind === 'select' && drag.preview.dayIndex === dayIndex ? drag.preview : undefined;
  const now = isToday ? laWallClock(new Date()).minutes : undefined;
  const dragging = drag.preview && drag.preview.kind !== 'select' ? drag.preview.deploymentId : undefined;
  return (
    <Box
      component="section"
      aria-label={formatWeekday(day)}
      data-day={day}
      onPointerDown={canChange ? (event) => drag.startSelect(event, dayIndex) : undefined}
      sx={{
        position: 'relative',
        borderLeft: 1,
        borderColor: 'divider',
        backgroundImage: HOUR_LINES,
        backgroundSize: `100% ${HOUR_HEIGHT}px, 100% ${HOUR_HEIGHT / 2}px`,
        bgcolor: isToday ? '#f7f9fc' : undefined,
        cursor: canChange ? 'cell' : undefined,
        userSelect: 'none',
      }}
    >
      {skipped.map((hour) => (
        <Box
          key={hour}
          title="This hour does not exist in Los Angeles (clocks spring forward)"
          sx={{ position: 'absolute', left: 0, right: 0, top: hour * HOUR_HEIGHT, height: HOUR_HEIGHT, pointerEvents: 'none', background: 'repeating-linear-gradient(45deg, #eceff1 0 6px, #f8f9fa 6px 12px)' }}
        />
      ))}
      {placed.map((piece) => {
        const open = OPEN.has(piece.deployment.status);
        const draggable = canChange && open;
        return (
          <DeploymentCard
            key={`${piece.deployment.id}-${piece.span.continued}`}
            placed={piece}
            division={divisionName(piece.deployment)}
            draggable={draggable}
            dragging={dragging === String(piece.deployment.id)}
            onOpen={() => {
              if (!drag.wasDrag()) onOpen(piece.deployment);
            }}
            onMoveStart={drag.startMove}
            onResizeStart={(event) => drag.startResize(event, piece.deployment, day, piece.span.top, piece.span.bottom)}
          />
        );
      })}
      {selection && (
        <Box
          data-testid="slot-selection"
          sx={{
            position: 'absolute',
            left: 2,
            right: 2,
            top: minutesToPx(selection.top),
            height: minutesToPx(selection.bottom - selection.top),
            bgcolor: 'rgba(26, 58, 107, 0.18)',
            border: '2px solid #1a3a6b',
            borderRadius: 1,
            pointerEvents: 'none',
            zIndex: 40,
            px: 0.5,
          }}
        >
          <Typography variant="caption" sx={{ fontWeight: 600, color: '#1a3a6b' }}>
            {formatWallMinutes(selection.top)} - {formatWallMinutes(selection.bottom)}
          </Typography>
        </Box>
      )}
      {now !== undefined && (
        <Box aria-hidden sx={{ position: 'absolute', left: 0, right: 0, top: minutesToPx(now), height: 2, bgcolor: '#d32f2f', zIndex: 25, pointerEvents: 'none', '&::before': { content: '""', position: 'absolute', left: -5, top: -4, width: 10, height: 10, borderRadius: '50%', bgcolor: '#d32f2f' } }} />
      )}
    </Box>
  );
};
