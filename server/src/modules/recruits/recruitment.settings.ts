/** Recruitment rules that differ between agencies (domain facts: "retake the written test after 3 months"); settable by environment. */
export interface RecruitmentSettings {
  /** Months a candidate waits after a failed written test before the next attempt. */
  writtenTestRetakeMonths: number;
  /** Lowest passing score of the written test, 0-100. */
  writtenTestPassingScore: number;
}

export const DEFAULT_RECRUITMENT_SETTINGS: RecruitmentSettings = {
  writtenTestRetakeMonths: 3,
  writtenTestPassingScore: 70,
};
