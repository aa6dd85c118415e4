import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { firstError, startTestApi, type Client, type TestApi } from '../support/api.js';
import { aDivision, aRecruit } from '../support/builders.js';
import { createOne, refusalOf } from '../support/react-admin.js';

let api: TestApi;
let divisionId: string;

const RESULT = 'dryRun imported importable duplicates invalid rows { line ok errors { field message } duplicateOf duplicateOfLine recruitId }';
const IMPORT = `mutation ImportRecruits($csv: String!, $dryRun: Boolean!) { importRecruits(csv: $csv, dryRun: $dryRun) { ${RESULT} } }`;
const importCsv = (csv: string, dryRun = false, client: Client = api) => client.gql(IMPORT, { csv, dryRun });
const imported = async (csv: string, dryRun = false) => (await api.ok(IMPORT, { csv, dryRun })).importRecruits;
const countRecruits = async (where = 'true', params: unknown[] = []) => Number((await api.db.query(`SELECT count(*) AS n FROM recruit WHERE ${where}`, params))[0].n);

/** `POST /import/recruits`, as the admin UI sends a file: text/csv, the session cookie and the preflight header. */
function upload(body: string | Buffer, options: { dryRun?: string | null; headers?: Record<string, string>; client?: Client } = {}) {
  const { dryRun = 'false', client = api } = options;
  const query = dryRun === null ? '' : `?dryRun=${dryRun}`;
  return fetch(`${api.url}/import/recruits${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'apollo-require-preflight': 'true',
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...options.headers,
    },
    body,
  });
}

/** A JSON answer of the import route: an ImportResult, or `{ errors }` as /graphql words them. */
const bodyOf = async (response: Response) => (await response.json()) as Record<string, any>;

const HEADER = 'firstName,lastName,email,targetLevel,source';
let n = 0;
/** A valid data line with an email no other line of this file has. */
const row = (overrides: Partial<Record<'firstName' | 'lastName' | 'email' | 'targetLevel' | 'source', string>> = {}) => {
  n++;
  const values = { firstName: 'Alex', lastName: `Imported${n}`, email: `imported${n}@example.org`, targetLevel: 'LEVEL_III', source: 'EVENT', ...overrides };
  return [values.firstName, values.lastName, values.email, values.targetLevel, values.source].join(',');
};

beforeAll(async () => {
  api = await startTestApi();
  divisionId = (await aDivision(api, { name: 'Hollywood' })).id;
});
afterAll(() => api.close());

describe('importRecruits: every row validated, then all imported or none', () => {
  it('on a dry run validates every row and writes nothing', async () => {
    const csv = [HEADER, row(), row(), row()].join('\n');
    const before = await countRecruits();
    expect(await imported(csv, true)).toMatchObject({ dryRun: true, imported: 0, importable: 3, duplicates: 0, invalid: 0 });
    expect(await countRecruits()).toBe(before);
  });

  it('imports every row at PROSPECT, each with its first stage-history line and a CREATE audit event', async () => {
    const csv = [HEADER, row({ lastName: 'Castillo' }), row({ lastName: 'Mbeki' })].join('\r\n');
    const result = await imported(csv);
    expect(result).toMatchObject({ dryRun: false, imported: 2, importable: 2, invalid: 0 });
    expect(result.rows.map((r: Record<string, unknown>) => [r.line, r.ok, r.errors])).toEqual([[2, true, []], [3, true, []]]);
    const ids = result.rows.map((r: { recruitId: string }) => r.recruitId);
    const seen = await api.ok(`query($ids: [ID!]) { allRecruits(filter: { ids: $ids }, sortField: "id") { lastName stage targetLevel source stageHistory { fromStage toStage changedBy note } } }`, { ids });
    expect(seen.allRecruits).toEqual(
      ['Castillo', 'Mbeki'].map((lastName, i) => ({
        lastName,
        stage: 'PROSPECT',
        targetLevel: 'LEVEL_III',
        source: 'EVENT',
        stageHistory: [{ fromStage: null, toStage: 'PROSPECT', changedBy: 'admin@test.example', note: `Entered the pipeline: imported from CSV line ${i + 2}` }],
      })),
    );
    const events = await api.db.query(`SELECT entity_id AS id, action FROM audit_event WHERE entity_type = 'Recruit' AND entity_id = ANY($1) ORDER BY id`, [ids]);
    expect(events).toEqual(ids.map((id: string) => ({ id, action: 'CREATE' })));
  });

  it('imports quoted values with commas, quotes and line breaks, and non-ASCII names, from a UTF-8 file with a byte order mark', async () => {
    const csv = [
      '\uFEFFfirstName,lastName,email,address,targetLevel,source,notes',
      '"José Luis","Núñez-O\'Brien",jl.nunez@example.org,"1200 W 7th St, Apt 4, Los Angeles",LEVEL_I,EVENT,"Said ""call after 6"", prefers Spanish"',
      'Zoë,Ångström,zoe@example.org,,LEVEL_II,WEB,"Two lines:\r\nfirst, then second"',
      '美咲,山田,misaki@example.org,,LEVEL_III,REFERRAL,',
    ].join('\r\n');
    const result = await imported(csv);
    expect(result).toMatchObject({ imported: 3, invalid: 0 });
    expect(result.rows.map((r: { line: number }) => r.line)).toEqual([2, 3, 5]);
    const seen = await api.ok(`query($ids: [ID!]) { allRecruits(filter: { ids: $ids }, sortField: "id") { firstName lastName address notes } }`, {
      ids: result.rows.map((r: { recruitId: string }) => r.recruitId),
    });
    expect(seen.allRecruits).toEqual([
      { firstName: 'José Luis', lastName: "Núñez-O'Brien", address: '1200 W 7th St, Apt 4, Los Angeles', notes: 'Said "call after 6", prefers Spanish' },
      { firstName: 'Zoë', lastName: 'Ångström', address: null, notes: 'Two lines:\r\nfirst, then second' },
      { firstName: '美咲', lastName: '山田', address: null, notes: null },
    ]);
  });

  it('imports nothing when a row in the middle is bad, naming its line and field in the words createRecruit uses', async () => {
    const before = await countRecruits();
    const csv = [HEADER, row(), row(), row({ email: 'not-an-email', targetLevel: 'CAPTAIN' }), row(), row()].join('\n');
    const result = await imported(csv);
    expect(result).toMatchObject({ imported: 0, importable: 4, invalid: 1 });
    const bad = result.rows.find((r: { ok: boolean }) => !r.ok);
    const byCreate = refusalOf(await createOne(api, 'Recruit', { firstName: 'A', lastName: 'B', email: 'not-an-email', targetLevel: 'LEVEL_I', source: 'EVENT' }));
    expect(bad).toMatchObject({
      line: 4,
      recruitId: null,
      errors: [
        { field: 'email', message: byCreate.message },
        { field: 'targetLevel', message: 'targetLevel must be one of LEVEL_I, LEVEL_II, LEVEL_III, SPECIALIST' },
      ],
    });
    expect(result.rows.filter((r: { ok: boolean }) => r.ok)).toHaveLength(4);
    expect(result.rows.every((r: { recruitId: string | null }) => r.recruitId === null)).toBe(true);
    expect(await countRecruits()).toBe(before);
  });

  it('tells every missing required value and a row with more values than columns', async () => {
    const result = await imported([HEADER, ',,,,', 'Al,,al@example.org,LEVEL_I,', 'Bo,Bell,bo@example.org,LEVEL_I,WEB,extra'].join('\n'), true);
    expect(result.rows).toMatchObject([
      {
        line: 3,
        errors: [
          { field: 'lastName', message: 'lastName is required' },
          { field: 'source', message: 'source is required' },
        ],
      },
      { line: 4, errors: [{ field: null, message: 'The row has 6 values; the header names 5 columns' }] },
    ]);
  });

  it('reads header names without regard to case, spaces or underscores, and a division by name', async () => {
    const csv = ['First Name,last_name,EMAIL,Target Level,source,Preferred Division', 'Kim,Lee,kim.lee@example.org,LEVEL_II,WEB,hollywood', 'Max,Roe,max.roe@example.org,LEVEL_II,WEB,Atlantis'].join('\n');
    const result = await imported(csv, true);
    expect(result.rows[1].errors).toEqual([{ field: 'preferredDivision', message: 'preferredDivision "Atlantis" does not name a division' }]);
    const good = await imported(csv.split('\n').slice(0, 2).join('\n'));
    const seen = await api.ok(`query($id: ID!) { Recruit(id: $id) { preferredDivisionId } }`, { id: good.rows[0].recruitId });
    expect(seen.Recruit.preferredDivisionId).toBe(divisionId);
  });

  it('refuses a division id that does not exist with the message createRecruit gives', async () => {
    const result = await imported(['firstName,lastName,targetLevel,source,preferredDivisionId', 'Sal,Ruiz,LEVEL_I,WEB,999999'].join('\n'), true);
    const byCreate = refusalOf(await createOne(api, 'Recruit', { firstName: 'Sal', lastName: 'Ruiz', targetLevel: 'LEVEL_I', source: 'WEB', preferredDivisionId: '999999' }));
    expect(result.rows[0].errors).toEqual([{ field: 'preferredDivisionId', message: byCreate.message }]);
  });
});

describe('importRecruits: duplicates by email are reported, not imported twice', () => {
  it('skips a row whose email a recruit already has (any case) and a repeat within the file, importing the rest', async () => {
    const existing = await aRecruit(api, { email: 'Taken.Person@Example.org' });
    const csv = [HEADER, row({ email: 'taken.person@example.ORG' }), row({ email: 'twice@example.org' }), row(), row({ email: 'TWICE@example.org' })].join('\n');
    const result = await imported(csv);
    expect(result).toMatchObject({ imported: 2, importable: 2, duplicates: 2, invalid: 0 });
    expect(result.rows.map((r: Record<string, unknown>) => [r.line, r.ok, r.duplicateOf, r.duplicateOfLine, r.recruitId !== null])).toEqual([
      [2, true, existing.id, null, false],
      [3, true, null, null, true],
      [4, true, null, null, true],
      [5, true, null, 3, false],
    ]);
    expect(await countRecruits('lower(email) = $1', ['twice@example.org'])).toBe(1);
    const again = await imported(csv);
    expect(again).toMatchObject({ imported: 0, importable: 0, duplicates: 4 });
  });
});

describe('importRecruits: a malformed file is refused as a whole', () => {
  it('refuses a malformed quote, naming the line', async () => {
    const error = firstError(await importCsv([HEADER, row(), 'Ann,"Unclosed,ann@example.org,LEVEL_I,WEB'].join('\n')));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The CSV is malformed at line 3: a quoted field is never closed', extensions: { field: 'csv', line: 3 } });
  });

  it('refuses an unknown column, a missing required column and an empty file', async () => {
    expect(firstError(await importCsv(`${HEADER},shoeSize\n`)).message).toMatch(/^Unknown column "shoeSize"; the columns are firstName, lastName/);
    expect(firstError(await importCsv('firstName,email\nA,a@example.org')).message).toBe('Required columns missing: lastName, targetLevel, source');
    expect(firstError(await importCsv(''))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'csv' } });
  });
});

describe('importRecruits roles: coordinators own the pipeline', () => {
  it('refuses leadership and academy staff with FORBIDDEN and lets a coordinator import', async () => {
    const csv = [HEADER, row()].join('\n');
    for (const role of [Role.LEADERSHIP, Role.ACADEMY_STAFF]) {
      const client = await api.as(role);
      expect(firstError(await importCsv(csv, true, client)).code).toBe('FORBIDDEN');
      expect((await upload(csv, { client })).status).toBe(403);
    }
    expect((await upload(csv, { client: api.anonymous })).status).toBe(401);
    expect((await (await api.as(Role.RESERVE_COORDINATOR)).ok(IMPORT, { csv, dryRun: false })).importRecruits.imported).toBe(1);
  });
});

describe('POST /import/recruits: the import for files over the 100 kB GraphQL body limit', () => {
  it('answers the same result as the mutation, and honours dryRun', async () => {
    const csv = [HEADER, row({ lastName: 'Uploaded' })].join('\n');
    const dry = await upload(csv, { dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(await bodyOf(dry)).toMatchObject({ dryRun: true, imported: 0, importable: 1 });
    expect(await countRecruits(`last_name = 'Uploaded'`)).toBe(0);
    const real = await upload(csv);
    expect(await bodyOf(real)).toMatchObject({ dryRun: false, imported: 1, rows: [{ line: 2, ok: true, errors: [] }] });
    expect(await countRecruits(`last_name = 'Uploaded'`)).toBe(1);
  });

  it('refuses a body that is not text/csv (415), one without the preflight header (400), and one without dryRun (400), writing nothing', async () => {
    const csv = [HEADER, row({ lastName: 'Refused' })].join('\n');
    expect((await upload(csv, { headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await upload(csv, { headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    const noPreflight = await upload(csv, { headers: { 'apollo-require-preflight': '' } });
    expect([noPreflight.status, (await bodyOf(noPreflight)).errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    expect((await upload(csv, { dryRun: null })).status).toBe(400);
    expect(await countRecruits(`last_name = 'Refused'`)).toBe(0);
  });

  it('answers a file error as BAD_USER_INPUT with status 400, and a body over 5 MB with 413', async () => {
    const bad = await upload('nonsense\n1');
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'csv' } });
    const huge = await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    expect([huge.status, (await bodyOf(huge)).errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('imports 5,000 rows in seconds, in a few bulk statements', async () => {
    const lines = [`${HEADER},phone,address,dateOfBirth,notes`];
    for (let i = 0; i < 5000; i++) {
      lines.push(`Bulk${i},Événement${i},bulk${i}@example.org,LEVEL_II,EVENT,+1 213 555 ${String(i).padStart(4, '0')},"${i} S Main St, Los Angeles, CA",1990-01-01,"Signed up at the ""Reserve Day"" table"`);
    }
    const csv = lines.join('\r\n');
    api.statements.length = 0;
    const started = performance.now();
    const response = await upload(csv);
    const ms = Math.round(performance.now() - started);
    const result = await bodyOf(response);
    console.log(`imported ${result.imported} recruits from ${Math.round(csv.length / 1024)} kB of CSV in ${ms} ms`);
    expect(result).toMatchObject({ imported: 5000, invalid: 0, duplicates: 0 });
    expect(ms).toBeLessThan(10_000);
    expect(await countRecruits(`email LIKE 'bulk%@example.org'`)).toBe(5000);
    expect(api.statements.filter((sql) => /^INSERT INTO "recruit"/.test(sql))).toHaveLength(10);
    expect(api.statements.length).toBeLessThan(50);
    const overGraphql = await api.post({ query: IMPORT, variables: { csv, dryRun: true } });
    expect(overGraphql.status).toBe(413);
  });
});
