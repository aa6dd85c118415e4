import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** Whole days since the recruit entered the current stage (`daysInStage` when the API gives it). */
export function daysInStage(record: { daysInStage?: number | null; stageChangedAt?: string; [key: string]: unknown }, now = Date.now()): number | undefined {
  if (typeof record.daysInStage === 'number') return record.daysInStage;
  if (!record.stageChangedAt) return undefined;
  return Math.max(0, Math.floor((now - new Date(record.stageChangedAt).getTime()) / 86_400_000));
}

export const DaysInStageField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const days = record ? daysInStage(record) : undefined;
  if (days === undefined) return null;
  return (
    <Typography component="span" variant="body2" color={days > 60 ? 'warning.main' : undefined}>
      {days === 1 ? '1 day' : `${days} days`}
    </Typography>
  );
};
