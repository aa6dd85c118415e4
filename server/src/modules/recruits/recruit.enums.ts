import { registerEnumType } from 'type-graphql';

/** Pipeline stages in order (LAPD Reserve Foundation, "Get started"), then the two exits. */
export enum RecruitStage {
  PROSPECT = 'PROSPECT',
  ORIENTATION = 'ORIENTATION',
  APPLICATION = 'APPLICATION',
  WRITTEN_TEST = 'WRITTEN_TEST',
  BACKGROUND = 'BACKGROUND',
  MEDICAL_PSYCH = 'MEDICAL_PSYCH',
  ACADEMY = 'ACADEMY',
  APPOINTED = 'APPOINTED',
  WITHDRAWN = 'WITHDRAWN',
  DISQUALIFIED = 'DISQUALIFIED',
}
registerEnumType(RecruitStage, { name: 'RecruitStage' });

export const EXIT_STAGES: ReadonlySet<RecruitStage> = new Set([RecruitStage.WITHDRAWN, RecruitStage.DISQUALIFIED]);

export enum RecruitSource {
  REFERRAL = 'REFERRAL',
  EVENT = 'EVENT',
  WEB = 'WEB',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  WALK_IN = 'WALK_IN',
  OTHER = 'OTHER',
}
registerEnumType(RecruitSource, { name: 'RecruitSource', description: 'Where a candidate first heard of the Reserve Corps' });
