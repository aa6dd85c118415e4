import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, MAX_LINE_OCTETS, utcDateTime, type CalendarEvent } from '../../server/src/modules/calendar/ics.js';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
/** Undoes folding (RFC 5545 3.1): a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'assignment-1@reserve-academy-tracker',
  start: new Date('2026-03-08T09:30:00Z'),
  end: new Date('2026-03-08T13:30:00Z'),
  summary: 'Visibility patrol - Hollywood',
  location: 'Hollywood Blvd',
  description: 'Required headcount: 2',
  status: 'CONFIRMED',
  ...overrides,
});

describe('iCalendar text (RFC 5545)', () => {
  it('writes UTC date-times as YYYYMMDDTHHMMSSZ', () => {
    expect(utcDateTime(new Date('2026-11-01T08:59:07.123Z'))).toBe('20261101T085907Z');
    expect(utcDateTime(new Date('2026-11-01T01:30:00-07:00'))).toBe('20261101T083000Z');
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT values, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\r\ntwo\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
    expect(escapeText('tab\tbell\u0007')).toBe('tab\tbell');
    // Escaping the backslash first: an existing "\n" in the text stays two characters.
    expect(escapeText('C:\\new')).toBe('C:\\\\new');
  });

  it('leaves a line of 75 octets alone and folds a longer one, each physical line at most 75 octets', () => {
    const exact = `SUMMARY:${'x'.repeat(MAX_LINE_OCTETS - 8)}`;
    expect(foldLine(exact)).toBe(exact);
    const long = `DESCRIPTION:${'y'.repeat(300)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(octets(lines[0])).toBe(MAX_LINE_OCTETS);
    expect(unfold(folded)).toBe(long);
  });

  it('counts octets, not characters, and never splits a multi-octet character', () => {
    // 2-, 3- and 4-octet characters (é, €, and an emoji outside the BMP) in a long line.
    const long = `LOCATION:${'é€😀'.repeat(40)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      // A split character would not survive the round trip through UTF-8 (it becomes U+FFFD).
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    expect(unfold(folded)).toBe(long);
  });

  it('writes a VCALENDAR with the publishing properties and one VEVENT per event, every line ending in CRLF', () => {
    const text = buildCalendar({
      productId: '-//Test//Test//EN',
      name: 'Reserve duty - Pat, R00001',
      generatedAt: new Date('2026-03-01T00:00:00Z'),
      events: [event(), event({ uid: 'assignment-2@reserve-academy-tracker', status: 'CANCELLED', location: null, description: null })],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(text).split('\r\n').slice(0, -1);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//Test//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Reserve duty - Pat\\, R00001',
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTAMP:20260301T000000Z');
    expect(lines).toContain('DTSTART:20260308T093000Z');
    expect(lines).toContain('DTEND:20260308T133000Z');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines.filter((line) => line.startsWith('LOCATION:'))).toHaveLength(1);
  });

  it('refuses an event that ends before it starts', () => {
    expect(() =>
      buildCalendar({ productId: 'x', name: 'x', generatedAt: new Date(), events: [event({ end: new Date('2026-03-08T09:00:00Z') })] }),
    ).toThrow(RangeError);
  });
});
