import type { DataSource } from 'typeorm';
import { addDays, addMonths, daysBetween, laLocalToUtc } from '../common/la-time.js';
import { STAGE_ORDER } from '../modules/recruits/pipeline.js';
import { RecruitSource, RecruitStage } from '../modules/recruits/recruit.enums.js';
import { ReserveLevel, ReserveStatus } from '../modules/reserves/reserve.enums.js';
import { requiredModules, seedCurriculum, type SeededModule } from '../seed/curriculum.js';
import { Random } from '../seed/random.js';
import { column, insertColumns } from '../database/insert-columns.js';
import { insertLapdDivisions } from './bench-support.js';

/** Two years of data, Monday 6 January 2025 to Monday 4 January 2027, seen on 15 October 2026. */
export const BENCH_FIRST_DAY = '2025-01-06';
export const BENCH_DAYS = 728;
export const BENCH_NOW = new Date('2026-10-15T19:00:00Z');
export const BENCH_TODAY = '2026-10-15';

/** Share of recruits who go on from each stage to the next; the others stop there (exit, or still in it). */
const GOES_ON = [0.8, 0.8, 0.85, 0.75, 0.7, 0.75, 0.8];
const DAYS_IN: readonly [number, number][] = [[3, 30], [5, 25], [3, 20], [10, 40], [20, 90], [20, 60], [150, 300]];
const SOURCES = Object.values(RecruitSource);
const EXIT_REASONS = ['No response after three contact attempts', 'Family obligations', 'Moved out of the area', 'Did not pass the written test', 'Background: financial history', 'Medical: did not meet the standard'];

interface AcademyClassPlan {
  id: number;
  startsOn: string;
  endsOn: string;
  levels: readonly ReserveLevel[];
}

/** Academy classes every so often over the two years, 180 days each, Module III, II and I in turn. */
async function academyClasses(db: DataSource, count: number): Promise<AcademyClassPlan[]> {
  const step = Math.floor((daysBetween(BENCH_FIRST_DAY, BENCH_TODAY) + 60) / count);
  const plans = Array.from({ length: count }, (_, i) => {
    const startsOn = addDays(BENCH_FIRST_DAY, i * step);
    const endsOn = addDays(startsOn, 180);
    const level = (['MODULE_III', 'MODULE_II', 'MODULE_I'] as const)[i % 3];
    const status = endsOn < BENCH_TODAY ? 'COMPLETED' : startsOn <= BENCH_TODAY ? 'IN_SESSION' : 'PLANNED';
    return { name: `Bench class ${i + 1}`, level, status, startsOn, endsOn };
  });
  const ids = await insertColumns(db, 'academy_class', {
    name: column('text', plans, (p) => p.name),
    module_level: column('text', plans, (p) => p.level),
    status: column('text', plans, (p) => p.status),
    starts_on: column('date', plans, (p) => p.startsOn),
    ends_on: column('date', plans, (p) => p.endsOn),
  });
  const through = { MODULE_III: [ReserveLevel.LEVEL_III], MODULE_II: [ReserveLevel.LEVEL_III, ReserveLevel.LEVEL_II], MODULE_I: [ReserveLevel.LEVEL_III, ReserveLevel.LEVEL_II, ReserveLevel.LEVEL_I] };
  return plans.map((p, i) => ({ id: ids[i], startsOn: p.startsOn, endsOn: p.endsOn, levels: through[p.level] }));
}

/**
 * Recruits entered over the two years, each walking the pipeline a stage at a time until they stop
 * (an exit, or still in a stage) or reach today; those at the academy join the class starting next,
 * and pass (or fail) its modules as the class goes.
 */
