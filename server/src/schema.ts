import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/access.js';
import { readPrefetchedDirectly } from './common/prefetch.js';
import { AuditEventResolver } from './modules/audit/audit.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { CalendarResolver } from './modules/calendar/calendar.resolver.js';
import { ReserveHoursResolver } from './modules/scheduling/reserve-hours.resolver.js';
import { SchedulingResolver } from './modules/scheduling/scheduling.resolver.js';
import { AutoFillResolver } from './modules/scheduling/autofill/autofill.resolver.js';
import { UserResolver } from './modules/users/user.resolver.js';
import { AcademyClassResolver } from './modules/academy/academy-class.resolver.js';
import { AcademyEnrollmentResolver } from './modules/academy/academy-enrollment.resolver.js';
import { CurriculumModuleResolver } from './modules/curriculum/curriculum-module.resolver.js';
import { DashboardsResolver } from './modules/dashboards/dashboards.resolver.js';
import { AssignmentResolver, DeploymentResolver } from './modules/scheduling/deployment.resolver.js';
import { DivisionResolver } from './modules/divisions/division.resolver.js';
import { RecruitResolver, RecruitStageChangeResolver } from './modules/recruits/recruit.resolver.js';
import { PipelineResolver, WrittenTestAttemptResolver } from './modules/recruits/pipeline.resolver.js';
import { RecruitImportResolver } from './modules/recruits/import/recruit-import.resolver.js';
import { ReserveOfficerResolver } from './modules/reserves/reserve-officer.resolver.js';
import { TrainingRecordResolver } from './modules/training/training-record.resolver.js';
import { RecruitTrainingStatusResolver, ReserveTrainingStatusResolver } from './modules/training/training-status.resolver.js';
import { TrainingResolver } from './modules/training/training.resolver.js';

export const resolvers = [
  DivisionResolver,
  RecruitResolver,
  RecruitStageChangeResolver,
  PipelineResolver,
  WrittenTestAttemptResolver,
  RecruitImportResolver,
  AcademyClassResolver,
  AcademyEnrollmentResolver,
  CurriculumModuleResolver,
  TrainingRecordResolver,
  TrainingResolver,
  RecruitTrainingStatusResolver,
  ReserveTrainingStatusResolver,
  ReserveOfficerResolver,
  CalendarResolver,
  DeploymentResolver,
  AssignmentResolver,
  AuthResolver,
  UserResolver,
  AuditEventResolver,
  SchedulingResolver,
  ReserveHoursResolver,
  AutoFillResolver,
  DashboardsResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The code-first schema; built once per process (type-graphql's metadata is global). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...resolvers], validate: false, authChecker, authMode: 'error' }).then((schema) => {
    readPrefetchedDirectly(schema);
    return schema;
  });
  return built;
}

/** The schema as committed in `schema/schema.graphql`: sorted, so a diff shows only real changes. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
