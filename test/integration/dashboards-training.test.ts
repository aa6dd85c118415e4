import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/common/access.js';
import { fixedClock } from '../../server/src/common/clock.js';
import { firstError, startTestApi, type Client, type TestApi } from '../support/api.js';
import { aDivisionRow, aModuleRow, aReserveRow, trainingRows } from '../support/dashboard-rows.js';

/** Noon on 15 June 2026 in Los Angeles; EXPIRING means within 60 days; CPT is 24 hours in 24 months. */
const clock = fixedClock('2026-06-15T19:00:00Z');
let api: TestApi;
let leadership: Client;
const ids: Record<string, number> = {};

const COMPLIANCE = `query($asOf: LocalDate, $divisionId: ID) {
  trainingCompliance(asOf: $asOf, divisionId: $divisionId) {
    asOf divisionId activeReserves fullyCurrent share owingCpt cptShort
    modules { moduleId code reservesRequired current expiring expired missing }
    divisions { divisionId areaId name activeReserves fullyCurrent share }
  }
}`;

beforeAll(async () => {
  api = await startTestApi({ clock });
  leadership = await api.as(Role.LEADERSHIP);
  const db = api.db;
  ids.A = await aDivisionRow(db, 1, 12, 'Alpha');
  ids.B = await aDivisionRow(db, 2, 12, 'Bravo');
  ids.C = await aDivisionRow(db, 3, 12, 'Charlie');
  ids.M1 = await aModuleRow(db, 'M1', ['LEVEL_I', 'LEVEL_II', 'LEVEL_III'], 24);
  ids.M2 = await aModuleRow(db, 'M2', ['LEVEL_I', 'LEVEL_II'], null);
  ids.RETIRED = await aModuleRow(db, 'M3-RETIRED', ['LEVEL_I', 'LEVEL_II', 'LEVEL_III'], null, false);
  ids.CPT = await aModuleRow(db, 'M4-CPT', [], null);
  const { M1, M2, CPT } = ids;

  // RA1, Level I: current; a failed M1 attempt after the pass does not undo it; CPT 8 + 16 = 24.
  ids.RA1 = await aReserveRow(db, { divisionId: ids.A, level: 'LEVEL_I' });
  // RA2, Level I: M1 expires 1 July (within 60 days: EXPIRING, still current); CPT 8 + 8 + 8.
  ids.RA2 = await aReserveRow(db, { divisionId: ids.A, level: 'LEVEL_I' });
  // RA3, Level II: M1 expires on the day itself: EXPIRED. Its pass on 15 June 2024 is outside the CPT period.
  ids.RA3 = await aReserveRow(db, { divisionId: ids.A, level: 'LEVEL_II' });
  // RA4, Level II: failed M2, never passed it: MISSING.
  ids.RA4 = await aReserveRow(db, { divisionId: ids.B, level: 'LEVEL_II' });
  // RA5, Level I: modules current, but 20 CPT hours (10 more on 15 June 2024, one day too early).
  ids.RA5 = await aReserveRow(db, { divisionId: ids.B, level: 'LEVEL_I' });
  // RA6, Level III: M1 only, two passes on one day, the longer one counts; owes no CPT.
  ids.RA6 = await aReserveRow(db, { divisionId: ids.B, level: 'LEVEL_III' });
  // RA7, Specialist: nothing required.
  ids.RA7 = await aReserveRow(db, { divisionId: ids.B, level: 'SPECIALIST', monthlyMinimumHours: 0 });
  // RA8: inactive, not counted. RA9, Level I: M1 expired in 2025, a new pass only on 1 July 2026.
  ids.RA8 = await aReserveRow(db, { divisionId: ids.A, level: 'LEVEL_I', status: 'INACTIVE' });
  ids.RA9 = await aReserveRow(db, { divisionId: ids.B, level: 'LEVEL_I' });

  await trainingRows(db, [
    { reserveId: ids.RA1, moduleId: M1, completedOn: '2025-01-10', expiresOn: '2027-01-10' },
    { reserveId: ids.RA1, moduleId: M1, completedOn: '2026-01-01', passed: false, score: 40 },
    { reserveId: ids.RA1, moduleId: M2, completedOn: '2024-01-01' },
    { reserveId: ids.RA1, moduleId: CPT, completedOn: '2025-03-01', hours: 16 },
    { reserveId: ids.RA2, moduleId: M1, completedOn: '2024-07-01', expiresOn: '2026-07-01' },
    { reserveId: ids.RA2, moduleId: M2, completedOn: '2024-08-01' },
    { reserveId: ids.RA2, moduleId: CPT, completedOn: '2025-01-01' },
    { reserveId: ids.RA3, moduleId: M1, completedOn: '2024-06-15', expiresOn: '2026-06-15' },
    { reserveId: ids.RA3, moduleId: M2, completedOn: '2025-01-01' },
    { reserveId: ids.RA3, moduleId: CPT, completedOn: '2025-02-01', hours: 16 },
    { reserveId: ids.RA4, moduleId: M1, completedOn: '2025-05-01', expiresOn: '2027-05-01' },
    { reserveId: ids.RA4, moduleId: M2, completedOn: '2025-05-01', passed: false, score: 50 },
    { reserveId: ids.RA4, moduleId: CPT, completedOn: '2025-06-01', hours: 16 },
    { reserveId: ids.RA5, moduleId: M1, completedOn: '2025-05-01', expiresOn: '2027-05-01' },
    { reserveId: ids.RA5, moduleId: M2, completedOn: '2025-06-01' },
    { reserveId: ids.RA5, moduleId: CPT, completedOn: '2025-07-01', hours: 4 },
    { reserveId: ids.RA5, moduleId: CPT, completedOn: '2024-06-15', hours: 10 },
    { reserveId: ids.RA6, moduleId: M1, completedOn: '2025-02-01', expiresOn: '2026-07-01' },
    { reserveId: ids.RA6, moduleId: M1, completedOn: '2025-02-01', expiresOn: '2027-02-01' },
    { reserveId: ids.RA8, moduleId: M1, completedOn: '2020-01-01', expiresOn: '2022-01-01' },
    { reserveId: ids.RA9, moduleId: M1, completedOn: '2023-01-01', expiresOn: '2025-01-01' },
    { reserveId: ids.RA9, moduleId: M1, completedOn: '2026-07-01', expiresOn: '2028-07-01' },
    { reserveId: ids.RA9, moduleId: M2, completedOn: '2025-01-01' },
    { reserveId: ids.RA9, moduleId: CPT, completedOn: '2025-01-02', hours: 16 },
  ]);
});
afterAll(() => api.close());

