import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReserveOfficer } from '../reserves/reserve-officer.entity.js';

/** Why a reserve may not go on a deployment (Rule 2 and the scheduling limits). */
export enum IneligibilityCode {
  NOT_ACTIVE = 'NOT_ACTIVE',
  LEVEL_NOT_PERMITTED = 'LEVEL_NOT_PERMITTED',
  TRAINING_MISSING = 'TRAINING_MISSING',
  TRAINING_EXPIRED = 'TRAINING_EXPIRED',
  CPT_HOURS_SHORT = 'CPT_HOURS_SHORT',
  OVERLAP = 'OVERLAP',
  REST_TOO_SHORT = 'REST_TOO_SHORT',
  WEEKLY_MAX_EXCEEDED = 'WEEKLY_MAX_EXCEEDED',
  NEEDS_LEVEL_I = 'NEEDS_LEVEL_I',
  HEADCOUNT_FULL = 'HEADCOUNT_FULL',
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
  DEPLOYMENT_CLOSED = 'DEPLOYMENT_CLOSED',
}
registerEnumType(IneligibilityCode, { name: 'IneligibilityCode' });

/** The reasons that are about the schedule itself rather than the reserve: they answer CONFLICT. */
export const CONFLICT_CODES: ReadonlySet<IneligibilityCode> = new Set([
  IneligibilityCode.OVERLAP,
  IneligibilityCode.HEADCOUNT_FULL,
  IneligibilityCode.ALREADY_ASSIGNED,
]);

@ObjectType({ description: 'One reason a reserve may not go on a deployment' })
export class IneligibilityReason {
  @Field(() => IneligibilityCode)
  code!: IneligibilityCode;

  @Field(() => String)
  message!: string;

  @Field(() => ID, { nullable: true, description: 'The module missing or expired' })
  moduleId?: number;

  @Field(() => ID, { nullable: true, description: 'The deployment that clashes or leaves too little rest' })
  deploymentId?: number;
}

@ObjectType({ description: 'Whether a reserve may be assigned to a deployment, and why not' })
export class ReserveEligibility {
  @Field(() => ID)
  reserveId!: number;

  @Field(() => ID)
  deploymentId!: number;

  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => [IneligibilityReason])
  reasons!: IneligibilityReason[];
}

@ObjectType({ description: 'A reserve considered for a deployment, ranked' })
export class EligibleCandidate {
  @Field(() => ReserveOfficer)
  reserve!: ReserveOfficer;

  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => [IneligibilityReason])
  reasons!: IneligibilityReason[];

  @Field(() => Boolean)
  homeDivision!: boolean;

  @Field(() => Float, { description: "Completed hours in the deployment's month" })
  hoursThisMonth!: number;

  @Field(() => Float, { description: 'Hours still missing to reach the monthly minimum (0 when met)' })
  hoursBelowMinimum!: number;
}

@ObjectType()
export class EligibleCandidatePage {
  @Field(() => Int, { description: 'Candidates in all pages' })
  total!: number;

  @Field(() => Int, { description: 'Eligible candidates in all pages' })
  eligibleCount!: number;

  @Field(() => [EligibleCandidate])
  candidates!: EligibleCandidate[];
}
