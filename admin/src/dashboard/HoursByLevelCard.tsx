import { useTheme } from '@mui/material';
import { enumLabel } from '../common/enums';
import { formatLocalDate } from '../common/laTime';
import { ChartLink } from './ChartLink';
import { DashboardCard, Headline } from './DashboardCard';
import { FiguresTable } from './FiguresTable';
import { formatCount, formatDollars, formatHours, formatRate, formatShare } from './format';
import { levelHoursOfDivision } from './levelHours';
import { listLink } from './links';
import type { Period } from './period';
import { untilOf } from './period';
import { RESERVE_UTILIZATION, type LevelHours, type ReserveUtilizationAnswer } from './queries';
import { StatRow } from './StatRow';
import { useDashboardQuery } from './useDashboardQuery';

const WIDTH = 520;
const TOP = 22;
const BARS = 150;
const HEIGHT = TOP + BARS + 58;
const BAR = 58;

const minimumWords = (group: LevelHours) => (group.monthsOwed ? `${formatShare(group.share)} met minimum` : 'no minimum owed');

/** Completed service hours per reserve level, the share of reserve-months meeting the monthly minimum, and what the hours are worth. */
export const HoursByLevelCard = ({ period, divisionId }: { period: Period; divisionId?: string }) => {
  const theme = useTheme();
  const { data, isPending, isFetching, error } = useDashboardQuery<ReserveUtilizationAnswer>('utilization', RESERVE_UTILIZATION, { ...period });
  const utilization = data?.reserveUtilization;
  const levels = utilization ? (divisionId ? levelHoursOfDivision(utilization.levels, utilization.reserves, divisionId) : utilization.levels) : [];
  const hours = levels.reduce((sum, group) => sum + group.hours, 0);
  const reserves = levels.reduce((sum, group) => sum + group.reserves, 0);
  const monthsMet = levels.reduce((sum, group) => sum + group.monthsMet, 0);
  const monthsOwed = levels.reduce((sum, group) => sum + group.monthsOwed, 0);
  const most = Math.max(1, ...levels.map((group) => group.hours));
  const column = WIDTH / Math.max(1, levels.length);
  return (
    <DashboardCard
      title="Service hours by level"
      subtitle={`Completed hours ${formatLocalDate(period.from)} – ${formatLocalDate(untilOf(period))}; share of reserve-months meeting the monthly minimum (whole months only)`}
      isPending={isPending}
      isFetching={isFetching}
      error={error}
      empty={utilization && hours === 0 && 'No service hours completed in this period'}
      headline={utilization && <Headline value={formatDollars(hours * utilization.hourValue)} label={`value of ${formatHours(hours)} at ${formatRate(utilization.hourValue)}/h`} />}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="group" aria-labelledby="hours-chart-title" style={{ display: 'block', maxHeight: 300 }}>
        <title id="hours-chart-title">Service hours by reserve level, with the share meeting the monthly minimum</title>
        <line x1={0} x2={WIDTH} y1={TOP + BARS} y2={TOP + BARS} stroke={theme.palette.divider} />
        {levels.map((group, index) => {
          const x = index * column + column / 2;
          const height = (group.hours / most) * BARS;
          const label = `${enumLabel(group.level)}: ${formatHours(group.hours)} by ${group.reserves} reserves, ${minimumWords(group)}. Open the active reserves of this level`;
          const filter = { level: group.level, status: 'ACTIVE', ...(divisionId ? { homeDivisionId: divisionId } : {}) };
          return (
            <ChartLink key={group.level} to={listLink('reserves', filter)} label={label}>
              <g data-level={group.level} data-hours={group.hours}>
                <rect x={index * column} y={0} width={column} height={HEIGHT} fill="transparent" />
                <rect className="bar" x={x - BAR / 2} y={TOP + BARS - height} width={BAR} height={height} rx={3} fill={theme.palette.primary.main} />
                <text x={x} y={TOP + BARS - height - 6} textAnchor="middle" fontSize={13} fontWeight={600} fill={theme.palette.text.primary}>
                  {formatHours(group.hours)}
                </text>
                <text x={x} y={TOP + BARS + 18} textAnchor="middle" fontSize={13} fill={theme.palette.text.primary}>
                  {enumLabel(group.level)}
                </text>
                <text x={x} y={TOP + BARS + 35} textAnchor="middle" fontSize={11.5} fill={theme.palette.text.secondary}>
                  {`${formatCount(group.reserves)} reserves`}
                </text>
                <text x={x} y={TOP + BARS + 51} textAnchor="middle" fontSize={11.5} fill={group.share != null && group.share < 0.5 ? theme.palette.error.main : theme.palette.text.secondary}>
                  {minimumWords(group)}
                </text>
              </g>
            </ChartLink>
          );
        })}
      </svg>
      <StatRow
        stats={[
          { label: 'reserve-months meeting the minimum', value: monthsOwed ? `${formatShare(monthsMet / monthsOwed)} (${monthsMet} of ${monthsOwed})` : 'no whole month' },
          { label: 'average hours per reserve', value: reserves ? formatHours(hours / reserves) : 'n/a' },
          { label: 'reserves counted', value: formatCount(reserves) },
        ]}
      />
      <FiguresTable
        caption="Service hours by level"
        head={['Level', 'Reserves', 'Hours', 'Average hours', 'Reserve-months meeting the minimum', 'Share meeting the minimum']}
        rows={levels.map((group) => [
          enumLabel(group.level),
          formatCount(group.reserves),
          formatHours(group.hours),
          group.averageHours == null ? 'n/a' : formatHours(group.averageHours),
          `${group.monthsMet} of ${group.monthsOwed}`,
          formatShare(group.share),
        ])}
      />
    </DashboardCard>
  );
};
