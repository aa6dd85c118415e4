import { Field, ObjectType } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { BadInputError } from '../../common/errors.js';
import { Assignment } from '../deployments/assignment.entity.js';
import { AssignmentStatus, INACTIVE_ASSIGNMENT_STATUSES } from '../deployments/deployment.enums.js';
import { IneligibilityReason } from './eligibility.types.js';
import { loadScheduleFacts, type CrewMember, type DeploymentFact } from './facts.js';
import { ineligibilityReasons } from './rules.js';

const MAX_REPORT_DAYS = 366;

@ObjectType({ description: 'An assignment whose reserve was not qualified for it at the time' })
export class IneligibleAssignment {
  @Field(() => Assignment)
  assignment!: Assignment;

  @Field(() => [IneligibilityReason])
  reasons!: IneligibilityReason[];
}

type Row = Omit<DeploymentFact, 'crew'> & { deploymentId: number; assignmentId: number; reserveId: number };

/**
 * The 2015 Inspector General recommendation: every assignment in the period (not declined,
 * cancelled or missed) whose reserve was not qualified at the deployment's time: level, training
 * current on that day, CPT hours, a Level I beside a Level II on patrol. Made by an override of the
 * data or before a rule existed, they are what central oversight needs to see.
 */
export async function ineligibleAssignments(ctx: AppContext, from: Date, to: Date): Promise<IneligibleAssignment[]> {
  if (to <= from) throw new BadInputError('to', 'to must be after from');
  if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * 86_400_000) throw new BadInputError('to', `the report covers at most ${MAX_REPORT_DAYS} days`);
  const excluded = [...INACTIVE_ASSIGNMENT_STATUSES, AssignmentStatus.NO_SHOW];
  const rows = (await ctx.db.query(
    `SELECT a.id AS "assignmentId", a.reserve_id AS "reserveId", d.id AS "deploymentId", d.id, d.division_id AS "divisionId", d.kind, d.status,
            d.starts_at AS "startsAt", d.ends_at AS "endsAt", d.required_headcount AS "requiredHeadcount"
       FROM assignment a JOIN deployment d ON d.id = a.deployment_id
      WHERE d.starts_at >= $1 AND d.starts_at < $2 AND a.status <> ALL($3)
      ORDER BY d.starts_at, a.id`,
    [from, to, excluded],
  )) as Row[];
  if (rows.length === 0) return [];
  const crews = (await ctx.db.query(
    `SELECT a.deployment_id AS "deploymentId", a.id AS "assignmentId", a.reserve_id AS "reserveId", r.level, a.status
       FROM assignment a JOIN reserve_officer r ON r.id = a.reserve_id
      WHERE a.deployment_id = ANY($1) AND a.status <> ALL($2)`,
    [[...new Set(rows.map((row) => row.deploymentId))], excluded],
  )) as (CrewMember & { deploymentId: number })[];
  const facts = await loadScheduleFacts(ctx.db.manager, { from, to }, [...new Set(rows.map((row) => row.reserveId))]);

  const crewOf = new Map<number, CrewMember[]>();
  for (const member of crews) crewOf.set(member.deploymentId, [...(crewOf.get(member.deploymentId) ?? []), member]);

  const findings: { assignmentId: number; reasons: IneligibilityReason[] }[] = [];
  for (const { assignmentId, reserveId, deploymentId: _deploymentId, ...deployment } of rows) {
    const crew = crewOf.get(deployment.id) ?? [];
    const reasons = ineligibilityReasons({
      deployment: { ...deployment, crew },
      reserve: facts.reserves.get(reserveId)!,
      facts,
      settings: ctx.scheduling,
      scope: 'qualification',
    });
    if (reasons.length) findings.push({ assignmentId, reasons });
  }
  const assignments = await Promise.all(findings.map((finding) => ctx.loaders.byId(Assignment).load(finding.assignmentId)));
  return findings.map((finding, i) => ({ assignment: assignments[i]!, reasons: finding.reasons }));
}
