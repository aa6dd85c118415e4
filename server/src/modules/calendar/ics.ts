/**
 * iCalendar (RFC 5545) text, written by hand: a feed needs a handful of properties, and the rules
 * that matter (CRLF, folding at 75 octets, TEXT escaping, UTC times) fit on one screen.
 * Pure: no clock, no database; the caller passes every value, DTSTAMP included.
 */

export type EventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

export interface CalendarEvent {
  /** Globally unique and stable for the life of the event (RFC 5545 3.8.4.7). */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  status: EventStatus;
  /** When the event last changed (LAST-MODIFIED). */
  lastModified?: Date | null;
  /** Revision number (SEQUENCE); left out when absent. */
  sequence?: number | null;
}

export interface Calendar {
  /** PRODID: who made the calendar, "-//Owner//Product//EN". */
  productId: string;
  /** X-WR-CALNAME: the name calendar applications show for a subscription. */
  name: string;
  /** When this copy of the calendar was made (DTSTAMP of every event). */
  generatedAt: Date;
  /** How often a subscriber should fetch the feed again (REFRESH-INTERVAL, RFC 7986), in minutes. */
  refreshMinutes?: number;
  events: readonly CalendarEvent[];
}

const CRLF = '\r\n';
/** RFC 5545 3.1: lines longer than 75 octets, line break excluded, are folded. */
export const MAX_LINE_OCTETS = 75;

/** A UTC DATE-TIME, `YYYYMMDDTHHMMSSZ` (RFC 5545 3.3.5, form #2). */
export function utcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('not a valid instant');
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break as `\n`.
 * Other control characters are not allowed in TEXT and are dropped (a tab stays).
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/**
 * One content line folded into physical lines of at most 75 octets of UTF-8: each continuation
 * starts with a space (which counts), and a character is never split across lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

type Property = [name: string, value: string];

function eventProperties(event: CalendarEvent, stamp: string): Property[] {
  if (event.end.getTime() <= event.start.getTime()) throw new RangeError(`event ${event.uid} ends before it starts`);
  const properties: Property[] = [
    ['UID', event.uid],
    ['DTSTAMP', stamp],
    ['DTSTART', utcDateTime(event.start)],
    ['DTEND', utcDateTime(event.end)],
    ['SUMMARY', escapeText(event.summary)],
  ];
  if (event.location) properties.push(['LOCATION', escapeText(event.location)]);
  if (event.description) properties.push(['DESCRIPTION', escapeText(event.description)]);
  properties.push(['STATUS', event.status]);
  properties.push(['TRANSP', event.status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE']);
  if (event.lastModified) properties.push(['LAST-MODIFIED', utcDateTime(event.lastModified)]);
  if (event.sequence != null) properties.push(['SEQUENCE', String(Math.max(0, Math.trunc(event.sequence)))]);
  return properties;
}

/** The whole VCALENDAR object, CRLF after every line (the last one too). */
export function buildCalendar(calendar: Calendar): string {
  const stamp = utcDateTime(calendar.generatedAt);
  const properties: Property[] = [
    ['BEGIN', 'VCALENDAR'],
    ['VERSION', '2.0'],
    ['PRODID', calendar.productId],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
    ['X-WR-CALNAME', escapeText(calendar.name)],
  ];
  if (calendar.refreshMinutes) {
    properties.push(['REFRESH-INTERVAL;VALUE=DURATION', `PT${calendar.refreshMinutes}M`]);
    properties.push(['X-PUBLISHED-TTL', `PT${calendar.refreshMinutes}M`]);
  }
  for (const event of calendar.events) {
    properties.push(['BEGIN', 'VEVENT'], ...eventProperties(event, stamp), ['END', 'VEVENT']);
  }
  properties.push(['END', 'VCALENDAR']);
  return properties.map(([name, value]) => foldLine(`${name}:${value}`) + CRLF).join('');
}
