import { DateInput, DateTimeInput, type DateInputProps, type DateTimeInputProps, type Validator } from 'react-admin';
import { addDays, fromLaLocal, isLaLocal, laDayStart, toLaDay, toLaLocal } from './laTime';

/** ISO instant from the API → the Los Angeles wall-clock time the input shows. */
const formatLa = (value: unknown): string => {
  if (value == null || value === '') return '';
  if (isLaLocal(value)) return value;
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? '' : toLaLocal(date);
};

/** What was typed (Los Angeles time) → an ISO instant with the offset in force then; a time that does not exist stays as typed, for the validator to refuse. */
const parseLa = (value: string): string | null => (value ? (fromLaLocal(value) ?? value) : null);

const existsInLosAngeles: Validator = (value) =>
  isLaLocal(value) ? 'This time does not exist in Los Angeles (the clocks skip that hour); choose another' : undefined;

/** Date and time, typed and shown in Los Angeles time whatever the browser's zone. */
export const LaDateTimeInput = ({ validate, helperText, ...props }: DateTimeInputProps) => (
  <DateTimeInput
    {...props}
    format={formatLa}
    parse={parseLa}
    validate={[...(Array.isArray(validate) ? validate : validate ? [validate] : []), existsInLosAngeles]}
    helperText={helperText ?? 'Los Angeles time'}
  />
);

/**
 * A day filter on an instant field: "from" the start of that Los Angeles day, or ("until", with
 * `endOfDay`) up to the start of the next day, as `<field>_gte` / `<field>_lt` filters.
 */
export const LaDayFilterInput = ({ endOfDay = false, ...props }: DateInputProps & { endOfDay?: boolean }) => (
  <DateInput
    {...props}
    format={(value: unknown) => {
      if (!value) return '';
      const day = toLaDay(String(value));
      return endOfDay ? addDays(day, -1) : day;
    }}
    parse={(day: string) => (day ? laDayStart(endOfDay ? addDays(day, 1) : day) : null)}
  />
);
