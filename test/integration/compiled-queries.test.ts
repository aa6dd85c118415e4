import { getIntrospectionQuery, getNamedType, isEnumType, isLeafType, isNonNullType, isObjectType, type GraphQLInputType, type GraphQLObjectType } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { buildAppSchema } from '../../server/src/schema.js';
import { seedDemoData } from '../../server/src/seed/seed.js';
import { quietLog, startAnotherApp, startTestApi, type TestApi } from '../support/api.js';

/**
 * Queries a client repeats are compiled (graphql-jit, server/src/compiled-queries.ts). A server
 * that compiles must answer byte for byte what graphql-js answers, errors and HTTP status
 * included, on the demo data, for every role.
 */
const clock = fixedClock('2026-11-15T20:00:00Z');
let api: TestApi;
let compiling: Awaited<ReturnType<typeof startAnotherApp>>;
let plain: Awaited<ReturnType<typeof startAnotherApp>>;
const logLines: { msg: string; operationName?: string }[] = [];

beforeAll(async () => {
  api = await startTestApi({ clock });
  await seedDemoData(api.db, { clock, log: quietLog });
  const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
  // One public URL for both, as calendar feed links hold it.
  compiling = await startAnotherApp(api, { clock, log, publicUrl: 'https://reserves.example.org' });
  plain = await startAnotherApp(api, { clock, compiledQueries: false, publicUrl: 'https://reserves.example.org' });
});
afterAll(async () => {
  await compiling?.close();
  await plain?.close();
  await api?.close();
});

/** A literal for an argument: every required one, lists paged at 25, dates in the demo data's autumn; undefined leaves it out. */
function argumentValue(field: string, name: string, type: GraphQLInputType): string | undefined {
  if (name === 'perPage') return '25';
  if (!isNonNullType(type)) return undefined;
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].name;
  switch (named.name) {
    case 'ID':
      return '"1"';
    case 'LocalDate':
      return name === 'from' ? '"2026-10-01"' : name === 'to' ? '"2026-11-30"' : '"2026-11-15"';
    case 'DateTimeISO':
      return name === 'to' ? '"2026-12-01T08:00:00Z"' : '"2026-10-01T07:00:00Z"';
    case 'Int':
      return '30';
    case 'Float':
      return '4';
    case 'Boolean':
      return 'true';
    case 'String':
      return '"a"';
    default:
      throw new Error(`no sample value for ${field}(${name}: ${named.name})`);
  }
}

/** The fields of a type a query can select without arguments, objects `depth` levels down. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (!isObjectType(named) || depth === 0) return [];
    const inner = selectionOf(named, depth - 1);
    return inner ? [`${field.name} { ${inner} }`] : [];
  });
  return fields.join(' ');
}

interface Exchange {
  status: number;
  body: string;
}

/** The same request sent three times to the compiling server (graphql-js, then compiled twice) and once to graphql-js. */
async function exchanges(role: Role, query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const cookie = (await api.as(role)).cookie;
  const send = async (client: ReturnType<typeof plain.client>): Promise<Exchange> => {
    const response = await client.post({ query, variables, operationName });
    return { status: response.status, body: await response.text() };
  };
  const first = await send(compiling.client(cookie));
  const compiled = [await send(compiling.client(cookie)), await send(compiling.client(cookie))];
  return { first, compiled, plain: await send(plain.client(cookie)) };
}

async function expectSameAnswers(role: Role, query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const { first, compiled, plain: expected } = await exchanges(role, query, variables, operationName);
  expect(first).toEqual(expected);
  expect(compiled).toEqual([expected, expected]);
  return JSON.parse(expected.body) as { data?: Record<string, unknown> | null; errors?: { extensions: { code: string } }[] };
}

const operationsCompiled = () => logLines.filter((line) => line.msg === 'query compiled').length;

