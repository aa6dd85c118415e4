import type { TestApi } from './api.js';
import { answer, createOne } from './react-admin.js';

/**
 * Test data made through the API, as a client would make it: sensible defaults, any field
 * overridable, unique values from a counter so records made in one test file never collide.
 * Records a builder needs (a division for a reserve, a module for a training record) are made
 * by the builder unless the test names them. Each builder answers the created record's fields.
 */

type Overrides = Record<string, unknown>;
type Created = Record<string, any>;

let counter = 0;
/** A number no other builder call in this test file has had. */
export const unique = () => ++counter;

// Area ids are unique and 1-99; builders count down from 99 so tests can pick small ones themselves.
let nextAreaId = 100;

export async function aDivision(api: TestApi, overrides: Overrides = {}): Promise<Created> {
  const n = unique();
  const areaId = overrides.areaId ?? --nextAreaId;
  return answer(await createOne(api, 'Division', { areaId, name: `Division ${n}`, bureau: 'CENTRAL', ...overrides }));
}

export async function aReserve(api: TestApi, overrides: Overrides = {}): Promise<Created> {
  const n = unique();
  const homeDivisionId = overrides.homeDivisionId ?? (await aDivision(api)).id;
  return answer(
    await createOne(api, 'ReserveOfficer', {
      badgeNumber: `R${String(n).padStart(5, '0')}`,
      firstName: 'Pat',
      lastName: `Reserve${n}`,
      level: 'LEVEL_I',
      homeDivisionId,
      appointedOn: '2020-01-15',
      priorService: 'ACADEMY_GRADUATE',
      ...overrides,
    }),
  );
}

export async function aRecruit(api: TestApi, overrides: Overrides = {}): Promise<Created> {
  const n = unique();
  return answer(
    await createOne(api, 'Recruit', {
      firstName: 'Sam',
      lastName: `Recruit${n}`,
      email: `recruit${n}@example.org`,
      targetLevel: 'LEVEL_II',
      source: 'WEB',
      ...overrides,
    }),
  );
}

export async function anAcademyClass(api: TestApi, overrides: Overrides = {}): Promise<Created> {
  const n = unique();
  return answer(
    await createOne(api, 'AcademyClass', {
      name: `Class ${n}`,
      moduleLevel: 'MODULE_III',
      startsOn: '2026-01-05',
      endsOn: '2026-06-30',
      ...overrides,
    }),
  );
}

export async function aModule(api: TestApi, overrides: Overrides = {}): Promise<Created> {
  const n = unique();
  return answer(
    await createOne(api, 'CurriculumModule', {
      code: `MOD-${n}`,
      title: `Module ${n}`,
      category: 'RESPECT_AND_VALUES',
      requirementSource: 'POST',
      hours: 4,
      passingScore: 80,
      ...overrides,
    }),
  );
}

/** A reserve's completion, unless the test names a recruit (or a reserve) as the trainee. */
export async function aTrainingRecord(api: TestApi, overrides: Overrides = {}): Promise<Created> {
  const moduleId = overrides.moduleId ?? (await aModule(api)).id;
  const namesTrainee = 'recruitId' in overrides || 'reserveId' in overrides;
  const trainee = namesTrainee ? {} : { reserveId: (await aReserve(api)).id };
  return answer(
    await createOne(api, 'TrainingRecord', {
      moduleId,
      ...trainee,
      completedOn: '2026-01-10',
      passed: true,
      score: 90,
      hours: 4,
      ...overrides,
    }),
  );
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Four hours on a day of its own (from 1 April 2026), so default deployments never overlap. */
export async function aDeployment(api: TestApi, overrides: Overrides = {}): Promise<Created> {
  const n = unique();
  const divisionId = overrides.divisionId ?? (await aDivision(api)).id;
  const startsAt = Date.UTC(2026, 3, 1, 1, 0) + n * DAY;
  return answer(
    await createOne(api, 'Deployment', {
      divisionId,
      location: `Patrol area ${n}`,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 4 * HOUR).toISOString(),
      ...overrides,
    }),
  );
}

export async function anAssignment(api: TestApi, overrides: Overrides = {}): Promise<Created> {
  const deploymentId = overrides.deploymentId ?? (await aDeployment(api)).id;
  const reserveId = overrides.reserveId ?? (await aReserve(api)).id;
  return answer(await createOne(api, 'Assignment', { deploymentId, reserveId, ...overrides }));
}

/**
 * A reserve who may go on patrol as far as training goes: 24 hours of continuing training passed on
 * 10 January 2026 (a module no level requires), so CPT is met for duties in 2026.
 */
export async function aQualifiedReserve(api: TestApi, overrides: Overrides = {}): Promise<Created> {
  const reserve = await aReserve(api, overrides);
  await aTrainingRecord(api, { reserveId: reserve.id, hours: 24, completedOn: '2026-01-10' });
  return reserve;
}