async function recruits(db: DataSource, random: Random, count: number, modules: readonly SeededModule[]) {
  const classes = await academyClasses(db, Math.max(2, Math.round(count / 280)));
  const span = daysBetween(BENCH_FIRST_DAY, BENCH_TODAY);
  const plans = Array.from({ length: count }, () => {
    let at = laLocalToUtc(addDays(BENCH_FIRST_DAY, random.int(0, span - 1)), random.int(8, 17), random.int(0, 59));
    const moves: { to: RecruitStage; at: Date }[] = [{ to: RecruitStage.PROSPECT, at }];
    let exitReason: string | null = null;
    for (let i = 0; i < GOES_ON.length; i++) {
      const next = new Date(at.getTime() + random.int(...DAYS_IN[i]) * 86_400_000 + random.int(0, 3_600_000));
      if (next > BENCH_NOW) break;
      if (!random.chance(GOES_ON[i])) {
        if (random.chance(0.8)) {
          exitReason = random.pick(EXIT_REASONS);
          moves.push({ to: random.chance(0.6) ? RecruitStage.WITHDRAWN : RecruitStage.DISQUALIFIED, at: next });
        }
        break;
      }
      moves.push({ to: STAGE_ORDER[i + 1], at: next });
      at = next;
    }
    const academyAt = moves.find((m) => m.to === RecruitStage.ACADEMY)?.at;
    const academyClass = academyAt ? (classes.find((c) => laLocalToUtc(c.startsOn, 0) >= academyAt) ?? classes[classes.length - 1]) : null;
    return { moves, exitReason, source: random.pick(SOURCES), academyClass };
  });
  const ids = await insertColumns(db, 'recruit', {
    first_name: column('text', plans, () => 'Bench'),
    last_name: column('text', plans, () => 'Recruit'),
    target_level: column('text', plans, () => random.pick([ReserveLevel.LEVEL_I, ReserveLevel.LEVEL_II, ReserveLevel.LEVEL_III])),
    source: column('text', plans, (p) => p.source),
    stage: column('text', plans, (p) => p.moves[p.moves.length - 1].to),
    stage_changed_at: column('timestamptz', plans, (p) => p.moves[p.moves.length - 1].at),
    exit_reason: column('text', plans, (p) => p.exitReason),
    academy_class_id: column('int', plans, (p) => p.academyClass?.id ?? null),
  });
  const changes = plans.flatMap((p, i) => p.moves.map((move, k) => ({ recruitId: ids[i], from: k ? p.moves[k - 1].to : null, ...move })));
  await insertColumns(db, 'recruit_stage_change', {
    recruit_id: column('int', changes, (c) => c.recruitId),
    from_stage: column('text', changes, (c) => c.from),
    to_stage: column('text', changes, (c) => c.to),
    changed_at: column('timestamptz', changes, (c) => c.at),
  });
  const attempts = plans.flatMap((p, i) => {
    const c = p.academyClass;
    if (!c || c.startsOn > BENCH_TODAY) return [];
    const covered = modules.filter((m) => m.requiredForLevels.some((level) => c.levels.includes(level)));
    const last = c.endsOn < BENCH_TODAY ? c.endsOn : BENCH_TODAY;
    const days = daysBetween(c.startsOn, last);
    return covered.flatMap((m) => {
      if (!random.chance(0.3 + (0.65 * days) / 180)) return [];
      const score = random.int(55, 100);
      return [{ recruitId: ids[i], moduleId: m.id, completedOn: addDays(c.startsOn, random.int(0, days)), score, passed: score >= 70, hours: m.hours }];
    });
  });
  await insertColumns(db, 'training_record', {
    recruit_id: column('int', attempts, (t) => t.recruitId),
    module_id: column('int', attempts, (t) => t.moduleId),
    completed_on: column('date', attempts, (t) => t.completedOn),
    score: column('numeric', attempts, (t) => t.score),
    passed: column('bool', attempts, (t) => t.passed),
    hours: column('numeric', attempts, (t) => t.hours),
  });
  return { recruits: count, stageChanges: changes.length, academyClasses: classes.length, recruitTraining: attempts.length };
}

/** Reserves (all four levels, a tenth not active), each with the required modules: an older pass, the latest, a few expired or missing. */
async function reserves(db: DataSource, random: Random, count: number, modules: readonly SeededModule[], divisionIds: readonly number[]) {
  const people = Array.from({ length: count }, (_, i) => ({
    badge: `B${String(i).padStart(5, '0')}`,
    level: random.weighted([[ReserveLevel.LEVEL_I, 50], [ReserveLevel.LEVEL_II, 30], [ReserveLevel.LEVEL_III, 15], [ReserveLevel.SPECIALIST, 5]] as const),
    status: random.weighted([[ReserveStatus.ACTIVE, 90], [ReserveStatus.LEAVE, 4], [ReserveStatus.INACTIVE, 4], [ReserveStatus.SEPARATED, 2]] as const),
    home: random.pick(divisionIds),
    appointedOn: addDays('2018-01-01', random.int(0, 2900)),
  }));
  const ids = await insertColumns(db, 'reserve_officer', {
    badge_number: column('text', people, (r) => r.badge),
    first_name: column('text', people, () => 'Bench'),
    last_name: column('text', people, (r) => `Reserve ${r.badge}`),
    level: column('text', people, (r) => r.level),
    status: column('text', people, (r) => r.status),
    home_division_id: column('int', people, (r) => r.home),
    appointed_on: column('date', people, (r) => r.appointedOn),
    prior_service: column('text', people, () => 'ACADEMY_GRADUATE'),
    monthly_minimum_hours: column('numeric', people, (r) => (r.level === ReserveLevel.SPECIALIST ? 0 : 16)),
  });
  const training = people.flatMap((reserve, i) =>
    requiredModules(modules, reserve.level).flatMap((m) => {
      if (random.chance(0.02)) return [];
      const months = m.recertificationMonths;
      const latest = addMonths(BENCH_TODAY, months !== null && random.chance(0.04) ? -(months + random.int(1, 6)) : -random.int(1, Math.min(23, months ?? 23)));
      const passes = months !== null && random.chance(0.5) ? [addMonths(latest, -months), latest] : [latest];
      return passes.map((completedOn) => ({ reserveId: ids[i], moduleId: m.id, completedOn, expiresOn: months === null ? null : addMonths(completedOn, months), hours: m.hours }));
    }),
  );
  await insertColumns(db, 'training_record', {
    reserve_id: column('int', training, (t) => t.reserveId),
    module_id: column('int', training, (t) => t.moduleId),
    completed_on: column('date', training, (t) => t.completedOn),
    expires_on: column('date', training, (t) => t.expiresOn),
    hours: column('numeric', training, (t) => t.hours),
    passed: column('bool', training, () => true),
    score: column('numeric', training, () => 90),
  });
  return { reserveIds: ids, reserveTraining: training.length };
}

/** The 21 divisions, the curriculum, and the people: at scale 1, 10,000 recruits and 2,000 reserves. */
export async function generatePeople(db: DataSource, scale: number) {
  const random = new Random(2027_07);
  const divisionIds = await insertLapdDivisions(db, (areaId) => 40 + (areaId % 3) * 10);
  const modules = await seedCurriculum(db.manager);
  const pipeline = await recruits(db, random.fork('recruits'), Math.round(10_000 * scale), modules);
  const roster = await reserves(db, random.fork('reserves'), Math.round(2_000 * scale), modules, divisionIds);
  return { divisionIds, ...pipeline, ...roster };
}
