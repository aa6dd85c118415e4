import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataStatements, startTestApi, type TestApi } from '../support/api.js';
import { divisionWithReserves, insertDeployments, insertRows } from '../support/rows.js';

let api: TestApi;

const PAGE = `query Page($perPage: Int!) {
  allDeployments(perPage: $perPage, sortField: "startsAt", sortOrder: "ASC") {
    id division { name } assignments { status reserve { badgeNumber lastName } }
  }
}`;

/** The statements PostgreSQL received for one query's data (`dataStatements`). */
async function statementsFor(query: string, variables: Record<string, unknown>) {
  api.statements.length = 0;
  const data = await api.ok(query, variables);
  return { data, count: dataStatements(api).length };
}

const DAY = 86_400_000;
const future = (days: number, hour: number) => new Date(Date.UTC(2031, 0, 6) + days * DAY + hour * 3_600_000).toISOString();

beforeAll(async () => {
  api = await startTestApi();
  // 120 deployments over 12 divisions, 3 reserves on each: every nested list has rows.
  for (let area = 1; area <= 12; area++) {
    const { divisionId, reserveIds } = await divisionWithReserves(api.db, 3, area);
    const deployments = await insertDeployments(
      api.db,
      divisionId,
      Array.from({ length: 10 }, (_, day) => [`2026-12-${String(day + 1).padStart(2, '0')}T08:00:00Z`, `2026-12-${String(day + 1).padStart(2, '0')}T12:00:00Z`]),
    );
    await insertRows(
      api.db,
      'assignment',
      deployments.flatMap((deploymentId) => reserveIds.map((reserveId) => ({ deployment_id: deploymentId, reserve_id: reserveId }))),
    );
    // Upcoming duties too (2031), for ReserveOfficer.upcomingAssignments.
    const ahead = await insertDeployments(api.db, divisionId, [[future(area, 8), future(area, 12)]]);
    await insertRows(api.db, 'assignment', reserveIds.map((reserveId) => ({ deployment_id: ahead[0], reserve_id: reserveId, status: 'CONFIRMED' })));
  }

  // The academy side: modules, two classes of recruits at ACADEMY with their history, tests and training.
  const moduleIds = await insertRows(
    api.db,
    'curriculum_module',
    ['BATCH-ETHICS', 'BATCH-DEESC', 'BATCH-FIRSTAID'].map((code, i) => ({
      code,
      title: `Module ${code}`,
      category: 'RESPECT_AND_VALUES',
      requirement_source: 'POST',
      hours: 4 + i,
      passing_score: 70,
      required_for_levels: '{LEVEL_I,LEVEL_II,LEVEL_III}',
      recertification_months: i === 0 ? null : 24,
    })),
  );
  const [divisionId] = (await api.db.query(`SELECT id FROM division ORDER BY id LIMIT 1`)) as { id: number }[];
  const classIds = await insertRows(
    api.db,
    'academy_class',
    [1, 2].map((n) => ({ name: `Class ${n}`, module_level: 'MODULE_III', starts_on: '2026-01-05', ends_on: '2026-06-30', status: 'IN_SESSION' })),
  );
  const recruitIds = await insertRows(
    api.db,
    'recruit',
    Array.from({ length: 16 }, (_, i) => ({
      first_name: `Recruit${i}`,
      last_name: `Batch${String(i).padStart(2, '0')}`,
      email: `recruit${i}@batch.example`,
      target_level: 'LEVEL_I',
      source: 'WEB',
      preferred_division_id: divisionId.id,
      stage: 'ACADEMY',
      academy_class_id: classIds[i % 2],
    })),
  );
  await insertRows(
    api.db,
    'recruit_stage_change',
    recruitIds.flatMap((recruitId) => [
      { recruit_id: recruitId, from_stage: null, to_stage: 'PROSPECT', changed_by: 'batch' },
      { recruit_id: recruitId, from_stage: 'PROSPECT', to_stage: 'ORIENTATION', changed_by: 'batch' },
    ]),
  );
  await insertRows(api.db, 'written_test_attempt', recruitIds.map((recruitId) => ({ recruit_id: recruitId, taken_on: '2025-11-03', score: 82, passed: true })));
  const reserveIds = ((await api.db.query(`SELECT id FROM reserve_officer ORDER BY id`)) as { id: number }[]).map((row) => row.id);
  await insertRows(
    api.db,
    'training_record',
    recruitIds.flatMap((recruitId) => moduleIds.slice(0, 2).map((moduleId) => ({ module_id: moduleId, recruit_id: recruitId, completed_on: '2026-02-02', score: 88, passed: true, hours: 4 }))),
  );
  await insertRows(
    api.db,
    'training_record',
    reserveIds.flatMap((reserveId) => moduleIds.map((moduleId) => ({ module_id: moduleId, reserve_id: reserveId, completed_on: '2025-06-02', score: 91, passed: true, hours: 4 }))),
  );
  await insertRows(
    api.db,
    'audit_event',
    Array.from({ length: 20 }, (_, i) => ({ occurred_at: new Date(Date.UTC(2026, 0, 1, 0, i)), action: 'UPDATE', entity_type: 'Recruit', entity_id: String(recruitIds[i % recruitIds.length]), before: { stage: 'PROSPECT' }, after: { stage: 'ORIENTATION' }, outcome: 'SUCCESS' })),
  );
  await insertRows(
    api.db,
    'app_user',
    Array.from({ length: 8 }, (_, i) => ({ email: `staff${i}@batch.example`, name: `Staff ${i}`, role: 'RESERVE_COORDINATOR', password_hash: 'not a hash: never signs in' })),
  );
});
afterAll(() => api.close());

