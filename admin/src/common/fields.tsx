import type { MouseEvent, ReactNode } from 'react';
import { Chip, Typography, type ChipProps } from '@mui/material';
import { Link, useCreatePath, useFieldValue, useRecordContext, useResourceContext } from 'react-admin';
import { enumLabel } from './enums';
import { formatDateTime, formatLocalDate } from './laTime';

interface FieldProps {
  source: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
  emptyText?: string;
}

const Empty = ({ text }: { text?: string }) =>
  text ? (
    <Typography component="span" variant="body2" color="text.secondary">
      {text}
    </Typography>
  ) : null;

/** An instant shown in Los Angeles time: "Jan 5, 2026, 6:00 PM". */
export const LaDateTimeField = ({ source, emptyText }: FieldProps) => {
  const value = useFieldValue({ source });
  if (!value) return <Empty text={emptyText} />;
  return (
    <Typography component="span" variant="body2" title={`${formatDateTime(value)} (Los Angeles)`}>
      {formatDateTime(value)}
    </Typography>
  );
};

/** A calendar date (YYYY-MM-DD), shown as written: no zone may move it a day. */
export const LocalDateField = ({ source, emptyText }: FieldProps) => {
  const value = useFieldValue({ source });
  if (!value) return <Empty text={emptyText} />;
  return (
    <Typography component="span" variant="body2">
      {formatLocalDate(value)}
    </Typography>
  );
};

const ENUM_COLORS: Record<string, ChipProps['color']> = {
  ACTIVE: 'success',
  APPOINTED: 'success',
  COMPLETED: 'success',
  CONFIRMED: 'success',
  PUBLISHED: 'primary',
  IN_SESSION: 'primary',
  SUCCESS: 'success',
  LEAVE: 'warning',
  DRAFT: 'default',
  DECLINED: 'warning',
  NO_SHOW: 'error',
  WITHDRAWN: 'default',
  DISQUALIFIED: 'error',
  SEPARATED: 'default',
  CANCELLED: 'default',
  FAILURE: 'error',
};

/** An enum value in words, as a small chip ("Written test"). */
export const EnumField = ({ source, chip = true }: FieldProps & { chip?: boolean }) => {
  const value = useFieldValue({ source });
  if (value == null) return null;
  if (Array.isArray(value)) return <>{value.map((item) => <Chip key={item} size="small" label={enumLabel(item)} sx={{ mr: 0.5 }} />)}</>;
  if (!chip)
    return (
      <Typography component="span" variant="body2">
        {enumLabel(value)}
      </Typography>
    );
  return <Chip size="small" variant="outlined" color={ENUM_COLORS[value] ?? 'default'} label={enumLabel(value)} />;
};

/** Hours with one decimal ("7.5 h"). */
export const HoursField = ({ source, emptyText }: FieldProps) => {
  const value = useFieldValue({ source });
  if (value == null) return <Empty text={emptyText} />;
  return (
    <Typography component="span" variant="body2">
      {Number(value).toLocaleString('en-US', { maximumFractionDigits: 1 })} h
    </Typography>
  );
};

/**
 * A link to the record's page around what a column shows. A list row that opens on click takes no
 * keyboard focus; this link does (Tab to it, Enter opens it), and screen readers list it.
 */
export const ShowLink = ({ children }: { children: ReactNode }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!record || !resource) return <>{children}</>;
  return (
    // The row's own click would open the same page a second time.
    <Link to={createPath({ resource, id: record.id, type: 'show' })} onClick={(event: MouseEvent) => event.stopPropagation()}>
      {children}
    </Link>
  );
};

/** A column's text (a name, a title) as the link to the record's page. */
export const ShowLinkField = ({ source, emptyText }: FieldProps) => <ShowLink>{useFieldValue({ source }) ?? emptyText}</ShowLink>;
