import { In, type EntityManager } from 'typeorm';
import { CurriculumModule, ModuleCategory, RequirementSource } from '../modules/curriculum/curriculum-module.entity.js';
import { ReserveLevel } from '../modules/reserves/reserve.enums.js';

type ModuleFact = Omit<CurriculumModule, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'active'> & { active?: boolean };

const { LEVEL_I, LEVEL_II, LEVEL_III } = ReserveLevel;
const SWORN = [LEVEL_I, LEVEL_II, LEVEL_III];
const FIELD = [LEVEL_I, LEVEL_II];

/**
 * The respect-and-values curriculum (POST learning domains 1, 3, 20, 37, 42 and the racial and
 * identity profiling refresher), the Perishable Skills Program, first aid and the reserve orientation.
 */
const MODULES: readonly ModuleFact[] = [
  { code: 'ORIENT-RESERVE', title: 'Reserve Corps Orientation', category: ModuleCategory.ORIENTATION, learningDomain: null,
    description: 'Department organization, reserve levels and duties, deployment periods and the service-hour minimum; the only training lateral reserves take.',
    requirementSource: RequirementSource.DEPARTMENT, hours: 8, passingScore: 70, requiredForLevels: SWORN, recertificationMonths: null },
  { code: 'LD01-ETHICS', title: 'Leadership, Professionalism and Ethics', category: ModuleCategory.RESPECT_AND_VALUES, learningDomain: 1,
    description: 'The Law Enforcement Code of Ethics, professional conduct and the duty to intervene.',
    requirementSource: RequirementSource.POST, hours: 8, passingScore: 75, requiredForLevels: SWORN, recertificationMonths: null },
  { code: 'LD03-PRINCIPLED', title: 'Principled Policing in the Community', category: ModuleCategory.RESPECT_AND_VALUES, learningDomain: 3,
    description: 'Procedural justice and community partnerships; assessed on the four tenets Respect, Neutrality, Voice and Trust.',
    requirementSource: RequirementSource.POST, hours: 8, passingScore: 75, requiredForLevels: SWORN, recertificationMonths: 36 },
  { code: 'LD20-DEESC', title: 'Use of Force and De-escalation', category: ModuleCategory.RESPECT_AND_VALUES, learningDomain: 20,
    description: 'Legal standards for the use of force, proportionality, time and distance, and de-escalation before force.',
    requirementSource: RequirementSource.POST, hours: 12, passingScore: 80, requiredForLevels: FIELD, recertificationMonths: null },
  { code: 'LD37-CRISIS', title: 'People with Disabilities and Mental Health Crises', category: ModuleCategory.RESPECT_AND_VALUES, learningDomain: 37,
    description: 'Recognizing mental illness, intellectual and physical disabilities; crisis de-escalation with a scenario test that must be passed.',
    requirementSource: RequirementSource.POST, hours: 16, passingScore: 80, requiredForLevels: SWORN, recertificationMonths: 36 },
  { code: 'LD42-CULTURAL', title: 'Cultural Diversity and Discrimination', category: ModuleCategory.RESPECT_AND_VALUES, learningDomain: 42,
    description: 'Penal Code 13519.4: the diverse communities of Los Angeles, hate crimes and bias, "to foster mutual respect".',
    requirementSource: RequirementSource.STATE, hours: 8, passingScore: 75, requiredForLevels: SWORN, recertificationMonths: null },
  { code: 'RIPA-BIAS', title: 'Racial and Identity Profiling (Implicit Bias) Refresher', category: ModuleCategory.RESPECT_AND_VALUES, learningDomain: 42,
    description: 'Implicit bias, racial and identity profiling and the stop data the Racial and Identity Profiling Act requires; at least every five years.',
    requirementSource: RequirementSource.STATE, hours: 2, passingScore: 70, requiredForLevels: SWORN, recertificationMonths: 60 },
  { code: 'PSP-FIREARMS', title: 'Perishable Skills: Tactical Firearms', category: ModuleCategory.PERISHABLE_SKILLS, learningDomain: 35,
    description: 'Qualification course and decision-making under stress (Perishable Skills Program, 4 hours every 24 months).',
    requirementSource: RequirementSource.POST, hours: 4, passingScore: 80, requiredForLevels: FIELD, recertificationMonths: 24 },
  { code: 'PSP-DRIVER', title: 'Perishable Skills: Driver Training', category: ModuleCategory.PERISHABLE_SKILLS, learningDomain: 19,
    description: 'Driver awareness and emergency vehicle operations (Perishable Skills Program, 4 hours every 24 months).',
    requirementSource: RequirementSource.POST, hours: 4, passingScore: 75, requiredForLevels: FIELD, recertificationMonths: 24 },
  { code: 'PSP-ARREST', title: 'Perishable Skills: Arrest and Control', category: ModuleCategory.PERISHABLE_SKILLS, learningDomain: 33,
    description: 'Control holds, handcuffing and weaponless defense (Perishable Skills Program, 4 hours every 24 months).',
    requirementSource: RequirementSource.POST, hours: 4, passingScore: 75, requiredForLevels: FIELD, recertificationMonths: 24 },
  { code: 'PSP-STRATCOM', title: 'Perishable Skills: Strategic Communications', category: ModuleCategory.PERISHABLE_SKILLS, learningDomain: null,
    description: 'Tactical communication with the public and de-escalation by voice (Perishable Skills Program, 2 hours every 24 months).',
    requirementSource: RequirementSource.POST, hours: 2, passingScore: 70, requiredForLevels: FIELD, recertificationMonths: 24 },
  { code: 'PSP-UOF', title: 'Perishable Skills: Use of Force', category: ModuleCategory.PERISHABLE_SKILLS, learningDomain: 20,
    description: 'Use-of-force policy update and scenarios (Perishable Skills Program, 4 hours every 24 months).',
    requirementSource: RequirementSource.POST, hours: 4, passingScore: 80, requiredForLevels: FIELD, recertificationMonths: 24 },
  { code: 'FA-CPR', title: 'First Aid, CPR and AED', category: ModuleCategory.FIRST_AID, learningDomain: 34,
    description: 'Public-safety first aid, CPR and AED (Title 22) refresher.',
    requirementSource: RequirementSource.STATE, hours: 8, passingScore: 80, requiredForLevels: SWORN, recertificationMonths: 24 },
  { code: 'LD03-COMMPOL-2012', title: 'Community Policing (2012 edition)', category: ModuleCategory.RESPECT_AND_VALUES, learningDomain: 3,
    description: 'Replaced by Principled Policing in the Community; kept for its history.', active: false,
    requirementSource: RequirementSource.POST, hours: 4, passingScore: 70, requiredForLevels: SWORN, recertificationMonths: null },
];

