/** The API's enums, in the domain's order, with the words people use for them. */

const SPECIAL: Record<string, string> = {
  LEVEL_I: 'Level I',
  LEVEL_II: 'Level II',
  LEVEL_III: 'Level III',
  MODULE_I: 'Module I',
  MODULE_II: 'Module II',
  MODULE_III: 'Module III',
  MEDICAL_PSYCH: 'Medical / psych',
  POST: 'POST',
  RESPECT_AND_VALUES: 'Respect and values',
  FIRST_AID: 'First aid',
  ACADEMY_STAFF: 'Academy staff',
  RESERVE_COORDINATOR: 'Reserve coordinator',
  ADMIN: 'Administrator',
  NO_SHOW: 'No-show',
  CPT_HOURS_SHORT: 'CPT hours short',
  NEEDS_LEVEL_I: 'Needs a Level I',
};

/** "WRITTEN_TEST" → "Written test". */
export function enumLabel(value: string | null | undefined): string {
  if (!value) return '';
  if (SPECIAL[value]) return SPECIAL[value];
  const words = value.toLowerCase().split('_');
  return [words[0].charAt(0).toUpperCase() + words[0].slice(1), ...words.slice(1)].join(' ');
}

const choicesOf = (values: readonly string[]) => values.map((id) => ({ id, name: enumLabel(id) }));

/** The pipeline, in order, then its two exits. */
export const PIPELINE_STAGES = ['PROSPECT', 'ORIENTATION', 'APPLICATION', 'WRITTEN_TEST', 'BACKGROUND', 'MEDICAL_PSYCH', 'ACADEMY', 'APPOINTED'] as const;
export const EXIT_STAGES = ['WITHDRAWN', 'DISQUALIFIED'] as const;
export const STAGES = [...PIPELINE_STAGES, ...EXIT_STAGES] as const;
export const RESERVE_LEVELS = ['LEVEL_I', 'LEVEL_II', 'LEVEL_III', 'SPECIALIST'] as const;
export const RESERVE_STATUSES = ['ACTIVE', 'INACTIVE', 'LEAVE', 'SEPARATED'] as const;
export const PRIOR_SERVICE = ['ACADEMY_GRADUATE', 'RETIRED_SWORN', 'LATERAL'] as const;
export const RECRUIT_SOURCES = ['REFERRAL', 'EVENT', 'WEB', 'SOCIAL_MEDIA', 'WALK_IN', 'OTHER'] as const;
export const BUREAUS = ['CENTRAL', 'SOUTH', 'VALLEY', 'WEST'] as const;
export const MODULE_LEVELS = ['MODULE_III', 'MODULE_II', 'MODULE_I'] as const;
export const CLASS_STATUSES = ['PLANNED', 'IN_SESSION', 'COMPLETED', 'CANCELLED'] as const;
export const MODULE_CATEGORIES = ['RESPECT_AND_VALUES', 'LAW_AND_PROCEDURE', 'PERISHABLE_SKILLS', 'TACTICAL', 'FIRST_AID', 'ORIENTATION', 'OTHER'] as const;
export const REQUIREMENT_SOURCES = ['POST', 'STATE', 'DEPARTMENT', 'FEDERAL'] as const;
export const DEPLOYMENT_KINDS = ['VISIBILITY_PATROL', 'COMMUNITY_EVENT', 'EVENT_SECURITY', 'TRAFFIC_CONTROL', 'SEARCH_AND_RESCUE', 'ADMINISTRATIVE'] as const;
export const DEPLOYMENT_STATUSES = ['DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED'] as const;
export const ASSIGNMENT_STATUSES = ['ASSIGNED', 'CONFIRMED', 'DECLINED', 'NO_SHOW', 'COMPLETED', 'CANCELLED'] as const;
export const ROLE_VALUES = ['ADMIN', 'ACADEMY_STAFF', 'RESERVE_COORDINATOR', 'LEADERSHIP'] as const;
export const AUDIT_OUTCOMES = ['SUCCESS', 'FAILURE'] as const;

export const choices = {
  stage: choicesOf(STAGES),
  level: choicesOf(RESERVE_LEVELS),
  reserveStatus: choicesOf(RESERVE_STATUSES),
  priorService: choicesOf(PRIOR_SERVICE),
  source: choicesOf(RECRUIT_SOURCES),
  bureau: choicesOf(BUREAUS),
  moduleLevel: choicesOf(MODULE_LEVELS),
  classStatus: choicesOf(CLASS_STATUSES),
  category: choicesOf(MODULE_CATEGORIES),
  requirementSource: choicesOf(REQUIREMENT_SOURCES),
  deploymentKind: choicesOf(DEPLOYMENT_KINDS),
  deploymentStatus: choicesOf(DEPLOYMENT_STATUSES),
  assignmentStatus: choicesOf(ASSIGNMENT_STATUSES),
  role: choicesOf(ROLE_VALUES),
  outcome: choicesOf(AUDIT_OUTCOMES),
};
