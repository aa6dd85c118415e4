import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { createDataSource } from '../../server/src/database/data-source.js';
import { dataStatements, firstError, freshDatabaseUrl, quietLog, startAnotherApp, startTestApi, type Client, type TestApi } from '../support/api.js';
import { aDivision, aReserve } from '../support/builders.js';
import { divisionWithReserves, insertRows } from '../support/rows.js';

/** The feed shows 30 days back and 180 ahead of this instant. */
const NOW = '2026-06-15T19:00:00Z';
const clock = fixedClock(NOW);

let api: TestApi;
let coordinator: Client;
let reserveId: number;
let otherReserveId: number;
/** The reserve's assignments by what they test, with their deployment's times. */
const mine: Record<string, { id: number; startsAt: string; endsAt: string }> = {};
let othersAssignmentId: number;

const LOCATION = 'Hollywood Blvd & Vine St; north side, near the Pantages';
const LONG_LOCATION = 'Hollywood Walk of Fame – from La Brea Ave to Gower St, both sides; meet at Hollywood Station, 1358 N Wilcox Ave';

const FEED_URL = `query($id: ID!) { ReserveOfficer(id: $id) { calendarFeedUrl } }`;
const ROTATE = `mutation($reserveId: ID!) { rotateCalendarToken(reserveId: $reserveId) { id badgeNumber calendarFeedUrl } }`;

async function feedUrlOf(id: number, client: Client = coordinator): Promise<string | null> {
  return (await client.ok<{ ReserveOfficer: { calendarFeedUrl: string | null } }>(FEED_URL, { id })).ReserveOfficer.calendarFeedUrl;
}

/** A plain GET, as a calendar application sends it: no cookie, no session. */
const fetchFeed = (url: string) => fetch(url);

/** Undoes RFC 5545 folding and answers the content lines. */
const contentLines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);

/** Each VEVENT as its properties (name without parameters -> raw value). */
function eventsOf(text: string): Record<string, string>[] {
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of contentLines(text)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]] = line.slice(colon + 1);
    }
  }
  return events;
}

const uidOf = (assignmentId: number) => `assignment-${assignmentId}@reserve-academy-tracker`;
const icsTime = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');

async function feedOf(id: number): Promise<{ response: Response; text: string }> {
  const response = await fetchFeed((await feedUrlOf(id))!);
  return { response, text: await response.text() };
}

async function tokenOf(id: number): Promise<string> {
  const [row] = (await api.db.query(`SELECT calendar_token FROM reserve_officer WHERE id = $1`, [id])) as { calendar_token: string }[];
  return row.calendar_token;
}

beforeAll(async () => {
  api = await startTestApi({ clock });
  coordinator = await api.as(Role.RESERVE_COORDINATOR);
  const division = await aDivision(api, { name: 'Hollywood', areaId: 6 });
  reserveId = Number((await aReserve(api, { homeDivisionId: division.id })).id);
  otherReserveId = Number((await aReserve(api, { homeDivisionId: division.id })).id);

  const plan = [
    // name, kind, status, start, end, location, this reserve's assignment status
    ['upcoming', 'VISIBILITY_PATROL', 'PUBLISHED', '2026-07-04T16:00:00Z', '2026-07-04T20:00:00Z', LOCATION, 'CONFIRMED'],
    ['recent', 'EVENT_SECURITY', 'COMPLETED', '2026-06-01T15:00:00Z', '2026-06-01T19:00:00Z', 'Hollywood Bowl', 'COMPLETED'],
    ['cancelledAssignment', 'TRAFFIC_CONTROL', 'PUBLISHED', '2026-07-10T01:00:00Z', '2026-07-10T05:00:00Z', 'Sunset Blvd', 'CANCELLED'],
    ['cancelledDeployment', 'COMMUNITY_EVENT', 'CANCELLED', '2026-08-01T16:00:00Z', '2026-08-01T20:00:00Z', 'Barnsdall Park', 'ASSIGNED'],
    ['unconfirmed', 'VISIBILITY_PATROL', 'PUBLISHED', '2026-09-01T16:00:00Z', '2026-09-01T20:00:00Z', LONG_LOCATION, 'ASSIGNED'],
    ['tooOld', 'VISIBILITY_PATROL', 'COMPLETED', '2026-05-10T16:00:00Z', '2026-05-10T20:00:00Z', 'Old beat', 'COMPLETED'],
    ['tooFar', 'VISIBILITY_PATROL', 'PUBLISHED', '2026-12-20T16:00:00Z', '2026-12-20T20:00:00Z', 'Far beat', 'ASSIGNED'],
  ] as const;
  for (const [name, kind, status, startsAt, endsAt, location, assignmentStatus] of plan) {
    const [deploymentId] = await insertRows(api.db, 'deployment', [
      { division_id: division.id, kind, status, starts_at: startsAt, ends_at: endsAt, location, required_headcount: 3 },
    ]);
    const [assignmentId] = await insertRows(api.db, 'assignment', [{ deployment_id: deploymentId, reserve_id: reserveId, status: assignmentStatus }]);
    mine[name] = { id: assignmentId, startsAt, endsAt };
    if (name === 'upcoming') {
      [othersAssignmentId] = await insertRows(api.db, 'assignment', [{ deployment_id: deploymentId, reserve_id: otherReserveId }]);
    }
  }
});
afterAll(() => api.close());