const moduleRow = (id: number, code: string, [required, current, expiring, expired, missing]: number[]) => ({
  moduleId: String(id),
  code,
  reservesRequired: required,
  current,
  expiring,
  expired,
  missing,
});
const divisionRow = (id: number, areaId: number, name: string, active: number, current: number, share: number | null) => ({
  divisionId: String(id),
  areaId,
  name,
  activeReserves: active,
  fullyCurrent: current,
  share,
});

describe('trainingCompliance: the share of active reserves fully current, per module and per division', () => {
  it('judges every active reserve as trainingStatus does: modules CURRENT or EXPIRING, and CPT met for levels I and II', async () => {
    const { trainingCompliance: result } = await leadership.ok(COMPLIANCE);
    // Current: RA1, RA2 (expiring), RA6, RA7. Not: RA3 (expired), RA4 (missing), RA5 (CPT 20 h), RA9 (expired).
    expect({ ...result, modules: undefined, divisions: undefined }).toEqual({
      asOf: '2026-06-15',
      divisionId: null,
      activeReserves: 8,
      fullyCurrent: 4,
      share: 0.5,
      owingCpt: 6,
      cptShort: 1,
    });
    expect(result.modules).toEqual([
      moduleRow(ids.M1, 'M1', [7, 4, 1, 2, 0]), // RA1, RA4, RA5, RA6 current; RA2 expiring; RA3, RA9 expired
      moduleRow(ids.M2, 'M2', [6, 5, 0, 0, 1]), // RA4 missing; Level III does not need it
    ]);
    expect(result.divisions).toEqual([
      divisionRow(ids.A, 1, 'Alpha', 3, 2, 0.6667),
      divisionRow(ids.B, 2, 'Bravo', 5, 2, 0.4),
      divisionRow(ids.C, 3, 'Charlie', 0, 0, null),
    ]);
  });

  it('agrees with the trainingStatus of each active reserve today', async () => {
    const { allReserveOfficers } = await api.ok(`{ allReserveOfficers(perPage: 100, filter: { status: ACTIVE }) { id trainingStatus { compliant } } }`);
    const compliant = allReserveOfficers.filter((r: { trainingStatus: { compliant: boolean } }) => r.trainingStatus.compliant).map((r: { id: string }) => Number(r.id));
    expect(compliant.sort((a: number, b: number) => a - b)).toEqual([ids.RA1, ids.RA2, ids.RA6, ids.RA7]);
  });

  it('computes the standings on another day: RA2 expired, RA9 renewed', async () => {
    const { trainingCompliance: result } = await leadership.ok(COMPLIANCE, { asOf: '2026-07-02' });
    // RA2's pass of 1 July 2024 also leaves the CPT period (2 July 2024, 2 July 2026]: 16 hours, short.
    expect([result.activeReserves, result.fullyCurrent, result.cptShort]).toEqual([8, 4, 2]);
    expect(result.modules[0]).toEqual(moduleRow(ids.M1, 'M1', [7, 5, 0, 2, 0]));
  });

  it("narrows everything to one division's reserves", async () => {
    const { trainingCompliance: result } = await leadership.ok(COMPLIANCE, { divisionId: String(ids.A) });
    expect({ ...result, modules: undefined }).toEqual({
      asOf: '2026-06-15',
      divisionId: String(ids.A),
      activeReserves: 3,
      fullyCurrent: 2,
      share: 0.6667,
      owingCpt: 3,
      cptShort: 0,
      divisions: [divisionRow(ids.A, 1, 'Alpha', 3, 2, 0.6667)],
    });
    expect(result.modules).toEqual([moduleRow(ids.M1, 'M1', [3, 1, 1, 1, 0]), moduleRow(ids.M2, 'M2', [3, 3, 0, 0, 0])]);
  });

  it('answers a division without active reserves with zeros and no share', async () => {
    const { trainingCompliance: result } = await leadership.ok(COMPLIANCE, { divisionId: String(ids.C) });
    expect([result.activeReserves, result.fullyCurrent, result.share]).toEqual([0, 0, null]);
    expect(result.modules).toEqual([moduleRow(ids.M1, 'M1', [0, 0, 0, 0, 0]), moduleRow(ids.M2, 'M2', [0, 0, 0, 0, 0])]);
  });

  it('refuses an unknown division as bad input naming divisionId', async () => {
    for (const divisionId of ['999999', 'abc']) {
      const error = firstError(await leadership.gql(COMPLIANCE, { divisionId }));
      expect([error.code, error.extensions.field]).toEqual(['BAD_USER_INPUT', 'divisionId']);
    }
  });
});
