import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ModuleLevel } from '../../server/src/modules/academy/academy-class.entity.js';
import { modulesForClass, rosterEntry } from '../../server/src/modules/academy/academy-roster.js';
import type { CurriculumModule } from '../../server/src/modules/curriculum/curriculum-module.entity.js';
import type { Recruit } from '../../server/src/modules/recruits/recruit.entity.js';
import { ReserveLevel } from '../../server/src/modules/reserves/reserve.enums.js';
import { cptHours, expiryOf, moduleStanding, TrainingStanding, type TrainingFactLike } from '../../server/src/modules/training/training-status.js';

const TODAY = '2026-06-15';
const MODULE = { id: 1 };
const pass = (completedOn: string, expiresOn: string | null, extra: Partial<TrainingFactLike> = {}): TrainingFactLike => ({
  moduleId: 1,
  completedOn,
  expiresOn,
  passed: true,
  ...extra,
});
const standing = (records: TrainingFactLike[], expiringWithinDays = 60, day = TODAY) => moduleStanding(records, MODULE, day, expiringWithinDays).standing;

describe('moduleStanding: the one definition of current training', () => {
  it('is MISSING without a pass: no record, only failed attempts, or a pass of another module', () => {
    expect(standing([])).toBe(TrainingStanding.MISSING);
    expect(standing([pass('2026-01-10', null, { passed: false })])).toBe(TrainingStanding.MISSING);
    expect(standing([pass('2026-01-10', null, { moduleId: 2 })])).toBe(TrainingStanding.MISSING);
  });

  it('is MISSING when the only pass comes after the day', () => {
    expect(standing([pass('2026-06-16', null)])).toBe(TrainingStanding.MISSING);
    expect(standing([pass('2026-06-15', null)])).toBe(TrainingStanding.CURRENT);
  });

  it('is EXPIRED on the day the pass expires (expiresOn == today)', () => {
    expect(standing([pass('2024-06-15', '2026-06-15')])).toBe(TrainingStanding.EXPIRED);
    expect(standing([pass('2024-01-01', '2026-01-01')])).toBe(TrainingStanding.EXPIRED);
  });

  it('is EXPIRING the day before it expires, and through the last day of the window', () => {
    expect(standing([pass('2024-06-16', '2026-06-16')])).toBe(TrainingStanding.EXPIRING);
    expect(standing([pass('2024-08-14', '2026-08-14')])).toBe(TrainingStanding.EXPIRING); // 60 days left
    expect(standing([pass('2024-08-15', '2026-08-15')])).toBe(TrainingStanding.CURRENT); // 61 days left
  });

  it('follows the warning window it is given; 0 never warns', () => {
    expect(standing([pass('2024-06-25', '2026-06-25')], 10)).toBe(TrainingStanding.EXPIRING);
    expect(standing([pass('2024-06-26', '2026-06-26')], 10)).toBe(TrainingStanding.CURRENT);
    expect(standing([pass('2024-06-16', '2026-06-16')], 0)).toBe(TrainingStanding.CURRENT);
  });

  it('is CURRENT for a module passed once that never expires', () => {
    expect(standing([pass('2001-02-03', null)])).toBe(TrainingStanding.CURRENT);
  });

  it('does not un-pass on a failed attempt after the pass', () => {
    expect(standing([pass('2026-01-10', '2028-01-10'), pass('2026-03-01', null, { passed: false })])).toBe(TrainingStanding.CURRENT);
  });

  it('reads the latest pass: a renewal makes an expired module current again, whatever the order given', () => {
    const renewed = [pass('2026-05-01', '2028-05-01'), pass('2023-01-01', '2025-01-01')];
    expect(moduleStanding(renewed, MODULE, TODAY, 60)).toEqual({ standing: TrainingStanding.CURRENT, record: renewed[0] });
  });

  it('counts the pass lasting longer when two fall on the same day', () => {
    const sameDay = [pass('2026-01-10', '2026-07-01'), pass('2026-01-10', null), pass('2026-01-10', '2027-01-10')];
    expect(moduleStanding(sameDay, MODULE, TODAY, 60).record).toBe(sameDay[1]);
  });

  it('answers a pass with no `passed` flag as a pass (the scheduling facts hold only passes)', () => {
    expect(standing([{ moduleId: 1, completedOn: '2026-01-10', expiresOn: null }])).toBe(TrainingStanding.CURRENT);
  });
});

