import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { LocalDateScalar } from '../../common/local-date.js';
import { RecordBase } from '../../common/record.js';

/** The Reserve Academy runs Module III, then II, then I (POST reserve training). */
export enum ModuleLevel {
  MODULE_III = 'MODULE_III',
  MODULE_II = 'MODULE_II',
  MODULE_I = 'MODULE_I',
}
registerEnumType(ModuleLevel, { name: 'ModuleLevel' });

export enum AcademyClassStatus {
  PLANNED = 'PLANNED',
  IN_SESSION = 'IN_SESSION',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AcademyClassStatus, { name: 'AcademyClassStatus' });

@ObjectType({ description: 'A cohort of recruits going through the Reserve Academy' })
@Entity()
export class AcademyClass extends RecordBase {
  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => ModuleLevel)
  @Column('text')
  moduleLevel!: ModuleLevel;

  @Field(() => LocalDateScalar)
  @Column('date')
  startsOn!: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  endsOn!: string;

  @Field(() => AcademyClassStatus)
  @Column('text')
  status!: AcademyClassStatus;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  location!: string | null;
}
