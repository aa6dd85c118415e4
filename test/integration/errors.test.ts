import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { aDivision, aModule, aRecruit, aReserve, unique } from '../support/builders.js';
import { createOne, deleteOne, getList, getOne, leaksIn, refusalOf, updateOne, type ResourceName } from '../support/react-admin.js';

/**
 * Errors as a client can use them (DESIGN.md, API conventions): every refusal below is read with
 * `refusalOf`, which also fails the test if the response carries SQL text or a stack trace.
 */

let api: TestApi;
let division: Record<string, any>;
beforeAll(async () => {
  api = await startTestApi();
  division = await aDivision(api);
});
afterAll(() => api.close());

const aValidReserve = () => ({
  badgeNumber: `E-${unique()}`,
  firstName: 'Ana',
  lastName: 'Reyes',
  level: 'LEVEL_I',
  homeDivisionId: division.id,
  appointedOn: '2020-01-15',
  priorService: 'ACADEMY_GRADUATE',
});

const createReserve = async (overrides: Record<string, unknown>) => refusalOf(await createOne(api, 'ReserveOfficer', { ...aValidReserve(), ...overrides }));

const countOf = async (table: string): Promise<number> => (await api.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

describe('input is validated, and the refusal is BAD_USER_INPUT naming the field', () => {
  it('refuses text longer than its limit', async () => {
    expect(await createReserve({ lastName: 'x'.repeat(81) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lastName',
      message: 'lastName must be at most 80 characters',
    });
  });

  it('refuses empty text, and text of spaces only', async () => {
    expect(await createReserve({ firstName: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstName', message: 'firstName must not be empty' });
    expect(await createReserve({ firstName: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstName' });
  });

  it('refuses an email that is not an email address', async () => {
    expect(await createReserve({ email: 'ana.reyes.example.org' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
      message: 'email must be an email address',
    });
    expect(refusalOf(await createOne(api, 'Recruit', { firstName: 'A', lastName: 'B', email: 'a@b', targetLevel: 'LEVEL_I', source: 'WEB' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
  });

  it('refuses a phone number that is not one', async () => {
    expect(await createReserve({ phone: 'call me maybe' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
  });

  it('refuses a badge number that is not capital letters, digits and dashes', async () => {
    expect(await createReserve({ badgeNumber: 'r 123' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'badgeNumber' });
  });

  it('refuses an enum value that is not in the list', async () => {
    expect(await createReserve({ level: 'LEVEL_IV' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
    expect(await createReserve({ status: 'RETIRED' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(refusalOf(await createOne(api, 'CurriculumModule', { code: 'X', title: 'X', category: 'OTHER', requirementSource: 'POST', hours: 1, passingScore: 1, requiredForLevels: ['LEVEL_I', 'CHIEF'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'requiredForLevels[1]',
    });
  });

  it('refuses a number out of its range', async () => {
    expect(refusalOf(await createOne(api, 'Division', { areaId: 100, name: 'Too Far', bureau: 'WEST' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'areaId',
      message: 'areaId must be between 1 and 99',
    });
    expect(await createReserve({ monthlyMinimumHours: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'monthlyMinimumHours' });
    expect(refusalOf(await createOne(api, 'CurriculumModule', { code: 'X', title: 'X', category: 'OTHER', requirementSource: 'POST', hours: 1, passingScore: 100.5 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'passingScore',
    });
    const deployment = { divisionId: division.id, location: 'x', startsAt: '2026-05-01T08:00:00Z', endsAt: '2026-05-01T10:00:00Z' };
    expect(refusalOf(await createOne(api, 'Deployment', { ...deployment, requiredHeadcount: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requiredHeadcount' });
  });

  it('refuses a number that is not a whole number where an Int is expected', async () => {
    const deployment = { divisionId: division.id, location: 'x', startsAt: '2026-05-01T08:00:00Z', endsAt: '2026-05-01T10:00:00Z' };
    expect(refusalOf(await createOne(api, 'Deployment', { ...deployment, requiredHeadcount: 1.5 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requiredHeadcount' });
    expect(refusalOf(await createOne(api, 'Division', { areaId: 2 ** 31, name: 'Overflow', bureau: 'WEST' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areaId' });
  });

  it('refuses control characters in a name', async () => {
    for (const firstName of ['Ana\tMaria', 'Ana\nMaria', 'Ana\u001b[31m', 'Ana\u007f', 'Ana\u0008']) {
      expect(await createReserve({ firstName }), JSON.stringify(firstName)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'firstName',
        message: 'firstName contains control characters',
      });
    }
  });

  it('refuses a NUL byte in a name, in multi-line notes, in a filter and in a search', async () => {
    expect(await createReserve({ lastName: 'Reyes\u0000' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastName' });
    const recruit = await aRecruit(api);
    expect(refusalOf(await updateOne(api, 'Recruit', { id: recruit.id, notes: 'line one\nline\u0000two' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notes' });
    expect(refusalOf(await getList(api, 'ReserveOfficer', { filter: { lastName: 'Re\u0000yes' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.lastName' });
    expect(refusalOf(await getList(api, 'ReserveOfficer', { filter: { q: 'Re\u0000yes' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.q' });
  });

  it('keeps tabs and line breaks in multi-line text', async () => {
    const recruit = await aRecruit(api, { notes: 'Called twice:\n\t- Monday\r\n\t- Friday' });
    expect(recruit.notes).toBe('Called twice:\n\t- Monday\r\n\t- Friday');
  });

  it('refuses a malformed date', async () => {
    for (const appointedOn of ['2026-02-30', '03/07/2026', '2026-3-7', '', '2026-13-01']) {
      expect(await createReserve({ appointedOn }), appointedOn).toMatchObject({ code: 'BAD_USER_INPUT', field: 'appointedOn' });
    }
  });

  it('refuses a time without an offset, or not a time at all', async () => {
    const deployment = { divisionId: division.id, location: 'x', endsAt: '2026-05-01T10:00:00Z' };
    for (const startsAt of ['2026-05-01T08:00:00', '2026-05-01', 'tomorrow at eight', '2026-05-01T25:00:00Z']) {
      expect(refusalOf(await createOne(api, 'Deployment', { ...deployment, startsAt })), startsAt).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    }
  });

  it('refuses a reference that is not a record id', async () => {
    expect(await createReserve({ homeDivisionId: 'central' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'homeDivisionId',
      message: 'homeDivisionId must be a record id',
    });
  });

  it('refuses null for a required argument, naming it', async () => {
    const result = await api.gql(`mutation($areaId: Int!, $name: String!, $bureau: Bureau!) { createDivision(areaId: $areaId, name: $name, bureau: $bureau) { id } }`, {
      areaId: 50,
      name: null,
      bureau: 'WEST',
    });
    expect(refusalOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('refuses a bad filter value, naming it inside the filter', async () => {
    expect(refusalOf(await getList(api, 'ReserveOfficer', { filter: { status: 'RETIRED' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.status' });
    expect(refusalOf(await getList(api, 'ReserveOfficer', { filter: { appointedOn_gte: '2026-02-30' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.appointedOn_gte',
    });
    expect(refusalOf(await getList(api, 'ReserveOfficer', { filter: { ids: ['1', 'two'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ids' });
    expect(refusalOf(await getList(api, 'ReserveOfficer', { filter: { homeDivisionId: '-1' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.homeDivisionId' });
  });
});

describe('an unknown id answers NOT_FOUND', () => {
  const writable: ResourceName[] = ['Division', 'Recruit', 'AcademyClass', 'CurriculumModule', 'TrainingRecord', 'ReserveOfficer', 'Deployment', 'Assignment'];

  it('answers NOT_FOUND to get, update and delete of an id no record has, for every resource', async () => {
    for (const type of writable) {
      for (const id of ['999999', 'not-an-id', '0', '99999999999']) {
        expect(refusalOf(await getOne(api, type, id, 'id')), `${type}(${id})`).toMatchObject({ code: 'NOT_FOUND', message: `${type} ${id} was not found` });
        expect(refusalOf(await updateOne(api, type, { id }, 'id')), `update${type}(${id})`).toMatchObject({ code: 'NOT_FOUND' });
        expect(refusalOf(await deleteOne(api, type, id, 'id')), `delete${type}(${id})`).toMatchObject({ code: 'NOT_FOUND' });
      }
    }
    expect(refusalOf(await getOne(api, 'RecruitStageChange', '999999', 'id'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('checks the id before the input, so a missing record is NOT_FOUND even with valid changes', async () => {
    expect(refusalOf(await updateOne(api, 'ReserveOfficer', { id: '999999', firstName: 'Ghost' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('unique and foreign-key violations are CONFLICT or BAD_USER_INPUT with a clear message', () => {
  it('refuses a badge number already in use with CONFLICT naming badgeNumber', async () => {
    const reserve = await aReserve(api, { badgeNumber: 'B-4242' });
    expect(await createReserve({ badgeNumber: 'B-4242' })).toMatchObject({ code: 'CONFLICT', field: 'badgeNumber', message: 'badgeNumber is already in use' });
    const other = await aReserve(api);
    expect(refusalOf(await updateOne(api, 'ReserveOfficer', { id: other.id, badgeNumber: reserve.badgeNumber }))).toMatchObject({
      code: 'CONFLICT',
      field: 'badgeNumber',
    });
  });

  it('refuses a recruit email already in use, even differing only in case, with CONFLICT naming email', async () => {
    await aRecruit(api, { email: 'jordan.lee@example.org' });
    const refusal = refusalOf(await createOne(api, 'Recruit', { firstName: 'J', lastName: 'Lee', email: 'Jordan.Lee@EXAMPLE.org', targetLevel: 'LEVEL_I', source: 'WEB' }));
    expect(refusal).toMatchObject({ code: 'CONFLICT', field: 'email', message: 'email is already in use' });
  });

  it('refuses a division name or area id already in use with CONFLICT naming it', async () => {
    await aDivision(api, { areaId: 7, name: 'Wilshire' });
    expect(refusalOf(await createOne(api, 'Division', { areaId: 8, name: 'Wilshire', bureau: 'WEST' }))).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(refusalOf(await createOne(api, 'Division', { areaId: 7, name: 'Not Wilshire', bureau: 'WEST' }))).toMatchObject({ code: 'CONFLICT', field: 'areaId' });
  });

  it('refuses a foreign key to a missing division with BAD_USER_INPUT naming divisionId', async () => {
    const deployment = { location: 'x', startsAt: '2026-05-01T08:00:00Z', endsAt: '2026-05-01T10:00:00Z' };
    expect(refusalOf(await createOne(api, 'Deployment', { ...deployment, divisionId: '424242' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'divisionId',
      message: 'divisionId does not name an existing division',
    });
    expect(await createReserve({ homeDivisionId: '424242' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'homeDivisionId' });
  });

  it('refuses moving a record to a missing division on update, naming the field', async () => {
    const reserve = await aReserve(api);
    expect(refusalOf(await updateOne(api, 'ReserveOfficer', { id: reserve.id, homeDivisionId: '424242' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'homeDivisionId',
    });
  });

  it('refuses a training record for a missing module, naming moduleId', async () => {
    const reserve = await aReserve(api);
    const record = { reserveId: reserve.id, completedOn: '2026-01-10', hours: 1 };
    expect(refusalOf(await createOne(api, 'TrainingRecord', { ...record, moduleId: '424242', passed: true }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'moduleId' });
    expect(refusalOf(await createOne(api, 'TrainingRecord', { ...record, moduleId: '424242', passed: false }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'moduleId' });
  });

  it('refuses deleting a division still used by a reserve with CONFLICT', async () => {
    const used = await aDivision(api);
    await aReserve(api, { homeDivisionId: used.id });
    expect(refusalOf(await deleteOne(api, 'Division', used.id))).toMatchObject({
      code: 'CONFLICT',
      message: 'This division is still in use by reserve officers',
    });
  });
});

describe('list arguments are checked', () => {
  it('refuses a sortField not in the allowlist with BAD_USER_INPUT naming sortField', async () => {
    for (const sortField of ['password', 'homeDivision', 'last_name', 'lastName; DROP TABLE reserve_officer', '"lastName"']) {
      const refusal = refusalOf(await getList(api, 'ReserveOfficer', { sortField }));
      expect(refusal, sortField).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
    }
    expect(await countOf('reserve_officer')).toBeGreaterThan(0);
  });

  it('refuses a sortOrder other than ASC or DESC, naming sortOrder', async () => {
    expect(refusalOf(await getList(api, 'ReserveOfficer', { sortField: 'lastName', sortOrder: 'sideways' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortOrder' });
  });

  it('caps perPage: 5000 is BAD_USER_INPUT naming perPage, 1000 is answered', async () => {
    expect(refusalOf(await getList(api, 'Division', { perPage: 5000 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'perPage' });
    expect(refusalOf(await getList(api, 'Division', { perPage: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'perPage' });
    expect((await getList(api, 'Division', { perPage: 1000 })).errors).toBeUndefined();
  });

  it('refuses a negative page, naming page', async () => {
    expect(refusalOf(await getList(api, 'Division', { page: -1 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page' });
  });
});

describe('rules across fields are BAD_USER_INPUT naming the field to fix', () => {
  const deployment = () => ({ divisionId: division.id, location: 'Pershing Square' });

  it('refuses a deployment whose endsAt is before (or at) its startsAt, naming endsAt', async () => {
    for (const endsAt of ['2026-05-01T07:59:59-07:00', '2026-05-01T08:00:00-07:00', '2026-05-01T15:00:00Z']) {
      const refusal = refusalOf(await createOne(api, 'Deployment', { ...deployment(), startsAt: '2026-05-01T08:00:00-07:00', endsAt }));
      expect(refusal, endsAt).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt', message: 'endsAt must be after startsAt' });
    }
  });

  it('refuses an academy class that ends before it starts, naming endsOn', async () => {
    const refusal = refusalOf(await createOne(api, 'AcademyClass', { name: 'Backwards', moduleLevel: 'MODULE_I', startsOn: '2026-03-01', endsOn: '2026-02-28' }));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
  });

  it('refuses a training record for both a recruit and a reserve, or for neither', async () => {
    const module = await aModule(api);
    const recruit = await aRecruit(api);
    const reserve = await aReserve(api);
    const record = { moduleId: module.id, completedOn: '2026-01-10', passed: true, hours: 2 };
    const message = 'a training record belongs to exactly one recruit or one reserve';
    expect(refusalOf(await createOne(api, 'TrainingRecord', { ...record, recruitId: recruit.id, reserveId: reserve.id }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'recruitId',
      message,
    });
    expect(refusalOf(await createOne(api, 'TrainingRecord', record))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recruitId', message });
    expect(refusalOf(await createOne(api, 'TrainingRecord', { ...record, recruitId: null, reserveId: null }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recruitId' });
  });

  it('refuses a recruit entered as WITHDRAWN or DISQUALIFIED without an exitReason', async () => {
    for (const stage of ['WITHDRAWN', 'DISQUALIFIED']) {
      const refusal = refusalOf(await createOne(api, 'Recruit', { firstName: 'Exit', lastName: 'Early', targetLevel: 'LEVEL_I', source: 'WEB', stage }));
      expect(refusal, stage).toMatchObject({ code: 'BAD_USER_INPUT', field: 'exitReason' });
    }
  });
});

describe('nothing but a usable message reaches the client', () => {
  it('masks an unexpected failure as INTERNAL_SERVER_ERROR, without SQL text or a stack trace', async () => {
    await api.db.query('ALTER TABLE academy_class RENAME TO academy_class_moved');
    try {
      const result = await getList(api, 'AcademyClass', { filter: { q: 'x' } }, 'id name');
      expect(result.errors).toHaveLength(1);
      expect(refusalOf(result)).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', field: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    } finally {
      await api.db.query('ALTER TABLE academy_class_moved RENAME TO academy_class');
    }
  });

  it('answers refusals from the database (unique, foreign key, restrict) in its own words, never PostgreSQL\'s', async () => {
    const reserve = await aReserve(api);
    const results = [
      await createOne(api, 'ReserveOfficer', { ...aValidReserve(), badgeNumber: reserve.badgeNumber }),
      await createOne(api, 'ReserveOfficer', { ...aValidReserve(), homeDivisionId: '77777' }),
      await deleteOne(api, 'Division', reserve.homeDivisionId),
    ];
    for (const result of results) {
      expect(result.errors?.length).toBe(1);
      expect(leaksIn(result)).toEqual([]);
      expect(result.errors![0].extensions).not.toHaveProperty('stacktrace');
      expect(result.errors![0].message).not.toMatch(/reserve_officer|_fkey|_key|Key \(/);
    }
  });
});

describe('a failed mutation leaves nothing half-written', () => {
  it('leaves no recruit and no stage-change row behind when createRecruit fails on a duplicate email', async () => {
    await aRecruit(api, { email: 'once.only@example.org' });
    const [recruits, changes] = [await countOf('recruit'), await countOf('recruit_stage_change')];
    const refusal = refusalOf(await createOne(api, 'Recruit', { firstName: 'Twice', lastName: 'Tried', email: 'ONCE.ONLY@example.org', targetLevel: 'LEVEL_I', source: 'WEB' }));
    expect(refusal.code).toBe('CONFLICT');
    expect([await countOf('recruit'), await countOf('recruit_stage_change')]).toEqual([recruits, changes]);
  });

  it('rolls back the new recruit when its first stage-history entry cannot be written', async () => {
    // The recruit row is inserted first; a constraint (for this test only) then refuses the history row.
    await api.db.query(`ALTER TABLE recruit_stage_change ADD CONSTRAINT refuses_history_for_test CHECK (note IS DISTINCT FROM 'Entered the pipeline') NOT VALID`);
    try {
      const [recruits, changes] = [await countOf('recruit'), await countOf('recruit_stage_change')];
      const result = await createOne(api, 'Recruit', { firstName: 'Half', lastName: 'Written', email: 'half.written@example.org', targetLevel: 'LEVEL_I', source: 'WEB' });
      refusalOf(result);
      expect(result.data).toBeNull();
      expect([await countOf('recruit'), await countOf('recruit_stage_change')]).toEqual([recruits, changes]);
      expect(await api.db.query(`SELECT id FROM recruit WHERE email = 'half.written@example.org'`)).toEqual([]);
    } finally {
      await api.db.query('ALTER TABLE recruit_stage_change DROP CONSTRAINT refuses_history_for_test');
    }
  });

  it('leaves a record exactly as it was when an update is refused part-way through its fields', async () => {
    const reserve = await aReserve(api, { email: 'kept@example.org' });
    const refusal = refusalOf(await updateOne(api, 'ReserveOfficer', { id: reserve.id, firstName: 'Changed', email: 'not an email' }));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const [row] = await api.db.query(`SELECT first_name, email FROM reserve_officer WHERE id = $1`, [reserve.id]);
    expect(row).toEqual({ first_name: reserve.firstName, email: 'kept@example.org' });
  });
});
