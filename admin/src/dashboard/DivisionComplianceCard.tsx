import { Box, Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { formatLocalDate } from '../common/laTime';
import { DashboardCard, Headline } from './DashboardCard';
import { formatCount, formatShare } from './format';
import { listLink } from './links';
import { TRAINING_COMPLIANCE, type TrainingComplianceAnswer } from './queries';
import { useDashboardQuery } from './useDashboardQuery';

/** The share of a division's active reserves fully current, as a bar; green enough, amber short, red far short. */
const tone = (share: number | null) => (share == null ? 'grey.400' : share >= 0.9 ? 'success.main' : share >= 0.7 ? 'warning.main' : 'error.main');

/** Training compliance per division: the share of active reserves fully current, each opening that division's reserves. */
export const DivisionComplianceCard = ({ divisionId }: { divisionId?: string }) => {
  const { data, isPending, isFetching, error } = useDashboardQuery<TrainingComplianceAnswer>('compliance', TRAINING_COMPLIANCE, { divisionId: divisionId ?? null });
  const compliance = data?.trainingCompliance;
  return (
    <DashboardCard
      title="Training compliance by division"
      subtitle={compliance ? `Active reserves fully current on ${formatLocalDate(compliance.asOf)}: every required module current and CPT hours met` : 'Active reserves fully current today'}
      isPending={isPending}
      isFetching={isFetching}
      error={error}
      empty={compliance?.activeReserves === 0 && 'No active reserves in this division'}
      headline={compliance && <Headline value={formatShare(compliance.share)} label={`${formatCount(compliance.fullyCurrent)} of ${formatCount(compliance.activeReserves)} fully current`} />}
    >
      <Box component="ul" aria-label="Share of active reserves fully current, per division" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {compliance?.divisions.map((division) => (
          <Box
            component="li"
            key={division.divisionId}
            data-division={division.name}
            sx={{ display: 'grid', gridTemplateColumns: '130px 1fr 120px', alignItems: 'center', gap: 1.5, py: 0.4, fontSize: 13 }}
          >
            <Link component={RouterLink} to={listLink('reserves', { homeDivisionId: division.divisionId, status: 'ACTIVE' })} underline="hover" noWrap title={`Active reserves of ${division.name}`}>
              {division.name}
            </Link>
            <Box
              role="meter"
              aria-label={`${division.name}: share fully current`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round((division.share ?? 0) * 100)}
              aria-valuetext={`${formatShare(division.share)}, ${division.fullyCurrent} of ${division.activeReserves}`}
              sx={{ height: 12, bgcolor: 'action.hover', borderRadius: 1, overflow: 'hidden' }}
            >
              <Box sx={{ height: '100%', width: `${(division.share ?? 0) * 100}%`, bgcolor: tone(division.share), borderRadius: 1 }} />
            </Box>
            <Box component="span" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
              <strong>{formatShare(division.share)}</strong>
              <Box component="span" sx={{ color: 'text.secondary' }}>{` · ${division.fullyCurrent}/${division.activeReserves}`}</Box>
            </Box>
          </Box>
        ))}
      </Box>
    </DashboardCard>
  );
};
