import { registerEnumType } from 'type-graphql';

/** POST Commission Procedure H-1 reserve levels, plus LAPD's non-sworn Specialists. */
export enum ReserveLevel {
  LEVEL_I = 'LEVEL_I',
  LEVEL_II = 'LEVEL_II',
  LEVEL_III = 'LEVEL_III',
  SPECIALIST = 'SPECIALIST',
}
registerEnumType(ReserveLevel, { name: 'ReserveLevel' });

export enum ReserveStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  LEAVE = 'LEAVE',
  SEPARATED = 'SEPARATED',
}
registerEnumType(ReserveStatus, { name: 'ReserveStatus' });

export enum PriorService {
  ACADEMY_GRADUATE = 'ACADEMY_GRADUATE',
  RETIRED_SWORN = 'RETIRED_SWORN',
  LATERAL = 'LATERAL',
}
registerEnumType(PriorService, { name: 'PriorService' });

/** Monthly service-hour minimum when none is set: 16 h keeps "qualifying service" (POST); Specialists have none. */
export const DEFAULT_MONTHLY_MINIMUM_HOURS: Record<ReserveLevel, number> = {
  [ReserveLevel.LEVEL_I]: 16,
  [ReserveLevel.LEVEL_II]: 16,
  [ReserveLevel.LEVEL_III]: 16,
  [ReserveLevel.SPECIALIST]: 0,
};
