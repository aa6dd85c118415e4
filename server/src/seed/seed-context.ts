import type { Bureau } from '../modules/divisions/division.entity.js';

/** A division as the rest of the seed needs it, read back from the database. */
export interface SeededDivision {
  id: number;
  areaId: number;
  name: string;
  bureau: Bureau;
}
