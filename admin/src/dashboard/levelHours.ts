import type { LevelHours, ReserveHoursRow } from './queries';

/**
 * The by-level figures for one division, summed from the per-reserve rows (the API's `levels` count
 * every division). Same definitions: share = months met / months owed.
 */
export function levelHoursOfDivision(levels: readonly LevelHours[], reserves: readonly ReserveHoursRow[], divisionId: string): LevelHours[] {
  return levels.map(({ level }) => {
    const mine = reserves.filter((reserve) => reserve.level === level && reserve.divisionId === divisionId);
    const hours = mine.reduce((sum, reserve) => sum + reserve.hours, 0);
    const monthsMet = mine.reduce((sum, reserve) => sum + reserve.monthsMet, 0);
    const monthsOwed = mine.reduce((sum, reserve) => sum + reserve.monthsOwed, 0);
    return {
      level,
      reserves: mine.length,
      hours,
      averageHours: mine.length ? hours / mine.length : null,
      monthsMet,
      monthsOwed,
      share: monthsOwed ? monthsMet / monthsOwed : null,
    };
  });
}
