import { Box, Paper, Typography } from '@mui/material';
import { useEffect, useRef, type RefObject } from 'react';
import type { RaRecord } from 'react-admin';
import { formatWeekday, laDayHours, laToday } from '../common/laTime';
import { DayColumn } from './DayColumn';
import { FIRST_VISIBLE_HOUR, GUTTER_WIDTH, HOUR_HEIGHT } from './layout';
import type { useGridDrag } from './useGridDrag';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = (hour: number) => (hour === 0 ? '' : `${hour % 12 === 0 ? 12 : hour % 12} ${hour < 12 ? 'AM' : 'PM'}`);

interface Props {
  days: readonly string[];
  /** The week's deployments, with the times to draw (a drag or a change waiting for the server applied). */
  deployments: readonly RaRecord[];
  divisionName: (deployment: RaRecord) => string;
  canChange: boolean;
  onOpen: (deployment: RaRecord) => void;
  /** The drag preview, lifted so the parent can draw dragged cards at their new times. */
  drag: ReturnType<typeof useGridDrag>;
  columnsRef: RefObject<HTMLDivElement | null>;
}

/**
 * The week as a calendar: Los Angeles hours down the side, a column per day. It opens scrolled to the
 * working day (06:00 on); the night before is a scroll up. Drawn in wall-clock time, so the hour the
 * spring change skips is hatched and the repeated autumn hour shares its row.
 */
export const TimeGrid = ({ days, deployments, divisionName, canChange, onOpen, drag, columnsRef }: Props) => {
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = FIRST_VISIBLE_HOUR * HOUR_HEIGHT;
  }, []);
  const today = laToday();
  const columns = `${GUTTER_WIDTH}px repeat(${days.length}, minmax(110px, 1fr))`;

  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Box ref={scroller} data-testid="schedule-scroll" sx={{ height: 'calc(100vh - 196px)', minHeight: 380, overflow: 'auto', position: 'relative' }}>
        <Box sx={{ display: 'grid', gridTemplateColumns: columns, position: 'sticky', top: 0, zIndex: 5, bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider', minWidth: 'min-content' }}>
          <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'end', textAlign: 'right', pr: 1, pb: 0.5, fontSize: 10 }}>
            LA time
          </Typography>
          {days.map((day) => {
            const isToday = day === today;
            const [weekday, date] = formatWeekday(day).split(', ');
            const hours = laDayHours(day);
            return (
              <Box key={day} sx={{ textAlign: 'center', py: 0.75, borderLeft: 1, borderColor: 'divider' }}>
                <Typography variant="caption" component="div" sx={{ textTransform: 'uppercase', letterSpacing: 0.5, color: isToday ? 'primary.main' : 'text.secondary', fontWeight: 600 }}>
                  {weekday}
                </Typography>
                <Typography
                  variant="subtitle1"
                  component="h3"
                  sx={{ lineHeight: 1.3, fontWeight: 600, display: 'inline-block', px: 1, borderRadius: 4, ...(isToday ? { bgcolor: 'primary.main', color: 'primary.contrastText' } : {}) }}
                >
                  {date}
                </Typography>
                {hours !== 24 && (
                  <Typography variant="caption" component="div" color="warning.main" title="The clocks change this day">
                    {hours}-hour day
                  </Typography>
                )}
              </Box>
            );
          })}
        </Box>
        {/* Its own stacking context: cascaded cards stay under the sticky day headers. */}
        <Box sx={{ display: 'grid', gridTemplateColumns: columns, minWidth: 'min-content', position: 'relative', zIndex: 0 }}>
          <Box aria-hidden sx={{ position: 'relative', height: 24 * HOUR_HEIGHT }}>
            {HOURS.map((hour) => (
              <Typography key={hour} variant="caption" color="text.secondary" sx={{ position: 'absolute', top: hour * HOUR_HEIGHT - 8, right: 8, fontSize: 11 }}>
                {hourLabel(hour)}
              </Typography>
            ))}
          </Box>
          <Box ref={columnsRef} sx={{ gridColumn: `2 / span ${days.length}`, display: 'grid', gridTemplateColumns: `repeat(${days.length}, 1fr)`, height: 24 * HOUR_HEIGHT }}>
            {days.map((day, dayIndex) => (
              <DayColumn
                key={day}
                day={day}
                dayIndex={dayIndex}
                isToday={day === today}
                deployments={deployments}
                divisionName={divisionName}
                canChange={canChange}
                onOpen={onOpen}
                drag={drag}
              />
            ))}
          </Box>
        </Box>
      </Box>
    </Paper>
  );
};
