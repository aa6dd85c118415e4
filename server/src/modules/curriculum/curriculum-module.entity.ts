import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../../common/record.js';
import { ReserveLevel } from '../reserves/reserve.enums.js';

export enum ModuleCategory {
  RESPECT_AND_VALUES = 'RESPECT_AND_VALUES',
  PERISHABLE_SKILLS = 'PERISHABLE_SKILLS',
  LAW_AND_PROCEDURE = 'LAW_AND_PROCEDURE',
  TACTICAL = 'TACTICAL',
  FIRST_AID = 'FIRST_AID',
  ORIENTATION = 'ORIENTATION',
  OTHER = 'OTHER',
}
registerEnumType(ModuleCategory, { name: 'ModuleCategory' });

export enum RequirementSource {
  POST = 'POST',
  STATE = 'STATE',
  FEDERAL = 'FEDERAL',
  DEPARTMENT = 'DEPARTMENT',
}
registerEnumType(RequirementSource, { name: 'RequirementSource', description: 'Who requires a module' });

@ObjectType({ description: 'A module of the curriculum, such as procedural justice or de-escalation', simpleResolvers: true })
@Entity()
export class CurriculumModule extends RecordBase {
  @Field(() => String)
  @Column('text')
  code!: string;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => String)
  @Column('text')
  description!: string;

  @Field(() => ModuleCategory)
  @Column('text')
  category!: ModuleCategory;

  @Field(() => Int, { nullable: true, description: 'POST Regular Basic Course learning domain (LD 1, 3, 20, 37, 42 ...)' })
  @Column('integer', { nullable: true })
  learningDomain!: number | null;

  @Field(() => RequirementSource)
  @Column('text')
  requirementSource!: RequirementSource;

  @Field(() => Int)
  @Column('integer')
  version!: number;

  @Field(() => Float)
  @Column('numeric')
  hours!: number;

  @Field(() => Float, { description: 'Lowest passing score, 0-100' })
  @Column('numeric')
  passingScore!: number;

  @Field(() => [ReserveLevel], { description: 'Reserve levels that must hold this module' })
  @Column('text', { array: true })
  requiredForLevels!: ReserveLevel[];

  @Field(() => Int, { nullable: true, description: 'Months a completion stays current; null means once is enough' })
  @Column('integer', { nullable: true })
  recertificationMonths!: number | null;

  @Field(() => Boolean, { description: 'Retired modules keep their history but are no longer required' })
  @Column('boolean')
  active!: boolean;
}
