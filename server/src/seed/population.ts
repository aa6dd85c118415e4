import type { EntityManager } from 'typeorm';
import { Assignment } from '../modules/deployments/assignment.entity.js';
import { Deployment } from '../modules/deployments/deployment.entity.js';
import { RecruitStageChange } from '../modules/recruits/recruit-stage-change.entity.js';
import { Recruit } from '../modules/recruits/recruit.entity.js';
import { ReserveOfficer } from '../modules/reserves/reserve-officer.entity.js';
import { TrainingRecord } from '../modules/training/training-record.entity.js';
import { seedAcademyClasses } from './academy.js';
import { insertAll } from './bulk.js';
import type { SeededModule } from './curriculum.js';
import { planDeployments } from './deployment-plan.js';
import { laLocalToUtc } from '../common/la-time.js';
import type { Random } from './random.js';
import { planRecruitTraining } from './recruit-training.js';
import { planRecruits } from './recruits.js';
import { planReserves } from './reserves.js';
import { Roster } from './roster.js';
import type { SeededDivision } from './seed-context.js';
import { staffDeployments } from './staffing.js';
import type { PlannedTraining } from './training.js';

export interface PopulationContext {
  random: Random;
  now: Date;
  /** Today's date in Los Angeles. */
  today: string;
  divisions: readonly SeededDivision[];
  modules: readonly SeededModule[];
}

export interface PopulationCounts {
  academyClasses: number;
  recruits: number;
  stageChanges: number;
  reserves: number;
  trainingRecords: number;
  deployments: number;
  assignments: number;
}

/** A training record is entered the evening of the day it was completed. */
function trainingRow(record: PlannedTraining, owner: { recruitId: number } | { reserveId: number }) {
  const enteredAt = laLocalToUtc(record.completedOn, 18);
  return { ...record, ...owner, createdAt: enteredAt, updatedAt: enteredAt };
}

/** Plans the people and the schedule in memory, then writes them in bulk, parents before children. */
export async function seedPopulation(tx: EntityManager, ctx: PopulationContext): Promise<PopulationCounts> {
  const { random, now, today, divisions, modules } = ctx;
  const academy = await seedAcademyClasses(tx, today);

  const recruits = planRecruits(random.fork('recruits'), { today, divisions, academy });
  const recruitIds = await insertAll(
    tx,
    Recruit,
    recruits.map(({ path: _path, reachedOn: _reachedOn, changes, homeDivision: _home, ...recruit }) => ({
      ...recruit,
      createdAt: changes[0].changedAt,
      updatedAt: recruit.stageChangedAt,
    })),
  );
  const stageChanges = recruits.flatMap((recruit, i) =>
    recruit.changes.map((change) => ({ ...change, recruitId: recruitIds[i], createdAt: change.changedAt, updatedAt: change.changedAt })),
  );
  await insertAll(tx, RecruitStageChange, stageChanges);

  const reserves = planReserves(random.fork('reserves'), { today, divisions, modules, recruits });
  const reserveIds = await insertAll(
    tx,
    ReserveOfficer,
    reserves.map(({ training: _training, weeklyHours: _weekly, homeDivision, recruitIndex, ...reserve }) => {
      const appointedAt = laLocalToUtc(reserve.appointedOn, 10);
      return {
        ...reserve,
        homeDivisionId: homeDivision.id,
        recruitId: recruitIndex === null ? null : recruitIds[recruitIndex],
        createdAt: appointedAt,
        updatedAt: appointedAt,
      };
    }),
  );

  const recruitTraining = planRecruitTraining(random.fork('recruit-training'), modules, recruits, academy, today);
  const trainingRows = [
    ...recruitTraining.map(({ recruitIndex, record }) => trainingRow(record, { recruitId: recruitIds[recruitIndex] })),
    ...reserves.flatMap((reserve, i) => reserve.training.map((record) => trainingRow(record, { reserveId: reserveIds[i] }))),
  ];
  await insertAll(tx, TrainingRecord, trainingRows);

  const deployments = planDeployments(random.fork('deployments'), divisions, today, now);
  staffDeployments(random.fork('staffing'), new Roster(reserves, modules), deployments, now);
  const deploymentIds = await insertAll(
    tx,
    Deployment,
    deployments.map(({ division, assignments: _assignments, week: _week, ...deployment }) => ({
      ...deployment,
      divisionId: division.id,
      updatedAt: deployment.createdAt,
    })),
  );
  const assignments = deployments.flatMap((deployment, i) =>
    deployment.assignments.map(({ reserveIndex, ...assignment }) => ({
      ...assignment,
      deploymentId: deploymentIds[i],
      reserveId: reserveIds[reserveIndex],
      createdAt: assignment.assignedAt,
      updatedAt: assignment.assignedAt,
    })),
  );
  await insertAll(tx, Assignment, assignments);

  return {
    academyClasses: 3,
    recruits: recruits.length,
    stageChanges: stageChanges.length,
    reserves: reserves.length,
    trainingRecords: trainingRows.length,
    deployments: deployments.length,
    assignments: assignments.length,
  };
}
