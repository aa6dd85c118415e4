import { email, maxLength, maxValue, minLength, minValue, number, regex, required, type Validator } from 'react-admin';

/**
 * The server's input rules (server/src/modules/<feature>/<feature>.resource.ts), checked before the
 * form is sent; the server checks them again and its message is shown if it still refuses.
 */
export const text = (max: number, options: { required?: boolean } = {}): Validator[] => [
  ...(options.required ? [required()] : []),
  maxLength(max, `At most ${max} characters`),
];

export const requiredText = (max: number) => text(max, { required: true });

export const emailAddress = (options: { required?: boolean } = {}): Validator[] => [
  ...(options.required ? [required()] : []),
  email('Must be an email address'),
  maxLength(254, 'At most 254 characters'),
];

export const phoneNumber: Validator[] = [maxLength(25, 'At most 25 characters'), regex(/^\+?[0-9 ().-]{7,24}$/, 'Must be a phone number')];

export const codePattern = (max: number): Validator[] => [
  required(),
  maxLength(max, `At most ${max} characters`),
  regex(/^[A-Z0-9][A-Z0-9-]*$/, 'Capital letters, digits and dashes'),
];

const wholeNumber: Validator = (value) => (value == null || value === '' || Number.isInteger(Number(value)) ? undefined : 'Must be a whole number');

export const range = (min: number, max: number, options: { required?: boolean; integer?: boolean } = {}): Validator[] => [
  ...(options.required ? [required()] : []),
  number('Must be a number'),
  ...(options.integer ? [wholeNumber] : []),
  minValue(min, `At least ${min}`),
  maxValue(max, `At most ${max}`),
];

/** Passwords: 12 to 256 characters (the server also refuses common ones). */
export const password: Validator[] = [required(), minLength(12, 'At least 12 characters'), maxLength(256, 'At most 256 characters')];

/** An end date or time not before the start. */
export const notBefore =
  (startField: string, message: string): Validator =>
  (value, values) =>
    value && values?.[startField] && String(value) < String(values[startField]) ? message : undefined;

/** An end instant after the start (ISO strings with offsets compare as instants). */
export const after =
  (startField: string, message: string): Validator =>
  (value, values) => {
    const start = values?.[startField];
    if (!value || !start) return undefined;
    const [a, b] = [new Date(String(value)).getTime(), new Date(String(start)).getTime()];
    return Number.isNaN(a) || Number.isNaN(b) || a > b ? undefined : message;
  };
