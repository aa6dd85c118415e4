import { RecruitStage } from '../modules/recruits/recruit.enums.js';
import type { SeededAcademy } from './academy.js';
import { ACADEMY_MODULE_II_CODES, ACADEMY_MODULE_III_CODES, type SeededModule } from './curriculum.js';
import { addDays, daysBetween } from '../common/la-time.js';
import type { Random } from './random.js';
import type { PlannedRecruit } from './recruits.js';
import { attempt, type PlannedTraining } from './training.js';

export interface RecruitTraining {
  recruitIndex: number;
  record: PlannedTraining;
}

/**
 * The academy records of recruits still in (or who left from) the academy: Module III during the past
 * class, part of Module II in the current one. Appointed recruits' records live on their reserve.
 */
export function planRecruitTraining(
  random: Random,
  modules: readonly SeededModule[],
  recruits: readonly PlannedRecruit[],
  academy: SeededAcademy,
  today: string,
): RecruitTraining[] {
  const byCode = new Map(modules.map((m) => [m.code, m]));
  const lastDay = addDays(today, -1);
  const out: RecruitTraining[] = [];
  recruits.forEach((recruit, recruitIndex) => {
    if (!recruit.path.includes(RecruitStage.ACADEMY) || recruit.stage === RecruitStage.APPOINTED) return;
    const leftOn = recruit.stage === RecruitStage.ACADEMY ? today : recruit.reachedOn[recruit.reachedOn.length - 1];
    const failedCrisisTest = recruit.exitReason?.includes('LD 37') ?? false;
    const add = (record: PlannedTraining) => {
      if (record.completedOn < leftOn && record.completedOn <= lastDay) out.push({ recruitIndex, record });
    };
    const within = (from: string, to: string) => addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));

    const classDays: readonly [string, string][] = [
      [addDays(academy.past.startsOn, 7), addDays(academy.past.endsOn, -3)],
      [addDays(academy.current.startsOn, 7), lastDay < academy.current.endsOn ? lastDay : academy.current.endsOn],
    ];
    for (const [codes, [from, to], share] of [[ACADEMY_MODULE_III_CODES, classDays[0], 1], [ACADEMY_MODULE_II_CODES, classDays[1], 0.6]] as const) {
      for (const code of codes) {
        const module = byCode.get(code);
        if (!module || !random.chance(share)) continue;
        if (code === 'LD37-CRISIS' && failedCrisisTest) {
          const first = addDays(leftOn, -random.int(16, 24));
          add(attempt(random, module, first < academy.past.startsOn ? academy.past.startsOn : first, false));
          add(attempt(random, module, addDays(leftOn, -2), false));
          continue;
        }
        const on = within(from, to);
        if (random.chance(0.08)) add(attempt(random, module, addDays(on, -random.int(7, 21)), false));
        add(attempt(random, module, on, true));
      }
    }
  });
  return out;
}