export const MODULE_CODES = MODULES.map((m) => m.code);

/** The academy module (III, II, I) that teaches each code; refreshers outside the academy have none. */
export const ACADEMY_MODULE_III_CODES = ['ORIENT-RESERVE', 'LD01-ETHICS', 'LD03-PRINCIPLED', 'LD37-CRISIS', 'LD42-CULTURAL', 'RIPA-BIAS', 'FA-CPR'];
export const ACADEMY_MODULE_II_CODES = ['LD20-DEESC', 'PSP-ARREST', 'PSP-STRATCOM', 'PSP-UOF'];

/** What the rest of the seed reads about a module, as the database holds it. */
export type SeededModule = Pick<
  CurriculumModule,
  'id' | 'code' | 'hours' | 'passingScore' | 'requiredForLevels' | 'recertificationMonths' | 'active'
>;

/** Inserts the modules that are not there yet (by code), then reads all of them back. */
export async function seedCurriculum(tx: EntityManager): Promise<SeededModule[]> {
  await tx
    .createQueryBuilder()
    .insert()
    .into(CurriculumModule)
    .values(MODULES.map((m) => ({ ...m, version: 1, active: m.active ?? true })))
    .orIgnore()
    .execute();
  const rows = await tx.find(CurriculumModule, { where: { code: In(MODULE_CODES) }, order: { code: 'ASC' } });
  return rows.map(({ id, code, hours, passingScore, requiredForLevels, recertificationMonths, active }) => ({
    id, code, hours, passingScore, requiredForLevels, recertificationMonths, active,
  }));
}

/** The active modules a reserve of this level must hold (none for Specialists). */
export function requiredModules(modules: readonly SeededModule[], level: ReserveLevel): SeededModule[] {
  return modules.filter((m) => m.active && m.requiredForLevels.includes(level));
}