describe('expiryOf and cptHours', () => {
  it("expires a pass the module's interval later, never a failure or a module taken once", () => {
    expect(expiryOf('2026-01-31', true, 1)).toBe('2026-02-28');
    expect(expiryOf('2026-01-10', true, 24)).toBe('2028-01-10');
    expect(expiryOf('2026-01-10', false, 24)).toBeNull();
    expect(expiryOf('2026-01-10', true, null)).toBeNull();
  });

  it('adds passed hours after the day 24 months before, up to the day, and no failures', () => {
    const records = [
      { ...pass('2024-06-15', null), hours: 100 }, // exactly 24 months before: outside
      { ...pass('2024-06-16', null), hours: 8 },
      { ...pass('2026-06-15', null), hours: 4.25 },
      { ...pass('2026-06-16', null), hours: 50 }, // after the day
      { ...pass('2026-01-01', null, { passed: false }), hours: 30 },
      { ...pass('2025-01-01', null, { moduleId: 9 }), hours: 0.1 },
      { ...pass('2025-01-02', null, { moduleId: 9 }), hours: 0.2 },
    ];
    expect(cptHours(records, TODAY, 24)).toBe(12.55);
  });
});

const moduleOf = (id: number, requiredForLevels: ReserveLevel[], active = true) => ({ id, requiredForLevels, active }) as CurriculumModule;

describe('the academy roster covers the modules of its level and the levels before it', () => {
  const onlyIII = moduleOf(1, [ReserveLevel.LEVEL_III]);
  const sworn = moduleOf(2, [ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_II, ReserveLevel.LEVEL_III]);
  const field = moduleOf(3, [ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_II]);
  const onlyI = moduleOf(4, [ReserveLevel.LEVEL_I]);
  const retired = moduleOf(5, [ReserveLevel.LEVEL_III], false);
  const curriculum = [onlyIII, sworn, field, onlyI, retired];

  it('Module III: Level III; Module II: Levels III and II; Module I: all three; never a retired module', () => {
    expect(modulesForClass(curriculum, ModuleLevel.MODULE_III)).toEqual([onlyIII, sworn]);
    expect(modulesForClass(curriculum, ModuleLevel.MODULE_II)).toEqual([onlyIII, sworn, field]);
    expect(modulesForClass(curriculum, ModuleLevel.MODULE_I)).toEqual([onlyIII, sworn, field, onlyI]);
  });

  it('counts a module passed once passed, a failure as FAILED, nothing as NOT_YET, and rounds the percentage down', () => {
    const attempt = (id: number, moduleId: number, completedOn: string, passed: boolean, score: number) => ({ id, moduleId, completedOn, expiresOn: null, passed, score });
    const records = [attempt(1, 1, '2026-02-01', false, 60), attempt(2, 1, '2026-02-08', true, 85), attempt(3, 1, '2026-03-01', false, 50), attempt(4, 2, '2026-03-01', false, 70)];
    const entry = rosterEntry({ id: 7 } as Recruit, [onlyIII, sworn, field], records, TODAY);
    expect(entry.modules.map(({ status, passedOn, attempts, failedAttempts, lastScore }) => ({ status, passedOn, attempts, failedAttempts, lastScore }))).toEqual([
      { status: 'PASSED', passedOn: '2026-02-08', attempts: 3, failedAttempts: 2, lastScore: 50 },
      { status: 'FAILED', passedOn: null, attempts: 1, failedAttempts: 1, lastScore: 70 },
      { status: 'NOT_YET', passedOn: null, attempts: 0, failedAttempts: 0, lastScore: null },
    ]);
    expect(entry).toMatchObject({ completedModules: 1, requiredModules: 3, percentComplete: 33 });
    expect(rosterEntry({ id: 8 } as Recruit, [], [], TODAY)).toMatchObject({ completedModules: 0, requiredModules: 0, percentComplete: 100 });
  });
});
