/** The admin's resource names (its URLs) and the API's types behind them. */
export const RESOURCE_TYPES = {
  divisions: 'Division',
  recruits: 'Recruit',
  'stage-changes': 'RecruitStageChange',
  'academy-classes': 'AcademyClass',
  'curriculum-modules': 'CurriculumModule',
  'training-records': 'TrainingRecord',
  reserves: 'ReserveOfficer',
  deployments: 'Deployment',
  assignments: 'Assignment',
  users: 'User',
  'audit-events': 'AuditEvent',
} as const;

export type ResourceName = keyof typeof RESOURCE_TYPES;

export const typeOf = (resource: string): string => RESOURCE_TYPES[resource as ResourceName] ?? resource;
