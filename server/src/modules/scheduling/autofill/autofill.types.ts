import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Assignment } from '../../deployments/assignment.entity.js';
import { IneligibilityReason } from '../eligibility.types.js';

@ObjectType({ description: 'A reserve the auto-fill proposes for a deployment (reserve and deployment resolve as objects)' })
export class ProposedAssignment {
  @Field(() => ID)
  deploymentId!: number;

  @Field(() => ID)
  reserveId!: number;

  @Field(() => Boolean, { description: "The reserve's home division is the deployment's" })
  homeDivision!: boolean;
}

@ObjectType({ description: 'Places the auto-fill left open, and what most often kept reserves off' })
export class OpenSlot {
  @Field(() => ID)
  deploymentId!: number;

  @Field(() => Int, { description: 'Places still open' })
  missing!: number;

  @Field(() => String, { description: 'The most common IneligibilityCode among the reserves, or NO_CANDIDATES, or SEARCH_LIMIT' })
  code!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: 'Assignments proposed for the open places of a period; nothing is written until applyAutoFill' })
export class AutoFillProposal {
  @Field(() => [ProposedAssignment])
  assignments!: ProposedAssignment[];

  @Field(() => [OpenSlot])
  openSlots!: OpenSlot[];

  @Field(() => Int, { description: 'Places open before the proposal' })
  slots!: number;

  @Field(() => Int, { description: 'Places the proposal fills' })
  filled!: number;

  @Field(() => Float, { description: 'filled / slots (1 when nothing was open)' })
  fillRate!: number;
}

@InputType({ description: 'One assignment of a proposal, as proposed or as the coordinator edited it' })
export class ProposedAssignmentInput {
  @Field(() => ID)
  deploymentId!: string;

  @Field(() => ID)
  reserveId!: string;
}

@ObjectType({ description: 'A proposed assignment that no longer fits, and why' })
export class RejectedAssignment {
  @Field(() => ID)
  deploymentId!: number;

  @Field(() => ID)
  reserveId!: number;

  @Field(() => [IneligibilityReason])
  reasons!: IneligibilityReason[];
}

@ObjectType({ description: 'What applying a proposal wrote, and what it refused' })
export class AutoFillResult {
  @Field(() => [Assignment])
  applied!: Assignment[];

  @Field(() => [RejectedAssignment])
  rejected!: RejectedAssignment[];
}
