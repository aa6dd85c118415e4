import { EXIT_STAGES, RecruitStage } from './recruit.enums.js';

/** The stages a recruit passes through, in order (DESIGN.md Rule 5); the exits are not in it. */
export const STAGE_ORDER: readonly RecruitStage[] = [
  RecruitStage.PROSPECT,
  RecruitStage.ORIENTATION,
  RecruitStage.APPLICATION,
  RecruitStage.WRITTEN_TEST,
  RecruitStage.BACKGROUND,
  RecruitStage.MEDICAL_PSYCH,
  RecruitStage.ACADEMY,
  RecruitStage.APPOINTED,
];

const EXITS: readonly RecruitStage[] = [RecruitStage.WITHDRAWN, RecruitStage.DISQUALIFIED];

export const isExit = (stage: RecruitStage) => EXIT_STAGES.has(stage);

/** The stage after this one in the pipeline's order, or null at the end and at an exit. */
export function nextStage(stage: RecruitStage): RecruitStage | null {
  const index = STAGE_ORDER.indexOf(stage);
  return index >= 0 && index < STAGE_ORDER.length - 1 ? STAGE_ORDER[index + 1] : null;
}

/**
 * Where `moveRecruitToStage` may take a recruit at this stage: the next stage, or an exit.
 * Nothing leaves an exit or APPOINTED (only a correction does), and APPOINTED is reached only
 * through `appointReserve`, which creates the reserve at the same time.
 */
export function allowedMoves(stage: RecruitStage): RecruitStage[] {
  if (isExit(stage) || stage === RecruitStage.APPOINTED) return [];
  const next = nextStage(stage);
  return [...(next && next !== RecruitStage.APPOINTED ? [next] : []), ...EXITS];
}

/** Why a move is refused, in words a coordinator can act on; null when it is allowed. */
export function refusedMove(from: RecruitStage, to: RecruitStage): string | null {
  const allowed = allowedMoves(from);
  if (allowed.includes(to)) return null;
  if (isExit(from)) return `The recruit is ${from} and moves no further; only a stage correction (correctRecruitStage) can reopen the record`;
  if (from === RecruitStage.APPOINTED) return 'The recruit has been appointed and moves no further';
  if (to === RecruitStage.APPOINTED) return `A recruit becomes APPOINTED only through appointReserve; from ${from} the allowed moves are ${allowed.join(', ')}`;
  const appoint = nextStage(from) === RecruitStage.APPOINTED ? ' (appointReserve appoints)' : '';
  return `A recruit at ${from} may move only to ${allowed.join(', ')}${appoint}`;
}
