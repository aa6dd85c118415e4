import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';

const ACTIVE = new Set(['ASSIGNED', 'CONFIRMED', 'COMPLETED']);

/** The list query that brings each deployment's assignments along (for the fill). */
export const WITH_ASSIGNMENTS = { meta: { withLists: { assignments: ['id', 'status'] } } };

/** How full a deployment is: its active assignments against the required headcount. */
export function fillOf(record: { assignments?: { status: string }[]; requiredHeadcount?: number; [key: string]: unknown }) {
  const filled = (record.assignments ?? []).filter((assignment) => ACTIVE.has(assignment.status)).length;
  const required = Number(record.requiredHeadcount ?? 0);
  const state: 'full' | 'short' | 'empty' = filled >= required ? 'full' : filled === 0 ? 'empty' : 'short';
  return { filled, required, state };
}

export const FILL_COLORS = { full: 'success', short: 'warning', empty: 'error' } as const;

/** Reserves on the deployment against its required headcount: full, short or empty. */
export const FillField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const { filled, required, state } = fillOf(record);
  return <Chip size="small" color={FILL_COLORS[state]} variant="outlined" label={`${filled} / ${required} (${state})`} />;
};
