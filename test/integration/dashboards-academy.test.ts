import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { firstError, startTestApi, type Client, type TestApi } from '../support/api.js';
import { aDivisionRow, aModuleRow, aReserveRow, recruitWithHistory, trainingRows } from '../support/dashboard-rows.js';
import { insertRows } from '../support/rows.js';

/** 15 March 2026 in Los Angeles. */
const clock = fixedClock('2026-03-15T19:00:00Z');
let api: TestApi;
let leadership: Client;
const ids: Record<string, number> = {};

const PROGRESS = `query($id: ID) {
  academyProgress(academyClassId: $id) {
    asOf
    classes {
      academyClassId name moduleLevel status startsOn endsOn recruits requiredModules elapsedShare expectedModules completionRate behindCount
      modules { moduleId code passed attempted completionRate averageScore }
      behindSchedule { recruitId lastName stage completedModules }
    }
  }
}`;

async function aClass(name: string, moduleLevel: string, status: string, startsOn: string, endsOn: string) {
  const [id] = await insertRows(api.db, 'academy_class', [{ name, module_level: moduleLevel, status, starts_on: startsOn, ends_on: endsOn }]);
  return id;
}

async function aCadet(lastName: string, academyClassId: number, stage = 'ACADEMY', exitReason?: string) {
  const moves: [string, string][] = [['ACADEMY', '2025-05-20T10:00:00-07:00']];
  if (stage !== 'ACADEMY') moves.push([stage, '2026-02-01T10:00:00-08:00']);
  return recruitWithHistory(api.db, moves, { academyClassId, lastName, exitReason });
}

beforeAll(async () => {
  api = await startTestApi({ clock });
  leadership = await api.as(Role.LEADERSHIP);
  const db = api.db;
  ids.A1 = await aModuleRow(db, 'A1', ['LEVEL_III', 'LEVEL_II', 'LEVEL_I'], null);
  ids.A2 = await aModuleRow(db, 'A2', ['LEVEL_III'], 36);
  ids.A3 = await aModuleRow(db, 'A3', ['LEVEL_II'], null);
  ids.A4 = await aModuleRow(db, 'A4', ['LEVEL_I'], null);
  await aModuleRow(db, 'A5-RETIRED', ['LEVEL_III'], null, false);

  // Module III, 1 January to 1 May (120 days), 73 days in on 15 March: on schedule means 2 x 73/120 = 1.22 modules.
  ids.C3 = await aClass('Class 2026-A, Module III', 'MODULE_III', 'IN_SESSION', '2026-01-01', '2026-05-01');
  ids.adams = await aCadet('Adams', ids.C3);
  ids.baker = await aCadet('Baker', ids.C3);
  ids.clark = await aCadet('Clark', ids.C3);
  ids.davis = await aCadet('Davis', ids.C3, 'APPOINTED');
  const davisReserve = await aReserveRow(db, { divisionId: await aDivisionRow(db, 1), recruitId: ids.davis });
  // Module II starting today: nobody is behind yet.
  ids.C2 = await aClass('Class 2026-B, Module II', 'MODULE_II', 'IN_SESSION', '2026-03-15', '2026-09-15');
  ids.evans = await aCadet('Evans', ids.C2);
  // A finished Module III class: everyone should have both modules by now.
  ids.C0 = await aClass('Class 2025-A, Module III', 'MODULE_III', 'COMPLETED', '2025-06-01', '2025-10-01');
  ids.fox = await aCadet('Fox', ids.C0, 'APPOINTED');
  ids.gray = await aCadet('Gray', ids.C0, 'WITHDRAWN', 'Moved out of state');
  // A cancelled Module I class, shown only when asked for.
  ids.C1 = await aClass('Class 2026-C, Module I', 'MODULE_I', 'CANCELLED', '2026-02-01', '2026-08-01');

  const { A1, A2 } = ids;
  await trainingRows(db, [
    // Adams: both passed; a failed retake of A2 after the pass keeps it passed, and is the latest score.
    { recruitId: ids.adams, moduleId: A1, completedOn: '2026-01-20', score: 90 },
    { recruitId: ids.adams, moduleId: A2, completedOn: '2026-02-01', score: 80, expiresOn: '2029-02-01' },
    { recruitId: ids.adams, moduleId: A2, completedOn: '2026-03-01', score: 50, passed: false },
    // Baker: failed A1, then passed it.
    { recruitId: ids.baker, moduleId: A1, completedOn: '2026-01-20', score: 60, passed: false },
    { recruitId: ids.baker, moduleId: A1, completedOn: '2026-02-10', score: 85 },
    // Davis: A2 on the record of the reserve appointed from them; an A1 pass dated after today does not count.
    { reserveId: davisReserve, moduleId: A2, completedOn: '2026-02-20', score: 75, expiresOn: '2029-02-20' },
    { recruitId: ids.davis, moduleId: A1, completedOn: '2026-04-01', score: 95 },
    { recruitId: ids.fox, moduleId: A1, completedOn: '2025-07-01', score: 88 },
    { recruitId: ids.fox, moduleId: A2, completedOn: '2025-08-01', score: 92, expiresOn: '2028-08-01' },
    { recruitId: ids.gray, moduleId: A1, completedOn: '2025-07-01', score: 70 },
  ]);
});
afterAll(() => api.close());

