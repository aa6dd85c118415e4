import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { fixedClock } from '../../server/src/common/clock.js';
import { createDataSource } from '../../server/src/database/data-source.js';
import { lapdDivisions, seedDemoData } from '../../server/src/seed/seed.js';
import { freshDatabaseUrl, quietLog } from '../support/api.js';

const NOW = '2026-11-26T18:00:00Z';
const TABLES = [
  'division', 'curriculum_module', 'academy_class', 'recruit', 'recruit_stage_change',
  'reserve_officer', 'training_record', 'deployment', 'assignment',
] as const;
const PIPELINE = ['PROSPECT', 'ORIENTATION', 'APPLICATION', 'WRITTEN_TEST', 'BACKGROUND', 'MEDICAL_PSYCH', 'ACADEMY', 'APPOINTED'];
const EXITS = ['WITHDRAWN', 'DISQUALIFIED'];
/** An assignment that holds the reserve's time (the exclusion constraint's predicate). */
const ACTIVE = `a.status NOT IN ('DECLINED','CANCELLED')`;
const LOCAL_DATE = `(d.starts_at AT TIME ZONE 'America/Los_Angeles')::date`;
const ASSIGNED = `assignment a JOIN deployment d ON d.id = a.deployment_id JOIN reserve_officer r ON r.id = a.reserve_id`;

/** The scheduling rules of DESIGN.md as SQL: each query lists what breaks the rule, so each must be empty. */
const BREACHES = {
  notFieldEligible: `SELECT a.id FROM ${ASSIGNED} WHERE d.kind = 'VISIBILITY_PATROL' AND (r.level NOT IN ('LEVEL_I','LEVEL_II') OR r.status <> 'ACTIVE')`,
  levelIIWithoutLevelI: `SELECT d.id FROM ${ASSIGNED} WHERE d.kind = 'VISIBILITY_PATROL' AND ${ACTIVE}
    GROUP BY d.id HAVING bool_or(r.level = 'LEVEL_II') AND NOT bool_or(r.level = 'LEVEL_I')`,
  trainingNotCurrent: `SELECT a.id FROM ${ASSIGNED} JOIN curriculum_module m ON m.active AND r.level = ANY (m.required_for_levels)
    WHERE NOT EXISTS (SELECT 1 FROM training_record t WHERE t.reserve_id = r.id AND t.module_id = m.id AND t.passed
      AND t.completed_on <= ${LOCAL_DATE} AND (t.expires_on IS NULL OR t.expires_on > ${LOCAL_DATE}))`,
  cptShort: `SELECT a.id FROM ${ASSIGNED} WHERE d.kind = 'VISIBILITY_PATROL' AND (SELECT coalesce(sum(t.hours), 0) FROM training_record t
    WHERE t.reserve_id = a.reserve_id AND t.passed AND t.completed_on > ${LOCAL_DATE} - interval '24 months' AND t.completed_on <= ${LOCAL_DATE}) < 24`,
  restShort: `SELECT a.id FROM assignment a JOIN assignment b ON b.reserve_id = a.reserve_id AND b.id > a.id
    WHERE ${ACTIVE} AND b.status NOT IN ('DECLINED','CANCELLED')
      AND tstzrange(a.starts_at - interval '8 hours', a.ends_at + interval '8 hours') && tstzrange(b.starts_at, b.ends_at)`,
  over24HoursAWeek: `SELECT a.reserve_id FROM assignment a WHERE ${ACTIVE}
    GROUP BY a.reserve_id, date_trunc('week', a.starts_at AT TIME ZONE 'America/Los_Angeles')
    HAVING sum(extract(epoch FROM a.ends_at - a.starts_at)) > 24 * 3600`,
} as const;

/** Patrol shifts as Los Angeles wall-clock times: start hour and minute, and length in hours. */
const PATROL_SHIFTS = `SELECT extract(hour FROM d.starts_at AT TIME ZONE 'America/Los_Angeles')::int AS hour,
    extract(minute FROM d.starts_at AT TIME ZONE 'America/Los_Angeles')::int AS minute,
    extract(epoch FROM d.ends_at - d.starts_at)::float / 3600 AS hours,
    extract(epoch FROM (d.starts_at AT TIME ZONE 'America/Los_Angeles') - (d.starts_at AT TIME ZONE 'UTC'))::float / 3600 AS "utcOffset"
  FROM deployment d WHERE d.kind = 'VISIBILITY_PATROL'`;

