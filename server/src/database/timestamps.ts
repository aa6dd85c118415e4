import pg from 'pg';

const fallback = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (text: string) => Date;

const DIGIT_0 = 48;
const isDigit = (code: number) => code >= DIGIT_0 && code <= DIGIT_0 + 9;
/** Where `YYYY-MM-DD HH:MM:SS` has its digits. */
const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18] as const;
/** Seconds in the offset's optional minutes and seconds. */
const OFFSET_UNITS = [60, 1] as const;

/**
 * PostgreSQL's text form of a timestamptz in the ISO date style, `2026-11-26 08:00:00.123456+00`
 * (also `-08`, `+05:30`, `+05:30:15`), read digit by digit: several times faster than pg's regular-
 * expression parser, which was a tenth of the CPU time of a nested list of deployments. Fractions
 * beyond milliseconds are dropped, as pg does. Anything else (years before 100 or after 9999, BC,
 * infinity, another date style) goes to pg's own parser.
 */
export function parseTimestamptz(text: string): Date {
  const length = text.length;
  if (
    length < 22 ||
    text.charCodeAt(4) !== 45 /* - */ ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 32 /* space */ ||
    text.charCodeAt(13) !== 58 /* : */ ||
    text.charCodeAt(16) !== 58
  ) {
    return fallback(text);
  }
  for (const at of DIGITS_AT) if (!isDigit(text.charCodeAt(at))) return fallback(text);
  const n = (i: number) => (text.charCodeAt(i) - DIGIT_0) * 10 + text.charCodeAt(i + 1) - DIGIT_0;
  const year = n(0) * 100 + n(2);
  if (year < 100) return fallback(text);

  let i = 19;
  let millis = 0;
  if (text.charCodeAt(i) === 46 /* . */) {
    i++;
    let digits = 0;
    while (i < length && isDigit(text.charCodeAt(i))) {
      if (digits < 3) millis = millis * 10 + text.charCodeAt(i) - DIGIT_0;
      digits++;
      i++;
    }
    if (digits === 0) return fallback(text);
    for (; digits < 3; digits++) millis *= 10;
  }

  const sign = text.charCodeAt(i);
  if ((sign !== 43 /* + */ && sign !== 45) || i + 3 > length || !isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2))) return fallback(text);
  let offsetSeconds = n(i + 1) * 3600;
  i += 3;
  for (const unit of OFFSET_UNITS) {
    if (i === length) break;
    if (text.charCodeAt(i) !== 58 || i + 3 > length || !isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2))) return fallback(text);
    offsetSeconds += n(i + 1) * unit;
    i += 3;
  }
  if (i !== length) return fallback(text);

  const utc = Date.UTC(year, n(5) - 1, n(8), n(11), n(14), n(17), millis);
  return new Date(utc - (sign === 45 ? -offsetSeconds : offsetSeconds) * 1000);
}