const mod = (key: string, passed: number, attempted: number, completionRate: number | null, averageScore: number | null) => ({
  moduleId: String(ids[key]),
  code: key,
  passed,
  attempted,
  completionRate,
  averageScore,
});
const behind = (key: string, lastName: string, stage: string, completedModules: number) => ({ recruitId: String(ids[key]), lastName, stage, completedModules });

describe('academyProgress: completion and scores per class and module, and who is behind schedule', () => {
  it('lists the classes not cancelled, latest first, with their modules (as the roster) and the recruits behind', async () => {
    const { academyProgress: result } = await leadership.ok(PROGRESS);
    expect(result.asOf).toBe('2026-03-15');
    expect(result.classes.map((c: { academyClassId: string }) => Number(c.academyClassId))).toEqual([ids.C2, ids.C3, ids.C0]);
    const [moduleII, moduleIII, finished] = result.classes;

    expect({ ...moduleIII, modules: undefined, behindSchedule: undefined }).toEqual({
      academyClassId: String(ids.C3),
      name: 'Class 2026-A, Module III',
      moduleLevel: 'MODULE_III',
      status: 'IN_SESSION',
      startsOn: '2026-01-01',
      endsOn: '2026-05-01',
      recruits: 4,
      requiredModules: 2,
      elapsedShare: 0.6083, // 73 of 120 days
      expectedModules: 1.22,
      completionRate: 0.5, // 4 passes of 8
      behindCount: 3,
    });
    expect(moduleIII.modules).toEqual([
      mod('A1', 2, 2, 0.5, 87.5), // Adams 90, Baker 85 (the pass after the fail)
      mod('A2', 2, 2, 0.5, 62.5), // Adams 50 (the failed retake is the latest score), Davis 75
    ]);
    // Fewer than 1.22 modules passed: one each, or none.
    expect(moduleIII.behindSchedule).toEqual([behind('baker', 'Baker', 'ACADEMY', 1), behind('clark', 'Clark', 'ACADEMY', 0), behind('davis', 'Davis', 'APPOINTED', 1)]);

    expect(moduleII).toMatchObject({ recruits: 1, requiredModules: 3, elapsedShare: 0, expectedModules: 0, completionRate: 0, behindCount: 0, behindSchedule: [] });
    expect(moduleII.modules).toEqual([mod('A1', 0, 0, 0, null), mod('A2', 0, 0, 0, null), mod('A3', 0, 0, 0, null)]);

    expect(finished).toMatchObject({ recruits: 2, elapsedShare: 1, expectedModules: 2, completionRate: 0.75, behindCount: 1 });
    expect(finished.modules).toEqual([mod('A1', 2, 2, 1, 79), mod('A2', 1, 1, 0.5, 92)]);
    expect(finished.behindSchedule).toEqual([behind('gray', 'Gray', 'WITHDRAWN', 1)]);
  });

  it('agrees with the class roster on each recruit’s modules passed', async () => {
    const { AcademyClass } = await api.ok(`query($id: ID!) { AcademyClass(id: $id) { roster { recruit { id } completedModules } } }`, { id: String(ids.C3) });
    const passed = Object.fromEntries(AcademyClass.roster.map((r: { recruit: { id: string }; completedModules: number }) => [r.recruit.id, r.completedModules]));
    expect(passed).toEqual({ [ids.adams]: 2, [ids.baker]: 1, [ids.clark]: 0, [ids.davis]: 1 });
  });

  it('answers one class when asked, a cancelled one included, without recruits', async () => {
    const { academyProgress: result } = await leadership.ok(PROGRESS, { id: String(ids.C1) });
    expect(result.classes).toHaveLength(1);
    expect({ ...result.classes[0], modules: undefined }).toMatchObject({
      status: 'CANCELLED',
      recruits: 0,
      requiredModules: 4,
      elapsedShare: 0.232, // 42 of 181 days
      expectedModules: 0.93,
      completionRate: null,
      behindCount: 0,
      behindSchedule: [],
    });
    expect(result.classes[0].modules.map((m: { completionRate: number | null }) => m.completionRate)).toEqual([null, null, null, null]);
  });

  it('refuses an unknown class as bad input naming academyClassId', async () => {
    const error = firstError(await leadership.gql(PROGRESS, { id: '999999' }));
    expect([error.code, error.extensions.field]).toEqual(['BAD_USER_INPUT', 'academyClassId']);
  });
});
