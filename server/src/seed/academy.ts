import { In, type EntityManager } from 'typeorm';
import { AcademyClass, AcademyClassStatus, ModuleLevel } from '../modules/academy/academy-class.entity.js';
import { addDays, weekdayOf } from '../common/la-time.js';

export interface SeededClass {
  id: number;
  moduleLevel: ModuleLevel;
  startsOn: string;
  endsOn: string;
}

export interface SeededAcademy {
  /** The cohort's Module III, finished: Level III candidates were appointed after it. */
  past: SeededClass;
  /** Module II, in session: the recruits now at the ACADEMY stage. */
  current: SeededClass;
  /** Module I, planned. */
  upcoming: SeededClass;
}

const ELYSIAN_PARK = 'Los Angeles Police Academy, 1880 N Academy Dr, Elysian Park';
const AHMANSON = 'Ahmanson Recruit Training Center, 5651 W Manchester Ave, Westchester';

/** The Saturday on or after a date: the Reserve Academy meets on weekends and evenings. */
function saturdayFrom(date: string): string {
  return addDays(date, (5 - weekdayOf(date) + 7) % 7);
}

function statusOn(today: string, startsOn: string, endsOn: string): AcademyClassStatus {
  if (endsOn < today) return AcademyClassStatus.COMPLETED;
  return startsOn <= today ? AcademyClassStatus.IN_SESSION : AcademyClassStatus.PLANNED;
}

/** One cohort through the three modules (LAPD starts each class at Module III), dated around today. */
export async function seedAcademyClasses(tx: EntityManager, today: string): Promise<SeededAcademy> {
  const iiiStart = saturdayFrom(addDays(today, -320));
  const iiiEnd = addDays(iiiStart, 119);
  const iiStart = saturdayFrom(addDays(iiiEnd, 25));
  const iiEnd = addDays(iiStart, 211);
  const iStart = saturdayFrom(addDays(iiEnd, 30));
  const iEnd = addDays(iStart, 232);
  const cohort = `Reserve Academy Class ${iiiStart.slice(0, 4)}-${iiiStart.slice(5, 7) <= '06' ? 'A' : 'B'}`;
  const plans = [
    { name: `${cohort}, Module III`, moduleLevel: ModuleLevel.MODULE_III, startsOn: iiiStart, endsOn: iiiEnd, location: ELYSIAN_PARK },
    { name: `${cohort}, Module II`, moduleLevel: ModuleLevel.MODULE_II, startsOn: iiStart, endsOn: iiEnd, location: AHMANSON },
    { name: `${cohort}, Module I`, moduleLevel: ModuleLevel.MODULE_I, startsOn: iStart, endsOn: iEnd, location: ELYSIAN_PARK },
  ];
  await tx
    .createQueryBuilder()
    .insert()
    .into(AcademyClass)
    .values(plans.map((p) => ({ ...p, status: statusOn(today, p.startsOn, p.endsOn) })))
    .orIgnore()
    .execute();
  const rows = await tx.find(AcademyClass, { where: { name: In(plans.map((p) => p.name)) } });
  const byLevel = (level: ModuleLevel): SeededClass => {
    const row = rows.find((r) => r.moduleLevel === level);
    if (!row) throw new Error(`academy class for ${level} is missing`);
    return { id: row.id, moduleLevel: level, startsOn: row.startsOn, endsOn: row.endsOn };
  };
  return { past: byLevel(ModuleLevel.MODULE_III), current: byLevel(ModuleLevel.MODULE_II), upcoming: byLevel(ModuleLevel.MODULE_I) };
}
