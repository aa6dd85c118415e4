import { Box, Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { coverageStep, shareOfTarget } from './coverageScale';
import { formatHours, formatShare } from './format';
import { listLink } from './links';
import type { CoverageCell, CoverageRow, CoverageWeek } from './queries';
import { formatWeekday } from '../common/laTime';
import { visuallyHidden } from './visuallyHidden';

/** What a cell stands for, in a sentence (its tooltip and its accessible name). */
function describe(row: CoverageRow, week: CoverageWeek, cell: CoverageCell): string {
  const share = shareOfTarget(cell.scheduledHours, cell.targetHours);
  if (cell.patrols === 0) return `${row.name}, week of ${formatWeekday(week.week)}: no patrols scheduled (target ${formatHours(cell.targetHours)})`;
  return (
    `${row.name}, week of ${formatWeekday(week.week)}: ${formatHours(cell.scheduledHours)} scheduled of ${formatHours(cell.targetHours)} target (${formatShare(share)}), ` +
    `${formatHours(cell.servedHours)} served, ${cell.patrols} patrol${cell.patrols === 1 ? '' : 's'}, ${cell.activeAssignments} of ${cell.requiredHeadcount} places filled`
  );
}

/** One division-week of the heat map: coloured by scheduled share of target, opening that week's patrols of the division (for those who may read them). */
export const CoverageCellLink = ({ row, week, cell, linked }: { row: CoverageRow; week: CoverageWeek; cell: CoverageCell; linked: boolean }) => {
  const share = shareOfTarget(cell.scheduledHours, cell.targetHours);
  const step = coverageStep(share);
  const to = listLink('deployments', { divisionId: row.divisionId, kind: 'VISIBILITY_PATROL', startsAt_gte: week.startsAt, startsAt_lt: week.endsAt });
  const sentence = describe(row, week, cell);
  const look = {
    position: 'relative',
    display: 'block',
    minWidth: 44,
    py: 0.35,
    borderRadius: 0.5,
    textAlign: 'center',
    fontSize: 12,
    fontVariantNumeric: 'tabular-nums',
    bgcolor: step.background,
    color: step.text,
  } as const;
  const figure = cell.patrols === 0 ? '–' : formatShare(share);
  // The whole sentence is the cell's text for screen readers; sighted people read the figure (and the tooltip).
  const content = (
    <>
      <Box component="span" sx={visuallyHidden}>
        {sentence}
      </Box>
      <span aria-hidden>{figure}</span>
    </>
  );
  if (!linked) {
    return (
      <Box component="span" title={sentence} data-share={share.toFixed(4)} sx={look}>
        {content}
      </Box>
    );
  }
  return (
    <Link
      component={RouterLink}
      to={to}
      title={sentence}
      underline="none"
      data-share={share.toFixed(4)}
      sx={{
        ...look,
        '&:hover, &:focus-visible': { outline: '2px solid', outlineColor: 'text.primary', outlineOffset: -1 },
      }}
    >
      {content}
    </Link>
  );
};
