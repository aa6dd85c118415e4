import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { UserSession } from '../modules/auth/session.entity.js';
import { User } from '../modules/users/user.entity.js';
import { AcademyClass } from '../modules/academy/academy-class.entity.js';
import { CurriculumModule } from '../modules/curriculum/curriculum-module.entity.js';
import { Assignment } from '../modules/deployments/assignment.entity.js';
import { Deployment } from '../modules/deployments/deployment.entity.js';
import { Division } from '../modules/divisions/division.entity.js';
import { RecruitStageChange } from '../modules/recruits/recruit-stage-change.entity.js';
import { Recruit } from '../modules/recruits/recruit.entity.js';
import { WrittenTestAttempt } from '../modules/recruits/written-test-attempt.entity.js';
import { ReserveOfficer } from '../modules/reserves/reserve-officer.entity.js';
import { TrainingRecord } from '../modules/training/training-record.entity.js';

export const entities = [
  Division,
  Recruit,
  RecruitStageChange,
  WrittenTestAttempt,
  AcademyClass,
  CurriculumModule,
  TrainingRecord,
  ReserveOfficer,
  Deployment,
  Assignment,
  User,
  UserSession,
  AuditEvent,
];
