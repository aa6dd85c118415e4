import { Alert, Box, LinearProgress } from '@mui/material';
import { useMemo, useRef, useState } from 'react';
import { Title, useCanAccess, useGetList, useNotify, type RaRecord } from 'react-admin';
import { addDays, addElapsedMinutes, laDayStart, laToday, laWallClock, mondayOf, slotInstant } from '../common/laTime';
import { WITH_ASSIGNMENTS } from '../deployments/FillField';
import { AutoFillDialog } from './AutoFillDialog';
import { CreatePatrolDialog, type PatrolDraft } from './CreatePatrolDialog';
import { DeploymentDialog } from './DeploymentDialog';
import { displayedTimes, movedTimes, resizedTimes } from './displayedTimes';
import { TimeGrid } from './TimeGrid';
import { useGridDrag } from './useGridDrag';
import { useReschedule } from './useReschedule';
import { WeekToolbar } from './WeekToolbar';

const NOT_IN_LA = 'That time does not exist in Los Angeles (the clocks skip that hour); choose another';

/**
 * The patrol schedule: a Los Angeles week (Monday to Sunday) of deployments on a time grid, by
 * division, coloured by how full they are. Coordinators create a patrol by selecting a range, move or
 * resize one by dragging, and auto-fill the week; leadership reads the same week.
 */
const ScheduleWeek = () => {
  const [monday, setMonday] = useState(() => mondayOf(laToday()));
  const [divisionId, setDivisionId] = useState('');
  const [openId, setOpenId] = useState<string>();
  const [draft, setDraft] = useState<PatrolDraft>();
  const [autoFill, setAutoFill] = useState(false);
  const { canAccess: canSchedule = false } = useCanAccess({ action: 'edit', resource: 'schedule' });
  const notify = useNotify();
  const days = useMemo(() => Array.from({ length: 7 }, (_, index) => addDays(monday, index)), [monday]);
  const { data: divisions } = useGetList('divisions', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const { data, isPending, error } = useGetList(
    'deployments',
    {
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'startsAt', order: 'ASC' },
      // From the Sunday before: a patrol that starts that night runs on into Monday.
      filter: { startsAt_gte: laDayStart(addDays(monday, -1)), startsAt_lt: laDayStart(addDays(monday, 7)), ...(divisionId ? { divisionId } : {}) },
      ...WITH_ASSIGNMENTS,
    },
    { placeholderData: (previous) => previous },
  );
  const nameOf = (id: unknown) => divisions?.find((division) => String(division.id) === String(id))?.name ?? '';
  const divisionName = (deployment: RaRecord) => nameOf(deployment.divisionId);
  const { pending, reschedule } = useReschedule();
  const columnsRef = useRef<HTMLDivElement>(null);
  const drag = useGridDrag(columnsRef, days, {
    onSelect: (dayIndex, top, bottom) => {
      const startsAt = slotInstant(days[dayIndex], top);
      const endsAt = slotInstant(days[dayIndex], bottom);
      if (!startsAt || !endsAt) return notify(NOT_IN_LA, { type: 'warning' });
      setDraft({ startsAt, endsAt, divisionId: divisionId || undefined });
    },
    onMove: (deployment, dayCount, minutes) => {
      const times = movedTimes(deployment, dayCount, minutes);
      if (!times) return notify(NOT_IN_LA, { type: 'warning' });
      reschedule(deployment, times);
    },
    onResize: (deployment, day, bottom) => {
      const times = resizedTimes(deployment, day, bottom);
      if (!times) return notify(NOT_IN_LA, { type: 'warning' });
      reschedule(deployment, times);
    },
  });
  const shown = useMemo(() => (data ?? []).map((deployment) => displayedTimes(deployment, drag.preview, pending)), [data, drag.preview, pending]);
  const open = shown.find((deployment) => String(deployment.id) === openId);
  const newPatrol = () => {
    // The next whole hour today if this week is on screen, else 18:00 on its Monday; editable in the form.
    const today = laToday();
    const day = days.includes(today) ? today : monday;
    const hour = day === today ? Math.min(Math.ceil(laWallClock(new Date()).minutes / 60), 20) : 18;
    const startsAt = slotInstant(day, hour * 60) ?? slotInstant(day, 18 * 60)!;
    setDraft({ startsAt, endsAt: addElapsedMinutes(startsAt, 4 * 60), divisionId: divisionId || undefined });
  };

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="Patrol schedule" />
      <WeekToolbar
        monday={monday}
        onMonday={setMonday}
        divisions={divisions}
        divisionId={divisionId}
        onDivision={setDivisionId}
        onNewPatrol={canSchedule ? newPatrol : undefined}
        onAutoFill={canSchedule ? () => setAutoFill(true) : undefined}
      />
      <Box sx={{ height: 4 }}>{isPending && <LinearProgress aria-label="Loading the week" />}</Box>
      {error && <Alert severity="error">{error.message}</Alert>}
      <TimeGrid days={days} deployments={shown} divisionName={divisionName} canChange={canSchedule} onOpen={(deployment) => setOpenId(String(deployment.id))} drag={drag} columnsRef={columnsRef} />
      <DeploymentDialog deployment={open} division={open ? divisionName(open) : ''} canChange={canSchedule} onReschedule={reschedule} onClose={() => setOpenId(undefined)} />
      <CreatePatrolDialog draft={draft} onClose={() => setDraft(undefined)} />
      {autoFill && (
        <AutoFillDialog
          monday={monday}
          from={laDayStart(monday)}
          to={laDayStart(addDays(monday, 7))}
          divisionId={divisionId || undefined}
          divisionName={nameOf}
          onClose={() => setAutoFill(false)}
        />
      )}
    </Box>
  );
};

export default ScheduleWeek;