async function countIn(db: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  return ((await db.query(`SELECT count(*)::int AS n FROM (${sql}) q`, params)) as { n: number }[])[0].n;
}

function expectRealisticShifts(shifts: { hour: number; minute: number; hours: number }[]) {
  expect(shifts.length).toBeGreaterThan(100);
  for (const shift of shifts) {
    expect(shift.minute).toBe(0);
    expect(shift.hour).toBeGreaterThanOrEqual(7);
    expect(shift.hour).toBeLessThanOrEqual(20);
    expect([4, 5, 6, 7, 8]).toContain(shift.hours);
  }
}

async function migratedDatabase(): Promise<DataSource> {
  const db = createDataSource({ url: await freshDatabaseUrl(), log: quietLog });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  return db;
}

async function seed(db: DataSource, onlyIfEmpty = false): Promise<number> {
  const started = performance.now();
  await seedDemoData(db, { clock: fixedClock(NOW), log: quietLog, onlyIfEmpty });
  return performance.now() - started;
}

async function rowCounts(db: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = ((await db.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n;
  return counts;
}

/** One hash per table over the rows' content by natural keys (ids and created_at left out). */
async function fingerprint(db: DataSource): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  const digest = async (name: string, rows: string) => {
    const [row] = (await db.query(`SELECT md5(string_agg(x, '|' ORDER BY x)) AS h FROM (${rows}) t(x)`)) as { h: string }[];
    hashes[name] = row.h;
  };
  await digest('reserves', `SELECT concat_ws(',', r.badge_number, r.first_name, r.last_name, r.email, r.phone, r.address, r.level, r.status,
    v.area_id, r.appointed_on, r.prior_service, r.recruit_id IS NULL, r.monthly_minimum_hours) FROM reserve_officer r JOIN division v ON v.id = r.home_division_id`);
  await digest('recruits', `SELECT concat_ws(',', email, first_name, last_name, stage, extract(epoch FROM stage_changed_at), source, target_level, exit_reason, date_of_birth) FROM recruit`);
  await digest('stageChanges', `SELECT concat_ws(',', r.email, c.from_stage, c.to_stage, extract(epoch FROM c.changed_at), c.changed_by) FROM recruit_stage_change c JOIN recruit r ON r.id = c.recruit_id`);
  await digest('training', `SELECT concat_ws(',', coalesce(r.email, o.badge_number), m.code, t.completed_on, t.score, t.passed, t.expires_on)
    FROM training_record t JOIN curriculum_module m ON m.id = t.module_id LEFT JOIN recruit r ON r.id = t.recruit_id LEFT JOIN reserve_officer o ON o.id = t.reserve_id`);
  await digest('deployments', `SELECT concat_ws(',', v.area_id, d.kind, d.location, extract(epoch FROM d.starts_at), extract(epoch FROM d.ends_at), d.status, d.required_headcount)
    FROM deployment d JOIN division v ON v.id = d.division_id`);
  await digest('assignments', `SELECT concat_ws(',', extract(epoch FROM d.starts_at), d.location, o.badge_number, a.status, a.hours_served, extract(epoch FROM a.assigned_at))
    FROM assignment a JOIN deployment d ON d.id = a.deployment_id JOIN reserve_officer o ON o.id = a.reserve_id`);
  return hashes;
}

let db: DataSource;
let seedMs: number;
beforeAll(async () => {
  db = await migratedDatabase();
  seedMs = await seed(db);
});
afterAll(() => db?.destroy());

const rows = <T>(sql: string, params: unknown[] = []) => db.query(sql, params) as Promise<T[]>;
const count = (sql: string, params: unknown[] = []) => countIn(db, sql, params);

describe('demo data', () => {
  // A bound for a pathological slowdown (it takes about 2 s), loose enough for a loaded CI machine.
  it('loads in a few seconds', () => {
    expect(seedMs).toBeLessThan(30_000);
  });

  it('holds the 21 LAPD divisions with the bureaus of the reference list', async () => {
    const divisions = await rows<{ areaId: number; name: string; bureau: string }>(`SELECT area_id AS "areaId", name, bureau FROM division ORDER BY area_id`);
    expect(divisions).toHaveLength(21);
    expect(new Set(divisions.map((d) => d.bureau))).toEqual(new Set(['CENTRAL', 'SOUTH', 'WEST', 'VALLEY']));
    expect(divisions).toEqual(lapdDivisions.map(({ areaId, name, bureau }) => ({ areaId, name, bureau })));
  });

  it('holds about a dozen curriculum modules, with the respect-and-values learning domains 1, 3, 20, 37 and 42', async () => {
    const modules = await rows<{ code: string; category: string; learningDomain: number | null; hours: number; recert: number | null; levels: string[]; active: boolean }>(
      `SELECT code, category, learning_domain AS "learningDomain", hours, recertification_months AS recert, required_for_levels AS levels, active FROM curriculum_module`,
    );
    expect(modules.length).toBeGreaterThanOrEqual(10);
    expect(modules.length).toBeLessThanOrEqual(15);
    const respect = modules.filter((m) => m.active && m.category === 'RESPECT_AND_VALUES');
    expect(new Set(respect.map((m) => m.learningDomain))).toEqual(new Set([1, 3, 20, 37, 42]));
    expect(modules.find((m) => m.learningDomain === 37)!.hours).toBeGreaterThanOrEqual(15);
    expect(modules.find((m) => m.code === 'RIPA-BIAS')!.recert).toBeLessThanOrEqual(60);
    const perishable = modules.filter((m) => m.category === 'PERISHABLE_SKILLS');
    expect(perishable.length).toBe(5);
    for (const m of perishable) expect(m.recert).toBe(24);
    expect(modules.some((m) => m.levels.length > 0 && m.levels.every((l) => ['LEVEL_I', 'LEVEL_II', 'LEVEL_III'].includes(l)))).toBe(true);
  });

  it('puts about 150 recruits over every pipeline stage, each exit with a reason', async () => {
    const byStage = await rows<{ stage: string; n: number }>(`SELECT stage, count(*)::int AS n FROM recruit GROUP BY stage`);
    const total = byStage.reduce((sum, s) => sum + s.n, 0);
    expect(total).toBeGreaterThanOrEqual(130);
    expect(total).toBeLessThanOrEqual(170);
    expect(new Set(byStage.map((s) => s.stage))).toEqual(new Set([...PIPELINE, ...EXITS]));
    expect(await count(`SELECT 1 FROM recruit WHERE stage IN ('WITHDRAWN','DISQUALIFIED') AND exit_reason IS NULL`)).toBe(0);
    expect(await count(`SELECT 1 FROM recruit WHERE email <> lower(email) OR email NOT LIKE '%@example.org'`)).toBe(0);
    expect(await count(`SELECT 1 FROM recruit WHERE stage = 'ACADEMY' AND academy_class_id IS NULL`)).toBe(0);
    expect(await count(`SELECT 1 FROM reserve_officer o JOIN recruit r ON r.id = o.recruit_id WHERE r.stage <> 'APPOINTED'`)).toBe(0);
  });

  it('runs three academy classes: Module III finished, Module II in session, Module I planned', async () => {
    const classes = await rows<{ moduleLevel: string; status: string }>(`SELECT module_level AS "moduleLevel", status FROM academy_class ORDER BY starts_on`);
    expect(classes).toEqual([
      { moduleLevel: 'MODULE_III', status: 'COMPLETED' },
      { moduleLevel: 'MODULE_II', status: 'IN_SESSION' },
      { moduleLevel: 'MODULE_I', status: 'PLANNED' },
    ]);
  });

  it('keeps about 200 reserves with unique numeric badges over all four levels and every division', async () => {
    const byLevel = await rows<{ level: string; n: number }>(`SELECT level, count(*)::int AS n FROM reserve_officer GROUP BY level`);
    const total = byLevel.reduce((sum, l) => sum + l.n, 0);
    expect(total).toBeGreaterThanOrEqual(180);
    expect(total).toBeLessThanOrEqual(220);
    const share = (level: string) => byLevel.find((l) => l.level === level)!.n / total;
    expect(share('LEVEL_I')).toBeCloseTo(0.35, 1);
    expect(share('LEVEL_II')).toBeCloseTo(0.25, 1);
    expect(share('LEVEL_III')).toBeCloseTo(0.25, 1);
    expect(share('SPECIALIST')).toBeCloseTo(0.15, 1);
    expect(await count(`SELECT DISTINCT home_division_id FROM reserve_officer`)).toBe(21);
    expect(await count(`SELECT 1 FROM reserve_officer WHERE badge_number !~ '^[0-9]+$'`)).toBe(0);
    expect(await count(`SELECT DISTINCT status FROM reserve_officer`)).toBe(4);
    expect(await count(`SELECT 1 FROM reserve_officer WHERE monthly_minimum_hours <> CASE level WHEN 'SPECIALIST' THEN 0 ELSE 16 END`)).toBe(0);
    expect(await count(`SELECT 1 FROM reserve_officer WHERE prior_service = 'RETIRED_SWORN'`)).toBeGreaterThan(total / 5);
  });

  it('schedules visibility patrols in all 21 divisions, in past weeks (completed) and future weeks (published)', async () => {
    const now = new Date(NOW);
    const divisionsIn = (where: string) => count(`SELECT DISTINCT division_id FROM deployment WHERE kind = 'VISIBILITY_PATROL' AND ${where}`, [now]);
    expect(await divisionsIn(`ends_at <= $1 AND status = 'COMPLETED'`)).toBe(21);
    expect(await divisionsIn(`starts_at > $1 AND status = 'PUBLISHED'`)).toBe(21);
    expect(await count(`SELECT 1 FROM deployment WHERE ends_at <= $1 AND status <> 'COMPLETED'`, [now])).toBe(0);
    expect(await count(`SELECT 1 FROM deployment WHERE starts_at > $1 AND status NOT IN ('PUBLISHED','DRAFT','CANCELLED')`, [now])).toBe(0);
    expect(await count(`SELECT 1 FROM deployment WHERE status IN ('DRAFT', 'CANCELLED')`)).toBeGreaterThan(0);
    const span = (await rows<{ first: Date; last: Date }>(`SELECT min(starts_at) AS first, max(starts_at) AS last FROM deployment`))[0];
    expect((now.getTime() - span.first.getTime()) / 86_400_000).toBeGreaterThan(18);
    expect((span.last.getTime() - now.getTime()) / 86_400_000).toBeGreaterThan(14);
    expect(await count(`SELECT 1 FROM deployment WHERE kind = 'VISIBILITY_PATROL' AND required_headcount NOT BETWEEN 2 AND 4`)).toBe(0);
  });

  it('starts patrols on the hour at Los Angeles day and evening times, 4 to 8 hours long', async () => {
    expectRealisticShifts(await rows(PATROL_SHIFTS));
  });

  it('completes past assignments with the hours of the deployment, and cancels those of cancelled deployments', async () => {
    expect(await count(`SELECT 1 FROM assignment a JOIN deployment d ON d.id = a.deployment_id
      WHERE d.status = 'COMPLETED' AND (a.status <> 'COMPLETED' OR a.hours_served <> extract(epoch FROM d.ends_at - d.starts_at) / 3600)`)).toBe(0);
    expect(await count(`SELECT 1 FROM assignment a JOIN deployment d ON d.id = a.deployment_id WHERE d.status = 'CANCELLED' AND a.status <> 'CANCELLED'`)).toBe(0);
    expect(await count(`SELECT 1 FROM assignment a JOIN deployment d ON d.id = a.deployment_id WHERE d.status = 'COMPLETED'`)).toBeGreaterThan(300);
    expect(await count(`SELECT 1 FROM assignment a JOIN deployment d ON d.id = a.deployment_id WHERE d.status = 'PUBLISHED' AND ${ACTIVE}`)).toBeGreaterThan(100);
    expect(await count(`SELECT 1 FROM assignment WHERE assigned_at > $1`, [new Date(NOW)])).toBe(0);
  });

  it("records each recruit's stage history one forward step at a time from PROSPECT (or to an exit), ending at the current stage", async () => {
    const recruits = await rows<{ id: number; stage: string; stageChangedAt: Date }>(`SELECT id, stage, stage_changed_at AS "stageChangedAt" FROM recruit`);
    const changes = await rows<{ recruitId: number; fromStage: string | null; toStage: string; changedAt: Date }>(
      `SELECT recruit_id AS "recruitId", from_stage AS "fromStage", to_stage AS "toStage", changed_at AS "changedAt" FROM recruit_stage_change ORDER BY recruit_id, changed_at`,
    );
    for (const recruit of recruits) {
      const history = changes.filter((c) => c.recruitId === recruit.id);
      expect(history[0]).toMatchObject({ fromStage: null, toStage: 'PROSPECT' });
      for (let i = 1; i < history.length; i++) {
        const { fromStage, toStage, changedAt } = history[i];
        expect(fromStage).toBe(history[i - 1].toStage);
        const forward = PIPELINE.indexOf(toStage) === PIPELINE.indexOf(fromStage!) + 1;
        expect(forward || (EXITS.includes(toStage) && i === history.length - 1)).toBe(true);
        expect(changedAt.getTime()).toBeGreaterThan(history[i - 1].changedAt.getTime());
      }
      const last = history[history.length - 1];
      expect(last.toStage).toBe(recruit.stage);
      expect(last.changedAt.getTime()).toBe(recruit.stageChangedAt.getTime());
      expect(last.changedAt.getTime()).toBeLessThan(new Date(NOW).getTime());
    }
  });

  it('never puts a Level III, a Specialist or a reserve who is not ACTIVE on a visibility patrol', async () => {
    expect(await count(BREACHES.notFieldEligible)).toBe(0);
    expect(await count(`SELECT 1 FROM ${ASSIGNED} WHERE d.kind <> 'VISIBILITY_PATROL' AND r.level = 'LEVEL_III'`)).toBeGreaterThan(0);
  });

  it('puts a Level I on every visibility patrol that has a Level II', async () => {
    expect(await count(`SELECT d.id FROM ${ASSIGNED} WHERE d.kind = 'VISIBILITY_PATROL' AND ${ACTIVE} GROUP BY d.id HAVING bool_or(r.level = 'LEVEL_II')`)).toBeGreaterThan(10);
    expect(await count(BREACHES.levelIIWithoutLevelI)).toBe(0);
  });

  it("assigns only reserves who held every required active module, passed and unexpired, at the deployment's start", async () => {
    expect(await count(BREACHES.trainingNotCurrent)).toBe(0);
  });

  it('assigns to patrols only reserves with 24 CPT hours in the 24 months before', async () => {
    expect(await count(BREACHES.cptShort)).toBe(0);
  });

  it("leaves at least 8 hours between a reserve's active assignments and at most 24 hours in a week", async () => {
    expect(await count(BREACHES.restShort)).toBe(0);
    expect(await count(BREACHES.over24HoursAWeek)).toBe(0);
  });

  it('leaves some training expired and some reserves out of compliance, for the dashboards', async () => {
    const today = `(timestamptz '${NOW}' AT TIME ZONE 'America/Los_Angeles')::date`;
    expect(await count(`SELECT 1 FROM training_record WHERE expires_on <= ${today}`)).toBeGreaterThan(0);
    expect(await count(`SELECT 1 FROM training_record WHERE NOT passed`)).toBeGreaterThan(0);
    const outOfCompliance = `SELECT DISTINCT r.id FROM reserve_officer r JOIN curriculum_module m ON m.active AND r.level = ANY (m.required_for_levels)
      WHERE r.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM training_record t WHERE t.reserve_id = r.id AND t.module_id = m.id AND t.passed
        AND (t.expires_on IS NULL OR t.expires_on > ${today}))`;
    expect(await count(outOfCompliance)).toBeGreaterThan(10);
    expect(await count(`${outOfCompliance} AND NOT EXISTS (SELECT 1 FROM training_record t WHERE t.reserve_id = r.id AND t.module_id = m.id)`)).toBeGreaterThan(0);
  });

  it('keeps every rule and the local shift times when the schedule spans the start of daylight-saving time', async () => {
    const spring = await migratedDatabase();
    try {
      await seedDemoData(spring, { clock: fixedClock('2026-03-10T18:00:00Z'), log: quietLog });
      for (const breach of Object.values(BREACHES)) expect(await countIn(spring, breach)).toBe(0);
      const shifts = (await spring.query(PATROL_SHIFTS)) as { hour: number; minute: number; hours: number; utcOffset: number }[];
      expectRealisticShifts(shifts);
      expect(new Set(shifts.map((s) => s.utcOffset))).toEqual(new Set([-8, -7])); // PST before 8 March, PDT after
    } finally {
      await spring.destroy();
    }
  });

  it('gives the same rows for the same clock in another fresh database (deterministic)', async () => {
    const other = await migratedDatabase();
    try {
      await seed(other);
      expect(await fingerprint(other)).toEqual(await fingerprint(db));
      expect(await rowCounts(other)).toEqual(await rowCounts(db));
    } finally {
      await other.destroy();
    }
  });

  it('adds no rows when run a second time (idempotent)', async () => {
    const before = await rowCounts(db);
    await seed(db);
    await seed(db, true);
    expect(await rowCounts(db)).toEqual(before);
  });
});
