import { Alert, Box, Card, CardContent, LinearProgress, Skeleton, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

interface DashboardCardProps {
  title: string;
  /** What the figures count, and over which period. */
  subtitle?: ReactNode;
  /** The figures are being asked for the first time. */
  isPending: boolean;
  /** New figures are on their way; the previous ones stay on screen meanwhile. */
  isFetching?: boolean;
  error?: Error | null;
  /** Said instead of the chart when the period holds nothing to draw. */
  empty?: string | false;
  /** A short headline figure beside the title. */
  headline?: ReactNode;
  children?: ReactNode;
}

/**
 * The frame every dashboard card shares: a heading (h2) that names the region, then a skeleton while
 * loading, the server's message on error, an empty state, or the chart.
 */
export const DashboardCard = ({ title, subtitle, isPending, isFetching, error, empty, headline, children }: DashboardCardProps) => {
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId} aria-busy={isPending || isFetching} variant="outlined" sx={{ height: '100%', position: 'relative' }}>
      {isFetching && !isPending && <LinearProgress aria-label={`Refreshing ${title.toLowerCase()}`} sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2 }} />}
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 2, mb: 1.5 }}>
          <Box>
            <Typography id={headingId} component="h2" variant="h6" sx={{ lineHeight: 1.3 }}>
              {title}
            </Typography>
            {subtitle && (
              <Typography variant="body2" color="text.secondary">
                {subtitle}
              </Typography>
            )}
          </Box>
          {headline && !isPending && !error && <Box sx={{ textAlign: 'right', flexShrink: 0 }}>{headline}</Box>}
        </Box>
        {isPending ? (
          <Box role="progressbar" aria-label={`Loading ${title.toLowerCase()}`}>
            <Skeleton variant="rounded" height={28} sx={{ mb: 1 }} />
            <Skeleton variant="rounded" height={28} sx={{ mb: 1, width: '85%' }} />
            <Skeleton variant="rounded" height={28} sx={{ mb: 1, width: '65%' }} />
            <Skeleton variant="rounded" height={28} sx={{ width: '40%' }} />
          </Box>
        ) : error ? (
          <Alert severity="error" sx={{ whiteSpace: 'pre-line' }}>
            {error.message}
          </Alert>
        ) : empty ? (
          <Box sx={{ py: 4, textAlign: 'center', color: 'text.secondary', border: 1, borderColor: 'divider', borderStyle: 'dashed', borderRadius: 1 }}>
            <Typography variant="body2">{empty}</Typography>
          </Box>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
};

/** A headline figure: the number large, what it is small underneath. */
export const Headline = ({ value, label }: { value: ReactNode; label: string }) => (
  <>
    <Typography component="p" variant="h5" sx={{ fontWeight: 600, lineHeight: 1.1 }}>
      {value}
    </Typography>
    <Typography component="p" variant="caption" color="text.secondary">
      {label}
    </Typography>
  </>
);