describe('calendar feeds: what the feed holds', () => {
  it("lists the reserve's assignments of the last 30 days and the next 180, and nobody else's", async () => {
    const { response, text } = await feedOf(reserveId);
    expect(response.status).toBe(200);
    const uids = eventsOf(text).map((event) => event.UID);
    const expected = ['recent', 'upcoming', 'cancelledAssignment', 'cancelledDeployment', 'unconfirmed'].map((name) => uidOf(mine[name].id));
    expect(uids).toEqual(expected);
    expect(uids).not.toContain(uidOf(othersAssignmentId));
    expect(uids).not.toContain(uidOf(mine.tooOld.id));
    expect(uids).not.toContain(uidOf(mine.tooFar.id));

    const others = eventsOf((await feedOf(otherReserveId)).text).map((event) => event.UID);
    expect(others).toEqual([uidOf(othersAssignmentId)]);
  });

  it("gives each event a unique UID and the deployment's start and end in UTC", async () => {
    const events = eventsOf((await feedOf(reserveId)).text);
    expect(new Set(events.map((event) => event.UID)).size).toBe(events.length);
    for (const assignment of Object.values(mine).filter((a) => events.some((event) => event.UID === uidOf(a.id)))) {
      const event = events.find((candidate) => candidate.UID === uidOf(assignment.id))!;
      expect(event.DTSTART).toBe(icsTime(assignment.startsAt));
      expect(event.DTEND).toBe(icsTime(assignment.endsAt));
      expect(event.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
      expect(event.DTSTAMP).toBe(icsTime(NOW));
    }
    expect(eventsOf((await feedOf(reserveId)).text).find((event) => event.UID === uidOf(mine.upcoming.id))!.DTSTART).toBe('20260704T160000Z');
  });

  it('names the kind of duty and the division in SUMMARY, and the headcount and status in DESCRIPTION', async () => {
    const events = eventsOf((await feedOf(reserveId)).text);
    const byUid = (name: string) => events.find((event) => event.UID === uidOf(mine[name].id))!;
    expect(byUid('upcoming').SUMMARY).toBe('Visibility patrol - Hollywood');
    expect(byUid('recent').SUMMARY).toBe('Event security - Hollywood');
    expect(byUid('cancelledAssignment').SUMMARY).toBe('Traffic control - Hollywood');
    expect(byUid('upcoming').DESCRIPTION).toContain('Required headcount: 3');
    expect(byUid('upcoming').DESCRIPTION).toContain('confirmed');
  });

  it('writes RFC 5545 text: the calendar properties, CRLF line ends, lines of at most 75 octets, TEXT escaped', async () => {
    const { text } = await feedOf(reserveId);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);

    const lines = contentLines(text);
    for (const property of ['VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']) expect(lines).toContain(property);
    expect(lines.find((line) => line.startsWith('PRODID:'))).toBeTruthy();
    expect(lines.find((line) => line.startsWith('X-WR-CALNAME:'))).toBeTruthy();

    const events = eventsOf(text);
    const upcoming = events.find((event) => event.UID === uidOf(mine.upcoming.id))!;
    expect(upcoming.LOCATION).toBe('Hollywood Blvd & Vine St\\; north side\\, near the Pantages');
    const unconfirmed = events.find((event) => event.UID === uidOf(mine.unconfirmed.id))!;
    expect(unconfirmed.LOCATION).toBe(LONG_LOCATION.replace(/;/g, '\\;').replace(/,/g, '\\,'));
    expect(upcoming.DESCRIPTION).toMatch(/\\n/);
    expect(upcoming.DESCRIPTION).not.toMatch(/[^\\][;,]/);
  });

  it('keeps a cancelled assignment, or one on a cancelled deployment, as STATUS:CANCELLED so calendars remove it', async () => {
    const events = eventsOf((await feedOf(reserveId)).text);
    const statusOf = (name: string) => events.find((event) => event.UID === uidOf(mine[name].id))!.STATUS;
    expect(statusOf('cancelledAssignment')).toBe('CANCELLED');
    expect(statusOf('cancelledDeployment')).toBe('CANCELLED');
    expect(statusOf('upcoming')).toBe('CONFIRMED');
    expect(statusOf('recent')).toBe('CONFIRMED');
    expect(statusOf('unconfirmed')).toBe('TENTATIVE');
  });

  it('answers text/calendar, privately cacheable for five minutes, to a caller with no session (the address is the key)', async () => {
    const { response } = await feedOf(reserveId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('calendar feeds: the token', () => {
  it('answers 404 to an unknown token and to a malformed one alike, without asking the database for a malformed one', async () => {
    const unknown = await fetchFeed(`${api.url}/calendar/${'0'.repeat(64)}.ics`);
    expect(unknown.status).toBe(404);
    const body = await unknown.text();
    expect(body.length).toBeLessThan(100);
    const token = await tokenOf(reserveId);
    const malformed = [
      token.slice(0, 63),
      `${token}0`,
      token.toUpperCase(),
      `${token}.ical`,
      `${token}.ics.ics`,
      token,
      `${token.slice(0, 60)}%27--.ics`,
      `..%2F${token}.ics`,
    ];
    for (const file of malformed) {
      api.statements.length = 0;
      const response = await fetchFeed(`${api.url}/calendar/${file}`);
      expect([file, response.status]).toEqual([file, 404]);
      expect(await response.text()).toBe(body);
      expect(api.statements).toEqual([]);
    }
    expect((await fetchFeed(`${api.url}/calendar/${token}.ics/extra`)).status).toBe(404);
    expect((await fetchFeed(`${api.url}/calendar`)).status).toBe(404);
  });

  it('gives every reserve its own token of 256 random bits (64 hex digits)', async () => {
    const rows = (await api.db.query(`SELECT calendar_token FROM reserve_officer`)) as { calendar_token: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.calendar_token).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(rows.map((row) => row.calendar_token)).size).toBe(rows.length);
    expect(await feedUrlOf(reserveId)).toBe(`${api.url}/calendar/${await tokenOf(reserveId)}.ics`);
  });

  it('gives reserves that existed before the migration a token each, and drops the column when undone', async () => {
    const db = createDataSource({ url: await freshDatabaseUrl(), log: quietLog });
    await db.initialize();
    // Undoes CalendarFeeds and every migration after it (later ones come off first).
    const undoCalendarFeeds = async () => {
      const count = db.migrations.length - db.migrations.findIndex((migration) => migration.name === 'CalendarFeeds1795680000000');
      for (let i = 0; i < count; i++) await db.undoLastMigration({ transaction: 'each' });
    };
    try {
      await db.runMigrations({ transaction: 'each' });
      await undoCalendarFeeds();
      const { reserveIds } = await divisionWithReserves(db, 3, 7);
      await db.runMigrations({ transaction: 'each' });
      const tokens = (await db.query(`SELECT calendar_token FROM reserve_officer WHERE id = ANY($1)`, [reserveIds])) as { calendar_token: string }[];
      expect(tokens).toHaveLength(3);
      for (const row of tokens) expect(row.calendar_token).toMatch(/^[0-9a-f]{64}$/);
      expect(new Set(tokens.map((row) => row.calendar_token)).size).toBe(3);
      await undoCalendarFeeds();
      const columns = await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'reserve_officer' AND column_name = 'calendar_token'`);
      expect(columns).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('keeps the token out of the audit snapshot of a new reserve and out of every answer but calendarFeedUrl', async () => {
    const { calendarFeedUrl, ...created } = await aReserve(api);
    const token = await tokenOf(Number(created.id));
    expect(calendarFeedUrl).toContain(token);
    expect(JSON.stringify(created)).not.toContain(token);
    const audit = await api.db.query(`SELECT before, after FROM audit_event WHERE entity_type = 'ReserveOfficer' AND entity_id = $1`, [String(created.id)]);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain('calendarToken');
  });

  it('rotateCalendarToken makes the old address answer 404 and the new one serve the feed', async () => {
    const before = (await feedUrlOf(reserveId))!;
    expect((await fetchFeed(before)).status).toBe(200);
    const rotated = (await coordinator.ok<{ rotateCalendarToken: { id: string; calendarFeedUrl: string } }>(ROTATE, { reserveId })).rotateCalendarToken;
    expect(rotated.id).toBe(String(reserveId));
    expect(rotated.calendarFeedUrl).not.toBe(before);
    expect(rotated.calendarFeedUrl).toBe(await feedUrlOf(reserveId));
    expect((await fetchFeed(before)).status).toBe(404);
    const after = await fetchFeed(rotated.calendarFeedUrl);
    expect(after.status).toBe(200);
    expect(eventsOf(await after.text()).map((event) => event.UID)).toContain(uidOf(mine.upcoming.id));
    // Rotating twice in one request answers the newest address each time.
    const twice = await coordinator.ok<{ a: { calendarFeedUrl: string }; b: { calendarFeedUrl: string } }>(
      `mutation($reserveId: ID!) { a: rotateCalendarToken(reserveId: $reserveId) { calendarFeedUrl } b: rotateCalendarToken(reserveId: $reserveId) { calendarFeedUrl } }`,
      { reserveId },
    );
    expect(twice.a.calendarFeedUrl).not.toBe(twice.b.calendarFeedUrl);
    expect(twice.b.calendarFeedUrl).toBe(await feedUrlOf(reserveId));
  });

  it('records a rotation in the audit log, in words, without the old or the new token', async () => {
    const old = await tokenOf(otherReserveId);
    await api.ok(ROTATE, { reserveId: otherReserveId });
    const current = await tokenOf(otherReserveId);
    const events = (await api.db.query(
      `SELECT action, entity_type, entity_id, actor_email, before, after, outcome FROM audit_event WHERE entity_type = 'ReserveOfficer' AND entity_id = $1 ORDER BY id`,
      [String(otherReserveId)],
    )) as { action: string; actor_email: string; before: unknown; after: unknown; outcome: string }[];
    const rotation = events.at(-1)!;
    expect(rotation).toMatchObject({ action: 'UPDATE', actor_email: 'admin@test.example', outcome: 'SUCCESS', after: { calendarFeed: 'rotated' } });
    expect(rotation.before).toBeTruthy();
    const everything = JSON.stringify(events);
    expect(everything).not.toContain(old);
    expect(everything).not.toContain(current);
  });
});

describe('calendar feeds: who sees and changes the address', () => {
  it('shows calendarFeedUrl as an absolute address to coordinators and admins, and null to leadership and academy staff', async () => {
    for (const role of [Role.RESERVE_COORDINATOR, Role.ADMIN]) {
      expect([role, await feedUrlOf(reserveId, await api.as(role))]).toEqual([role, expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[0-9a-f]{64}\.ics$/)]);
    }
    for (const role of [Role.LEADERSHIP, Role.ACADEMY_STAFF]) {
      expect([role, await feedUrlOf(reserveId, await api.as(role))]).toEqual([role, null]);
    }
  });

  it('refuses rotateCalendarToken to leadership and academy staff (FORBIDDEN) and to a caller not signed in (UNAUTHENTICATED), changing nothing', async () => {
    const token = await tokenOf(reserveId);
    for (const role of [Role.LEADERSHIP, Role.ACADEMY_STAFF]) {
      expect([role, firstError(await (await api.as(role)).gql(ROTATE, { reserveId })).code]).toEqual([role, 'FORBIDDEN']);
    }
    expect(firstError(await api.anonymous.gql(ROTATE, { reserveId })).code).toBe('UNAUTHENTICATED');
    expect(await tokenOf(reserveId)).toBe(token);
  });

  it('answers NOT_FOUND to rotating the token of a reserve that does not exist', async () => {
    expect(firstError(await coordinator.gql(ROTATE, { reserveId: 999_999 })).code).toBe('NOT_FOUND');
    expect(firstError(await coordinator.gql(ROTATE, { reserveId: 'x' })).code).toBe('NOT_FOUND');
  });

  it('builds the address from PUBLIC_URL when set, else from the request (through a trusted proxy, its forwarded host)', async () => {
    const cookie = coordinator.cookie;
    const configured = await startAnotherApp(api, { clock, publicUrl: 'https://tracker.example.org/' });
    const proxied = await startAnotherApp(api, { clock, trustProxy: 'loopback' });
    try {
      const token = await tokenOf(reserveId);
      expect(await feedUrlOf(reserveId, configured.client(cookie))).toBe(`https://tracker.example.org/calendar/${token}.ics`);
      const response = await proxied
        .client(cookie)
        .post({ query: FEED_URL, variables: { id: reserveId } }, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'reserves.example.org' });
      const { data } = (await response.json()) as { data: { ReserveOfficer: { calendarFeedUrl: string } } };
      expect(data.ReserveOfficer.calendarFeedUrl).toBe(`https://reserves.example.org/calendar/${token}.ics`);
    } finally {
      await configured.close();
      await proxied.close();
    }
  });

  it('keeps the token out of the access log', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const logged = await startAnotherApp(api, { clock, log });
    try {
      const token = await tokenOf(reserveId);
      expect((await fetchFeed(`${logged.url}/calendar/${token}.ics`)).status).toBe(200);
      expect((await fetchFeed(`${logged.url}/calendar/${'f'.repeat(64)}.ics`)).status).toBe(404);
      const requests = lines.map((line) => JSON.parse(line) as { msg: string; path?: string }).filter((entry) => entry.msg === 'request');
      expect(requests.map((entry) => entry.path)).toEqual(['/calendar/:token.ics', '/calendar/:token.ics']);
      expect(lines.join('\n')).not.toContain(token);
    } finally {
      await logged.close();
    }
  });

  it('loads calendarFeedUrl for a page of reserves in a constant number of statements', async () => {
    await divisionWithReserves(api.db, 60, 1);
    const page = `query($perPage: Int!) { allReserveOfficers(perPage: $perPage, sortField: "id", sortOrder: "ASC") { id calendarFeedUrl } }`;
    const statementsFor = async (perPage: number) => {
      api.statements.length = 0;
      const data = await coordinator.ok<{ allReserveOfficers: { id: string; calendarFeedUrl: string }[] }>(page, { perPage });
      return { data, count: dataStatements(api).length };
    };
    const small = await statementsFor(5);
    const large = await statementsFor(60);
    expect(small.data.allReserveOfficers).toHaveLength(5);
    expect(large.data.allReserveOfficers).toHaveLength(60);
    const urls = large.data.allReserveOfficers.map((reserve) => reserve.calendarFeedUrl);
    expect(urls.every((url) => /\/calendar\/[0-9a-f]{64}\.ics$/.test(url))).toBe(true);
    expect(new Set(urls).size).toBe(60);
    // the page of reserves, their tokens
    expect(small.count).toBe(2);
    expect(large.count).toBe(small.count);
  });
});
