import { addMonths } from '../../common/la-time.js';
import type { RecruitmentSettings } from './recruitment.settings.js';

interface Attempt {
  takenOn: string;
  passed: boolean;
}

/** Scores are kept to two decimals; pass or fail follows the stored score. */
export const roundScore = (score: number) => Math.round(score * 100) / 100;

export const passes = (score: number, settings: RecruitmentSettings) => roundScore(score) >= settings.writtenTestPassingScore;

/** The first day a candidate may sit the test again after this attempt; null after a pass. */
export function retakeAllowedFrom(attempt: Attempt, settings: RecruitmentSettings): string | null {
  return attempt.passed ? null : addMonths(attempt.takenOn, settings.writtenTestRetakeMonths);
}

/**
 * Why an attempt on `takenOn` cannot follow the latest one (domain facts: "candidates may retake
 * the written test after 3 months"), or null. A pass ends the written test.
 */
export function refusedAttempt(latest: Attempt | null, takenOn: string, settings: RecruitmentSettings): { message: string; firstAllowedOn?: string } | null {
  if (!latest) return null;
  if (latest.passed) return { message: `The recruit passed the written test on ${latest.takenOn}; no further attempt is recorded` };
  const firstAllowedOn = retakeAllowedFrom(latest, settings)!;
  if (takenOn >= firstAllowedOn) return null;
  const months = settings.writtenTestRetakeMonths;
  return {
    message: `A retake is allowed from ${firstAllowedOn}, ${months} month${months === 1 ? '' : 's'} after the failed attempt on ${latest.takenOn}`,
    firstAllowedOn,
  };
}
