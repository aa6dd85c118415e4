import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { RecordBase } from '../../common/record.js';

export enum Bureau {
  CENTRAL = 'CENTRAL',
  SOUTH = 'SOUTH',
  WEST = 'WEST',
  VALLEY = 'VALLEY',
}
registerEnumType(Bureau, { name: 'Bureau', description: 'The four LAPD geographic operations bureaus' });

@ObjectType({ description: 'One of the 21 LAPD geographic areas', simpleResolvers: true })
@Entity()
export class Division extends RecordBase {
  @Field(() => Int, { description: 'The city open-data Area ID (1-21)' })
  @Column('integer')
  areaId!: number;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => Bureau)
  @Column('text')
  bureau!: Bureau;

  @Field(() => Float, { description: 'Visibility-patrol hours the division is promised each week' })
  @Column('numeric')
  weeklyTargetHours!: number;
}
