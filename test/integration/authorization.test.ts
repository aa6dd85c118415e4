import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_EXTENSION, PUBLIC, Role } from '../../server/src/common/access.js';
import { buildAppSchema } from '../../server/src/schema.js';
import { firstError, startTestApi, type Client, type TestApi } from '../support/api.js';
import { aRecruit, aReserve } from '../support/builders.js';

type Operation = { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown>; allow: string[] };

let api: TestApi;
let operations: Operation[];
const ROLES = Object.values(Role);

/** A value of the argument's type, enough to get past validation (the record need not exist). */
function sampleOf(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isInputObjectType(inner)) return {};
  if (isEnumType(inner)) return inner.getValues()[0].value;
  const samples: Record<string, unknown> = {
    ID: '999999',
    String: 'sample text',
    Int: 1,
    Float: 1,
    Boolean: true,
    LocalDate: '2026-01-05',
    DateTimeISO: '2026-01-05T08:00:00Z',
  };
  return samples[getNamedType(inner).name] ?? 'sample';
}

/** One request for the operation, with its required arguments filled in. */
function requestFor({ kind, field }: Operation) {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passing = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sampleOf(arg.type)])),
  };
}

async function codeFor(client: Client, operation: Operation): Promise<string | undefined> {
  const { query, variables } = requestFor(operation);
  const result = await client.gql(query, variables);
  return result.errors?.[0]?.extensions?.code as string | undefined;
}

function fieldsOf(kind: Operation['kind'], type: GraphQLObjectType | null | undefined): Operation[] {
  return Object.values(type?.getFields() ?? {}).map((field) => ({
    kind,
    field,
    allow: (field.extensions[ACCESS_EXTENSION] as string[] | undefined) ?? [],
  }));
}

const allowed = (name: string) => operations.find((op) => op.field.name === name)!.allow;

beforeAll(async () => {
  api = await startTestApi();
  const schema = await buildAppSchema();
  operations = [...fieldsOf('query', schema.getQueryType()), ...fieldsOf('mutation', schema.getMutationType())];
});
afterAll(() => api.close());

describe('authorization: default deny', () => {
  it('declares the roles of every query and mutation in the schema', () => {
    const undeclared = operations.filter((op) => op.allow.length === 0).map((op) => op.field.name);
    expect(undeclared).toEqual([]);
    expect(operations.length).toBeGreaterThan(60);
  });

  it('answers every protected operation UNAUTHENTICATED to a caller who is not signed in', async () => {
    for (const operation of operations.filter((op) => !op.allow.includes(PUBLIC))) {
      expect([operation.field.name, await codeFor(api.anonymous, operation)]).toEqual([operation.field.name, 'UNAUTHENTICATED']);
    }
  });

  it('lets each role through exactly the operations that name it, and answers FORBIDDEN to the others', async () => {
    // logout would end the session the rest of the walk uses; the sessions suite covers it.
    const checked = operations.filter((op) => op.field.name !== 'logout');
    for (const role of ROLES) {
      const client = await api.as(role);
      for (const operation of checked) {
        const code = await codeFor(client, operation);
        const mayCall = operation.allow.includes(PUBLIC) || operation.allow.includes(role);
        const denied = code === 'FORBIDDEN' || (code === 'UNAUTHENTICATED' && operation.field.name !== 'login');
        expect({ role, operation: operation.field.name, denied }).toEqual({ role, operation: operation.field.name, denied: !mayCall });
      }
    }
  });
});

