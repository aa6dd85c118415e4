import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/access.js';
import { AuditEventResolver } from './modules/audit/audit.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { UserResolver } from './modules/users/user.resolver.js';
import { AcademyClassResolver } from './modules/academy/academy-class.resolver.js';
import { CurriculumModuleResolver } from './modules/curriculum/curriculum-module.resolver.js';
import { AssignmentResolver, DeploymentResolver } from './modules/deployments/deployment.resolver.js';
import { DivisionResolver } from './modules/divisions/division.resolver.js';
import { RecruitResolver, RecruitStageChangeResolver } from './modules/recruits/recruit.resolver.js';
import { ReserveOfficerResolver } from './modules/reserves/reserve-officer.resolver.js';
import { TrainingRecordResolver } from './modules/training/training-record.resolver.js';

export const resolvers = [
  DivisionResolver,
  RecruitResolver,
  RecruitStageChangeResolver,
  AcademyClassResolver,
  CurriculumModuleResolver,
  TrainingRecordResolver,
  ReserveOfficerResolver,
  DeploymentResolver,
  AssignmentResolver,
  AuthResolver,
  UserResolver,
  AuditEventResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The code-first schema; built once per process (type-graphql's metadata is global). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...resolvers], validate: false, authChecker, authMode: 'error' });
  return built;
}

/** The schema as committed in `schema/schema.graphql`: sorted, so a diff shows only real changes. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
