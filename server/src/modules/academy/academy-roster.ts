import { registerEnumType } from 'type-graphql';
import type { CurriculumModule } from '../curriculum/curriculum-module.entity.js';
import type { Recruit } from '../recruits/recruit.entity.js';
import { ReserveLevel } from '../reserves/reserve.enums.js';
import type { TrainingAttempt } from '../training/recruit-records.loader.js';
import { latestPass } from '../training/training-status.js';
import { ModuleLevel } from './academy-class.entity.js';

/** How far a recruit has got with one module of their class. */
export enum RosterModuleStatus {
  PASSED = 'PASSED',
  /** Attempted, never passed. */
  FAILED = 'FAILED',
  /** Not attempted yet. */
  NOT_YET = 'NOT_YET',
}
registerEnumType(RosterModuleStatus, { name: 'RosterModuleStatus' });

/**
 * The reserve levels whose modules a class of each academy module covers. The academy runs Module III,
 * then II, then I (POST), so a class's roster is cumulative: a Module II class shows what Levels III
 * and II require, so a recruit who still owes a Module III module shows as behind.
 */
export const LEVELS_THROUGH: Record<ModuleLevel, readonly ReserveLevel[]> = {
  [ModuleLevel.MODULE_III]: [ReserveLevel.LEVEL_III],
  [ModuleLevel.MODULE_II]: [ReserveLevel.LEVEL_III, ReserveLevel.LEVEL_II],
  [ModuleLevel.MODULE_I]: [ReserveLevel.LEVEL_III, ReserveLevel.LEVEL_II, ReserveLevel.LEVEL_I],
};

/** The active modules a class of this module level covers, in the order given. */
export function modulesForClass<M extends Pick<CurriculumModule, 'active' | 'requiredForLevels'>>(modules: readonly M[], moduleLevel: ModuleLevel): M[] {
  const levels = LEVELS_THROUGH[moduleLevel];
  return modules.filter((m) => m.active && m.requiredForLevels.some((level) => levels.includes(level)));
}

export interface RosterModuleProgress {
  module: CurriculumModule;
  status: RosterModuleStatus;
  passedOn: string | null;
  attempts: number;
  failedAttempts: number;
  lastScore: number | null;
}

export interface RosterEntryProgress {
  recruit: Recruit;
  modules: RosterModuleProgress[];
  completedModules: number;
  requiredModules: number;
  percentComplete: number;
}

type Attempt = Omit<TrainingAttempt, 'hours'>;

/** One module's progress from a recruit's attempts up to `day`: a pass is a pass, whatever fails follow it. */
export function moduleProgress(module: CurriculumModule, records: readonly Attempt[], day: string): RosterModuleProgress {
  const attempts = records.filter((r) => r.moduleId === module.id && r.completedOn <= day);
  const pass = latestPass(attempts, module.id, day);
  const last = attempts.reduce<Attempt | undefined>((a, r) => (!a || r.completedOn > a.completedOn || (r.completedOn === a.completedOn && r.id > a.id) ? r : a), undefined);
  const status = pass ? RosterModuleStatus.PASSED : attempts.length ? RosterModuleStatus.FAILED : RosterModuleStatus.NOT_YET;
  return {
    module,
    status,
    passedOn: pass?.completedOn ?? null,
    attempts: attempts.length,
    failedAttempts: attempts.filter((r) => !r.passed).length,
    lastScore: last?.score ?? null,
  };
}

/** A recruit's progress through the class's modules; the percentage is rounded down, so 100 means done. */
export function rosterEntry(recruit: Recruit, modules: readonly CurriculumModule[], records: readonly Attempt[], day: string): RosterEntryProgress {
  const progress = modules.map((module) => moduleProgress(module, records, day));
  const completed = progress.filter((p) => p.status === RosterModuleStatus.PASSED).length;
  return {
    recruit,
    modules: progress,
    completedModules: completed,
    requiredModules: modules.length,
    percentComplete: modules.length ? Math.floor((completed * 100) / modules.length) : 100,
  };
}

/** Roster order: last name, first name, id. */
export const byName = (a: Recruit, b: Recruit) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.id - b.id;