describe('authorization: the role matrix', () => {
  const mutations = () => operations.filter((op) => op.kind === 'mutation' && !op.allow.includes(PUBLIC));
  const writers = (resource: string) => allowed(`create${resource}`);

  it('lets leadership read everything and change nothing but its own password', () => {
    const reads = operations.filter((op) => op.kind === 'query' && !op.allow.includes(PUBLIC));
    const unreadable = reads.filter((op) => !op.allow.includes(Role.LEADERSHIP)).map((op) => op.field.name);
    expect(unreadable.sort()).toEqual(['AuditEvent', 'User', '_allAuditEventsMeta', '_allUsersMeta', 'allAuditEvents', 'allUsers']);
    const changes = mutations().filter((op) => op.allow.includes(Role.LEADERSHIP)).map((op) => op.field.name);
    expect(changes).toEqual(['changePassword']);
  });

  it('gives academy staff the curriculum, academy classes and training records, and coordinators the rest', () => {
    for (const resource of ['CurriculumModule', 'AcademyClass', 'TrainingRecord']) {
      expect([resource, writers(resource)]).toEqual([resource, [Role.ADMIN, Role.ACADEMY_STAFF]]);
    }
    for (const resource of ['Recruit', 'ReserveOfficer', 'Deployment']) {
      expect([resource, writers(resource)]).toEqual([resource, [Role.ADMIN, Role.RESERVE_COORDINATOR]]);
    }
    // Coordinators assign through the rules; raw assignment writes are an administrator's data corrections.
    for (const operation of ['assignReserve', 'unassignReserve', 'setAssignmentStatus', 'publishDeployment', 'cancelDeployment', 'completeDeployment']) {
      expect([operation, allowed(operation)]).toEqual([operation, [Role.ADMIN, Role.RESERVE_COORDINATOR]]);
    }
    // Coordinators own the recruitment pipeline, from the first stage move to the appointment.
    for (const operation of ['moveRecruitToStage', 'correctRecruitStage', 'recordWrittenTest', 'appointReserve', 'importRecruits']) {
      expect([operation, allowed(operation)]).toEqual([operation, [Role.ADMIN, Role.RESERVE_COORDINATOR]]);
    }
    expect(writers('Assignment')).toEqual([Role.ADMIN]);
    expect(allowed('allRecruits')).toContain(Role.ACADEMY_STAFF);
    expect(allowed('allReserveOfficers')).toContain(Role.ACADEMY_STAFF);
    expect(allowed('allCurriculumModules')).toContain(Role.RESERVE_COORDINATOR);
  });

  it('leaves accounts and the audit log to administrators alone', () => {
    const adminOnly = operations.filter((op) => /User|AuditEvent/.test(op.field.name) && op.field.name !== 'changePassword');
    expect(adminOnly.length).toBeGreaterThanOrEqual(9);
    for (const operation of adminOnly) expect([operation.field.name, operation.allow]).toEqual([operation.field.name, [Role.ADMIN]]);
  });
});

describe('authorization: personal contact details', () => {
  it('shows leadership a recruit and a reserve without email, phone or address', async () => {
    const recruit = await aRecruit(api, { email: 'private.person@example.org', phone: '+1 213 555 0100', address: '100 W 1st St' });
    const reserve = await aReserve(api, { email: 'reserve.person@example.org', phone: '+1 213 555 0101' });
    const leadership = await api.as(Role.LEADERSHIP);
    const seen = await leadership.ok(
      `query($r: ID!, $o: ID!) { Recruit(id: $r) { firstName email phone address } ReserveOfficer(id: $o) { badgeNumber email phone address } }`,
      { r: recruit.id, o: reserve.id },
    );
    expect(seen.Recruit).toMatchObject({ email: null, phone: null, address: null });
    expect(seen.Recruit.firstName).toBeTruthy();
    expect(seen.ReserveOfficer).toMatchObject({ email: null, phone: null, address: null });
    const coordinator = await api.as(Role.RESERVE_COORDINATOR);
    const full = await coordinator.ok(`query($r: ID!) { Recruit(id: $r) { email } }`, { r: recruit.id });
    expect(full.Recruit.email).toBe('private.person@example.org');
  });

  it('refuses leadership a filter or sort on contact details, and leaves them out of its text search', async () => {
    const leadership = await api.as(Role.LEADERSHIP);
    const filtered = await leadership.gql(`query($f: RecruitFilter) { allRecruits(filter: $f) { id } }`, { f: { email: 'private.person@example.org' } });
    expect(firstError(filtered).code).toBe('FORBIDDEN');
    const sorted = await leadership.gql(`{ allRecruits(sortField: "email") { id } }`);
    expect(firstError(sorted).code).toBe('FORBIDDEN');
    const searched = await leadership.ok(`query($f: RecruitFilter) { _allRecruitsMeta(filter: $f) { count } }`, { f: { q: 'private.person' } });
    expect(searched._allRecruitsMeta.count).toBe(0);
    const bySomeoneElse = await api.ok(`query($f: RecruitFilter) { _allRecruitsMeta(filter: $f) { count } }`, { f: { q: 'private.person' } });
    expect(bySomeoneElse._allRecruitsMeta.count).toBe(1);
  });

  it("hides a reserve's assignments from academy staff, who do not read the schedule", async () => {
    const reserve = await aReserve(api);
    const academy = await api.as(Role.ACADEMY_STAFF);
    const seen = await academy.ok(`query($id: ID!) { ReserveOfficer(id: $id) { id assignments { id } } }`, { id: reserve.id });
    expect(seen.ReserveOfficer.assignments).toBeNull();
  });
});
