/** Scheduling limits (DESIGN.md Rules 2-4, issue defaults); each is settable by environment. */
export interface SchedulingSettings {
  /** Hours a reserve rests between two duties. */
  restHours: number;
  /** Hours of duty a reserve may be given in one Los Angeles week (Monday to Sunday). */
  weeklyMaxHours: number;
  /** Continuing professional training: hours required in the months before a duty, for levels I and II (POST). */
  cptHours: number;
  cptMonths: number;
}

export const DEFAULT_SCHEDULING_SETTINGS: SchedulingSettings = {
  restHours: 8,
  weeklyMaxHours: 24,
  cptHours: 24,
  cptMonths: 24,
};
