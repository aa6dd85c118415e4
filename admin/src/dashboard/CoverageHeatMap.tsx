import { Box, Link } from '@mui/material';
import { useCanAccess } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatLocalDate } from '../common/laTime';
import { CoverageCellLink } from './CoverageCellLink';
import { CoverageLegend } from './CoverageLegend';
import { DashboardCard, Headline } from './DashboardCard';
import { formatHours, formatMonthDay, formatShare } from './format';
import { listLink } from './links';
import type { Period } from './period';
import { untilOf } from './period';
import { DIVISION_COVERAGE, type DivisionCoverageAnswer } from './queries';
import { useDashboardQuery } from './useDashboardQuery';

const stickyCell = { position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 } as const;

/** Visibility-patrol coverage: a division x week heat map of scheduled hours against each division's weekly target. */
export const CoverageHeatMap = ({ period, divisionId }: { period: Period; divisionId?: string }) => {
  const { data, isPending, isFetching, error } = useDashboardQuery<DivisionCoverageAnswer>('coverage', DIVISION_COVERAGE, { ...period });
  // Academy staff read the figures but not the schedule: their cells and names are not links.
  const { canAccess: opensPatrols = false } = useCanAccess({ action: 'list', resource: 'deployments' });
  const coverage = data?.divisionCoverage;
  // The division picker narrows the rows; the totals in the headline stay those of every division unless one is picked.
  const rows = (coverage?.divisions ?? []).filter((row) => !divisionId || row.divisionId === divisionId);
  const scheduled = rows.reduce((sum, row) => sum + row.scheduledHours, 0);
  const target = rows.reduce((sum, row) => sum + row.weeklyTargetHours * row.weeks.length, 0);
  const patrols = rows.reduce((sum, row) => sum + row.weeks.reduce((count, cell) => count + cell.patrols, 0), 0);
  return (
    <DashboardCard
      title="Visibility-patrol coverage"
      subtitle={`Scheduled patrol hours per division and week against the weekly target, ${formatLocalDate(period.from)} – ${formatLocalDate(untilOf(period))} (whole Los Angeles weeks, Monday to Sunday).${opensPatrols ? ' Select a cell for its patrols.' : ''}`}
      isPending={isPending}
      isFetching={isFetching}
      error={error}
      empty={coverage && patrols === 0 && 'No patrols scheduled in this period'}
      headline={coverage && <Headline value={formatShare(target > 0 ? scheduled / target : null)} label={`${formatHours(scheduled)} of ${formatHours(target)} target`} />}
    >
      <Box sx={{ overflowX: 'auto' }}>
        <Box
          component="table"
          aria-label="Coverage heat map: scheduled hours as a share of the weekly target, per division and week"
          data-testid="coverage-heat-map"
          sx={{ borderCollapse: 'separate', borderSpacing: '3px', width: '100%', fontSize: 13, '& th': { fontWeight: 500, whiteSpace: 'nowrap' } }}
        >
          <thead>
            <tr>
              <Box component="th" scope="col" sx={{ ...stickyCell, textAlign: 'left' }}>
                Division
              </Box>
              {coverage?.weeks.map((week) => (
                <Box component="th" scope="col" key={week.week} sx={{ fontSize: 12, color: 'text.secondary' }} title={`Week of ${formatLocalDate(week.week)}`}>
                  {formatMonthDay(week.week)}
                </Box>
              ))}
              <Box component="th" scope="col" sx={{ fontSize: 12, color: 'text.secondary', textAlign: 'right' }}>
                Weeks below target
              </Box>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.divisionId} data-division={row.name}>
                <Box component="th" scope="row" sx={{ ...stickyCell, textAlign: 'left', pr: 1 }}>
                  {opensPatrols ? (
                    <Link component={RouterLink} to={listLink('deployments', { divisionId: row.divisionId, kind: 'VISIBILITY_PATROL' })} underline="hover" title={`Weekly target ${formatHours(row.weeklyTargetHours)}`}>
                      {row.name}
                    </Link>
                  ) : (
                    <span title={`Weekly target ${formatHours(row.weeklyTargetHours)}`}>{row.name}</span>
                  )}
                </Box>
                {row.weeks.map((cell, index) => {
                  const week = coverage?.weeks[index];
                  return <td key={cell.week}>{week && <CoverageCellLink row={row} week={week} cell={cell} linked={opensPatrols} />}</td>;
                })}
                <Box component="td" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums', color: row.weeksBelowTarget > 0 ? 'error.main' : 'text.secondary' }}>
                  {`${row.weeksBelowTarget} of ${row.weeks.length}`}
                </Box>
              </tr>
            ))}
          </tbody>
        </Box>
      </Box>
      <CoverageLegend />
    </DashboardCard>
  );
};
