import { Box, Link, useTheme } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { formatLocalDate } from '../common/laTime';
import { DashboardCard } from './DashboardCard';
import { FiguresTable } from './FiguresTable';
import { formatCount } from './format';
import { listLink } from './links';
import { TRAINING_COMPLIANCE, type ModuleCompliance, type TrainingComplianceAnswer } from './queries';
import { Swatch } from './Swatch';
import { useDashboardQuery } from './useDashboardQuery';

type Standing = 'current' | 'expiring' | 'expired' | 'missing';
const STANDINGS: readonly Standing[] = ['current', 'expiring', 'expired', 'missing'];

/** One module: a stacked bar of its required reserves by standing, and the counts in words beside it. */
const ModuleRow = ({ module, asOf, colours }: { module: ModuleCompliance; asOf: string; colours: Record<Standing, string> }) => {
  const total = Math.max(1, module.reservesRequired);
  // The passes on or before asOf expired (training-status: EXPIRED when the latest pass expires on or before the day).
  const expiredRecords = listLink('training-records', { moduleId: module.moduleId, passed: true, expiresOn_lte: asOf });
  return (
    <Box component="li" data-module={module.code} sx={{ py: 0.75, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, fontSize: 13, mb: 0.5 }}>
        <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={module.title}>
          <strong>{module.code}</strong> {module.title}
        </Box>
        <Box component="span" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>{`${formatCount(module.reservesRequired)} required`}</Box>
      </Box>
      <Box aria-hidden sx={{ display: 'flex', height: 10, borderRadius: 1, overflow: 'hidden', bgcolor: 'action.hover' }}>
        {STANDINGS.map((standing) => (
          <Box key={standing} sx={{ width: `${(module[standing] / total) * 100}%`, bgcolor: colours[standing] }} />
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 1.5, fontSize: 12, color: 'text.secondary', mt: 0.5, fontVariantNumeric: 'tabular-nums' }}>
        <span>{`${formatCount(module.current)} current`}</span>
        <span>{`${formatCount(module.expiring)} expiring`}</span>
        {module.expired > 0 ? (
          <Link component={RouterLink} to={expiredRecords} underline="always" color="error" aria-label={`${module.expired} expired for ${module.code}: open the expired training records of the module`}>
            {`${formatCount(module.expired)} expired`}
          </Link>
        ) : (
          <span>0 expired</span>
        )}
        <span>{`${formatCount(module.missing)} missing`}</span>
      </Box>
    </Box>
  );
};

/** Per required module, how many active reserves are current, expiring, expired or missing it. */
export const ModuleComplianceCard = ({ divisionId }: { divisionId?: string }) => {
  const theme = useTheme();
  const { data, isPending, isFetching, error } = useDashboardQuery<TrainingComplianceAnswer>('compliance', TRAINING_COMPLIANCE, { divisionId: divisionId ?? null });
  const compliance = data?.trainingCompliance;
  const colours: Record<Standing, string> = {
    current: theme.palette.success.main,
    expiring: theme.palette.warning.light,
    expired: theme.palette.error.main,
    missing: theme.palette.grey[500],
  };
  return (
    <DashboardCard
      title="Training compliance by module"
      subtitle={compliance ? `Required modules of active reserves on ${formatLocalDate(compliance.asOf)}; CPT hours short: ${compliance.cptShort} of ${compliance.owingCpt} owing` : 'Required modules of active reserves'}
      isPending={isPending}
      isFetching={isFetching}
      error={error}
      empty={compliance?.modules.length === 0 && 'No module is required of the active reserves'}
    >
      <Box component="p" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 0, mb: 1, fontSize: 12, color: 'text.secondary' }}>
        {STANDINGS.map((standing) => (
          <Swatch key={standing} colour={colours[standing]} label={standing} />
        ))}
      </Box>
      <Box component="ul" aria-label="Active reserves per required module, by standing" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {compliance?.modules.map((module) => <ModuleRow key={module.moduleId} module={module} asOf={compliance.asOf} colours={colours} />)}
      </Box>
      <FiguresTable
        caption="Training compliance per module"
        head={['Module', 'Required', 'Current', 'Expiring', 'Expired', 'Missing']}
        rows={(compliance?.modules ?? []).map((module) => [`${module.code} ${module.title}`, ...[module.reservesRequired, module.current, module.expiring, module.expired, module.missing].map(formatCount)])}
      />
    </DashboardCard>
  );
};