describe('batching: nested lists load one statement per level', () => {
  it('sends as many statements for a page of 100 deployments as for a page of 10', async () => {
    const small = await statementsFor(PAGE, { perPage: 10 });
    const large = await statementsFor(PAGE, { perPage: 100 });

    expect(small.data.allDeployments).toHaveLength(10);
    expect(large.data.allDeployments).toHaveLength(100);
    expect(large.data.allDeployments[99].assignments).toHaveLength(3);
    expect(large.data.allDeployments[99].assignments[0].reserve.badgeNumber).toMatch(/^\d+$/);
    // one statement: the page builds its divisions, assignments and reserves in PostgreSQL (look-ahead,
    // server/src/common/prefetch.ts; the session's statements are not counted)
    expect(small.count).toBe(1);
    expect(large.count).toBe(small.count);
  });
});

/**
 * Every list the admin reads, with the relation and computed fields its screens show. The number of
 * statements for a page must not grow with the page: each level is one batched statement.
 */
const LISTS: { list: string; selection: string; small: number; large: number; nested: (row: Record<string, any>) => unknown }[] = [
  { list: 'allDivisions', selection: 'id name areaId bureau weeklyTargetHours', small: 2, large: 12, nested: (row) => row.name },
  { list: 'allCurriculumModules', selection: 'id code requiredForLevels recertificationMonths', small: 1, large: 3, nested: (row) => row.requiredForLevels[0] },
  { list: 'allUsers', selection: 'id email role active lastLoginAt', small: 2, large: 10, nested: (row) => row.email },
  { list: 'allAuditEvents', selection: 'id action entityType entityId before after occurredAt', small: 2, large: 20, nested: (row) => row.action },
  {
    list: 'allRecruits',
    selection: `id lastName stage daysInStage allowedStages preferredDivision { name } academyClass { name }
      stageHistory { toStage changedAt } trainingRecords { passed module { code } } writtenTests { score retakeAllowedFrom }
      trainingStatus { compliant modules { status module { code } } }`,
    small: 2,
    large: 16,
    nested: (row) => row.trainingStatus.modules[0].module.code && row.stageHistory[1].toStage && row.trainingRecords[0].module.code && row.writtenTests[0].score,
  },
  { list: 'allRecruitStageChanges', selection: 'id toStage recruit { lastName academyClass { name } }', small: 2, large: 32, nested: (row) => row.recruit.academyClass.name },
  {
    list: 'allAcademyClasses',
    selection: 'id name recruits { lastName } roster { percentComplete recruit { lastName } modules { status module { code } } }',
    small: 1,
    large: 2,
    nested: (row) => row.recruits[0].lastName && row.roster[0].modules[0].module.code,
  },
  {
    list: 'allTrainingRecords',
    selection: 'id passed module { code title } recruit { lastName } reserve { badgeNumber homeDivision { name } }',
    // The first 32 records are recruits', the rest reserves': both pages reach both.
    small: 40,
    large: 140,
    nested: (row) => row.module.code && (row.recruit?.lastName ?? row.reserve.homeDivision.name),
  },
  {
    list: 'allReserveOfficers',
    selection: `id badgeNumber lastName homeDivision { name } recruit { lastName } trainingRecords { passed module { code } }
      assignments { status deployment { startsAt } } upcomingAssignments { status deployment { startsAt division { name } } }
      hoursThisMonth meetsMonthlyMinimum trainingStatus { compliant cptHoursLast24Months modules { status module { code } } } calendarFeedUrl`,
    small: 2,
    large: 36,
    nested: (row) => row.homeDivision.name && row.trainingRecords[0].module.code && row.assignments[0].deployment.startsAt && row.upcomingAssignments[0].deployment.division.name && row.trainingStatus.modules[0].module.code,
  },
  {
    list: 'allDeployments',
    selection: 'id durationHours division { name } assignments { status reserve { badgeNumber homeDivision { name } } }',
    small: 2,
    large: 100,
    nested: (row) => row.division.name && row.assignments[0].reserve.homeDivision.name,
  },
  {
    list: 'allAssignments',
    selection: 'id status deployment { startsAt division { name } } reserve { lastName homeDivision { name } }',
    small: 2,
    large: 200,
    nested: (row) => row.deployment.division.name && row.reserve.homeDivision.name,
  },
];

describe('batching: every admin list answers with as many statements for a large page as for a small one', () => {
  it.each(LISTS)('$list', async ({ list, selection, small, large, nested }) => {
    const query = `query Page($perPage: Int!) { ${list}(perPage: $perPage) { ${selection} } }`;
    const few = await statementsFor(query, { perPage: small });
    const many = await statementsFor(query, { perPage: large });

    expect(few.data[list]).toHaveLength(small);
    expect(many.data[list]).toHaveLength(large);
    for (const row of many.data[list]) expect(nested(row)).toBeTruthy();
    expect(many.count).toBe(few.count);
  });
});
