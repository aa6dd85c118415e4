import { RecruitStage } from '../modules/recruits/recruit.enums.js';

/** The note a coordinator leaves when a recruit reaches a stage. */
export const STAGE_NOTES: Record<RecruitStage, string | null> = {
  [RecruitStage.PROSPECT]: 'Entered the pipeline',
  [RecruitStage.ORIENTATION]: 'Attended the Reserve Corps orientation',
  [RecruitStage.APPLICATION]: 'Online application received',
  [RecruitStage.WRITTEN_TEST]: 'Scheduled for the written test',
  [RecruitStage.BACKGROUND]: 'Passed the written test; Personal History Statement received',
  [RecruitStage.MEDICAL_PSYCH]: 'Background investigation cleared',
  [RecruitStage.ACADEMY]: 'Medical and psychological exams passed; enrolled in the Reserve Academy',
  [RecruitStage.APPOINTED]: 'Sworn in and appointed to the Reserve Corps',
  [RecruitStage.WITHDRAWN]: null,
  [RecruitStage.DISQUALIFIED]: null,
};

type ExitStage = RecruitStage.WITHDRAWN | RecruitStage.DISQUALIFIED;

/** Why recruits leave, by the stage they leave from (`any` when none fits better). */
export const EXIT_REASONS: Record<ExitStage, Partial<Record<RecruitStage | 'any', string[]>> & { any: string[] }> = {
  [RecruitStage.WITHDRAWN]: {
    any: [
      'Moved out of the Los Angeles area',
      'Family obligations',
      'Work schedule conflicts with the academy weekends',
      'Accepted a full-time position with another agency',
      'Chose to apply to the full-time academy instead',
    ],
    [RecruitStage.PROSPECT]: ['No response after three contact attempts', 'Interested in a civilian volunteer role instead'],
    [RecruitStage.ORIENTATION]: ['Decided the time commitment is too large after orientation', 'No response after three contact attempts'],
    [RecruitStage.ACADEMY]: ['Could not keep up with academy attendance because of work', 'Medical leave; may reapply'],
  },
  [RecruitStage.DISQUALIFIED]: {
    any: ['Did not meet the minimum qualifications'],
    [RecruitStage.WRITTEN_TEST]: ['Did not pass the written test (may retake after 3 months)'],
    [RecruitStage.BACKGROUND]: [
      'Background: omissions in the Personal History Statement',
      'Background: financial history',
      'Background: prior conviction disclosed by the records check',
      'Background: negative employment references',
    ],
    [RecruitStage.MEDICAL_PSYCH]: ['Medical: vision standard not met', 'Psychological evaluation not passed'],
    [RecruitStage.ACADEMY]: ['Did not pass the LD 37 crisis scenario test after two attempts', 'Academy attendance below the minimum'],
  },
};
