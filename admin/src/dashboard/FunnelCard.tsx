import { alpha, Box, useTheme } from '@mui/material';
import { enumLabel } from '../common/enums';
import { formatLocalDate } from '../common/laTime';
import { ChartLink } from './ChartLink';
import { DashboardCard, Headline } from './DashboardCard';
import { FiguresTable } from './FiguresTable';
import { Swatch } from './Swatch';
import { formatCount, formatShare } from './format';
import { listLink } from './links';
import type { Period } from './period';
import { untilOf } from './period';
import { RECRUITMENT_FUNNEL, type FunnelStage, type RecruitmentFunnelAnswer } from './queries';
import { useDashboardQuery } from './useDashboardQuery';

const ROW = 34;
const WIDTH = 540;
const LABEL = 112;
const FIGURES = 128;
const BAR = WIDTH - LABEL - FIGURES;

const describe = (stage: FunnelStage, previous: FunnelStage | undefined) =>
  `${enumLabel(stage.stage)}: ${formatCount(stage.reached)} reached` +
  (previous && stage.conversionFromPrevious != null ? ` (${formatShare(stage.conversionFromPrevious)} of ${enumLabel(previous.stage).toLowerCase()})` : '') +
  `, ${formatCount(stage.inStageNow)} in this stage now. Open the recruits now in this stage`;

/** The recruitment funnel of the period's cohort: one bar per stage, each opening the recruits at that stage. */
export const FunnelCard = ({ period }: { period: Period }) => {
  const theme = useTheme();
  const { data, isPending, isFetching, error } = useDashboardQuery<RecruitmentFunnelAnswer>('funnel', RECRUITMENT_FUNNEL, { ...period });
  const funnel = data?.recruitmentFunnel;
  const stages = funnel?.stages ?? [];
  const most = Math.max(1, ...stages.map((stage) => stage.reached));
  const appointed = stages.find((stage) => stage.stage === 'APPOINTED');
  const height = stages.length * ROW;
  const reachedColour = alpha(theme.palette.primary.main, 0.4);
  return (
    <DashboardCard
      title="Recruitment funnel"
      subtitle={`Recruits who entered the pipeline ${formatLocalDate(period.from)} – ${formatLocalDate(untilOf(period))}; how far they got`}
      isPending={isPending}
      isFetching={isFetching}
      error={error}
      empty={funnel?.recruits === 0 && 'No recruits entered the pipeline in this period'}
      headline={funnel && <Headline value={`${formatCount(appointed?.reached ?? 0)} / ${formatCount(funnel.recruits)}`} label="appointed / entered" />}
    >
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="group" aria-labelledby="funnel-chart-title" style={{ display: 'block', overflow: 'visible' }}>
        <title id="funnel-chart-title">Recruitment funnel: recruits reaching each stage, with the conversion from the stage before</title>
        {stages.map((stage, index) => {
          const y = index * ROW;
          const reachedWidth = (stage.reached / most) * BAR;
          const nowWidth = (stage.inStageNow / most) * BAR;
          return (
            <ChartLink key={stage.stage} to={listLink('recruits', { stage: stage.stage })} label={describe(stage, stages[index - 1])}>
              <g data-stage={stage.stage} data-reached={stage.reached}>
                <rect x={0} y={y} width={WIDTH} height={ROW} fill="transparent" />
                <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="central" fontSize={13} fill={theme.palette.text.primary}>
                  {enumLabel(stage.stage)}
                </text>
                <rect x={LABEL} y={y + 5} width={BAR} height={ROW - 10} rx={3} fill={theme.palette.action.hover} />
                <rect className="bar" x={LABEL} y={y + 5} width={Math.max(reachedWidth, stage.reached ? 2 : 0)} height={ROW - 10} rx={3} fill={reachedColour} />
                <rect x={LABEL} y={y + 5} width={nowWidth} height={ROW - 10} rx={3} fill={theme.palette.primary.main} />
                <text x={LABEL + BAR + 10} y={y + ROW / 2} dominantBaseline="central" fontSize={13} fill={theme.palette.text.primary}>
                  <tspan fontWeight={600}>{formatCount(stage.reached)}</tspan>
                  {index > 0 && <tspan fill={theme.palette.text.secondary}>{`  ${formatShare(stage.conversionFromPrevious)}`}</tspan>}
                </text>
              </g>
            </ChartLink>
          );
        })}
      </svg>
      <Box component="p" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 1, mb: 0, fontSize: 12, color: 'text.secondary' }}>
        <Swatch colour={reachedColour} label="reached the stage (or a later one)" />
        <Swatch colour={theme.palette.primary.main} label="in the stage now (select a bar to list them)" />
        <span>%: conversion from the stage before</span>
      </Box>
      <FiguresTable
        caption="Recruitment funnel figures"
        head={['Stage', 'Reached', 'Conversion from previous', 'In stage now', 'Withdrew', 'Disqualified', 'Median days in stage']}
        rows={stages.map((stage) => [
          enumLabel(stage.stage),
          formatCount(stage.reached),
          formatShare(stage.conversionFromPrevious),
          formatCount(stage.inStageNow),
          formatCount(stage.withdrawn),
          formatCount(stage.disqualified),
          stage.medianDaysInStage == null ? 'n/a' : String(Math.round(stage.medianDaysInStage)),
        ])}
      />
    </DashboardCard>
  );
};