describe('compiled queries answer what graphql-js answers', () => {
  it('every root query field, each object two levels down, as the admin', async () => {
    const schema = await buildAppSchema();
    const fields = Object.values(schema.getQueryType()!.getFields());
    const answered: string[] = [];
    for (const field of fields) {
      const args = field.args.flatMap((arg) => {
        const value = argumentValue(field.name, arg.name, arg.type);
        return value === undefined ? [] : [`${arg.name}: ${value}`];
      });
      const type = getNamedType(field.type);
      const selection = isObjectType(type) ? ` { ${selectionOf(type, 2)} }` : '';
      const before = operationsCompiled();
      const answer = await expectSameAnswers(Role.ADMIN, `query Q_${field.name} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`);
      expect(operationsCompiled()).toBe(before + 1);
      if (!answer.errors) answered.push(field.name);
    }
    // Nearly all answer data (the rest refuse the sample arguments, alike).
    expect(answered.length).toBeGreaterThan(fields.length - 5);
  });

  it.each([Role.LEADERSHIP, Role.ACADEMY_STAFF, Role.RESERVE_COORDINATOR])('what %s may and may not read (fields hidden as null, lists refused)', async (role) => {
    const answer = await expectSameAnswers(role, `{ allReserveOfficers(perPage: 30) { id email phone upcomingAssignments { id deployment { startsAt } } homeDivision { name } } allDeployments(perPage: 5) { id } }`);
    expect(answer.errors?.length ?? 0).toBe(role === Role.ACADEMY_STAFF ? 1 : 0);
  });

  it('dashboards with variables as leadership, and introspection', async () => {
    const dashboards = `query Dashboards($from: LocalDate!, $to: LocalDate!) {
      me { email role }
      trainingCompliance { activeReserves fullyCurrent modules { code current expiring expired missing } }
      recruitmentFunnel(from: $from, to: $to) { recruits stages { stage reached inStageNow } }
      divisionCoverage(from: $from, to: $to) { scheduledHours divisions { divisionId name scheduledHours weeks { scheduledHours } } }
      reserveUtilization(from: $from, to: $to) { hours levels { level hours share } }
    }`;
    const answer = await expectSameAnswers(Role.LEADERSHIP, dashboards, { from: '2026-09-01', to: '2026-11-30' });
    expect(answer.errors).toBeUndefined();
    await expectSameAnswers(Role.ADMIN, getIntrospectionQuery(), {}, 'IntrospectionQuery');
  });

  it('aliases, fragments, variables in @skip and @include, and the operation named among several', async () => {
    const query = `
      query Other { allDivisions(perPage: 1) { id } }
      query Shaped($yes: Boolean!, $no: Boolean!, $status: ReserveStatus) {
        a: allReserveOfficers(perPage: 5, filter: { status: $status }) { ...Who when: createdAt @include(if: $yes) lastName @skip(if: $yes) }
        b: allReserveOfficers(perPage: 2, sortField: "lastName", sortOrder: "DESC") { __typename key: id homeDivision @include(if: $no) { name } }
      }
      fragment Who on ReserveOfficer { id badgeNumber level }`;
    await expectSameAnswers(Role.ADMIN, query, { yes: true, no: false, status: 'ACTIVE' }, 'Shaped');
  });

  it('aliases that name Object.prototype’s own properties: compiled, except a document with a __proto__ key', async () => {
    let before = operationsCompiled();
    await expectSameAnswers(Role.ADMIN, `query Keys { constructor: allDivisions(perPage: 2) { toString: name hasOwnProperty: areaId valueOf: id } }`);
    expect(operationsCompiled()).toBe(before + 1);
    before = operationsCompiled();
    const answer = await expectSameAnswers(Role.ADMIN, `query Proto { __proto__: allDivisions(perPage: 2) { constructor: id } valueOf: allDivisions(perPage: 1) { __proto__: bureau } }`);
    expect(operationsCompiled()).toBe(before);
    // JSON.parse makes `__proto__` an own key, as the answer holds it.
    const data = answer.data as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(data)).toEqual(['__proto__', 'valueOf']);
    expect(Object.keys(data['valueOf' as string][0])).toEqual(['__proto__']);
  });

  it('string literals that look like code, in arguments and in variables', async () => {
    const nasty = String.raw`x"); process.exit(1); ("` + '`${process.exit(1)}`\\\\</script>';
    for (const quoted of [JSON.stringify(nasty), JSON.stringify(`'${nasty}'`)]) {
      const answer = await expectSameAnswers(Role.ADMIN, `{ allDivisions(filter: { q: ${quoted} }) { id } allReserveOfficers(filter: { lastName: ${quoted} }) { id } }`);
      expect(answer.data).toEqual({ allDivisions: [], allReserveOfficers: [] });
    }
    await expectSameAnswers(Role.ADMIN, `query Q($q: String) { allDivisions(filter: { q: $q }) { id } }`, { q: nasty });
  });

  it('errors: a record not found, a rule broken, a unique key violated, an input refused', async () => {
    const notFound = await expectSameAnswers(Role.ADMIN, `{ ReserveOfficer(id: "999999") { id } }`);
    expect(notFound.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const taken = await expectSameAnswers(Role.ADMIN, `mutation { createDivision(areaId: 1, name: "Central", bureau: CENTRAL) { id } }`);
    expect(taken.errors?.[0].extensions.code).toBe('CONFLICT');
    const badDate = await expectSameAnswers(Role.ADMIN, `mutation { createDeployment(divisionId: "1", startsAt: "2026-12-01T10:00:00Z", endsAt: "2026-12-01T08:00:00Z", location: "Here", requiredHeadcount: 2) { id } }`);
    expect(badDate.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('variables refused before anything runs: 400 BAD_USER_INPUT naming the field, as graphql-js words it', async () => {
    const query = `query Refused($status: ReserveStatus, $from: LocalDate!, $to: LocalDate!) { allReserveOfficers(filter: { status: $status }) { id } divisionCoverage(from: $from, to: $to) { scheduledHours } }`;
    for (const variables of [
      { status: 'RETIRED_NOT_A_STATUS', from: '2026-11-01', to: '2026-11-30' },
      { status: 'ACTIVE', from: '2026-02-30', to: '2026-11-30' },
      { status: 'ACTIVE', from: null, to: '2026-11-30' },
    ]) {
      const { first, compiled, plain: expected } = await exchanges(Role.LEADERSHIP, query, variables, 'Refused');
      expect([expected.status, JSON.parse(expected.body).errors[0].extensions.code, expected.body]).toEqual([400, 'BAD_USER_INPUT', expect.any(String)]);
      expect([first, ...compiled]).toEqual([expected, expected, expected]);
    }
  });

  it('compiles an operation the second time it comes, not the first', async () => {
    const query = `query OnlyOnce { allDivisions(perPage: 2) { id areaId } }`;
    const cookie = api.cookie;
    const compiledNow = () => logLines.filter((line) => line.msg === 'query compiled' && line.operationName === 'OnlyOnce').length;
    await compiling.client(cookie).ok(query);
    expect(compiledNow()).toBe(0);
    await compiling.client(cookie).ok(query);
    await compiling.client(cookie).ok(query);
    expect(compiledNow()).toBe(1);
  });
});
