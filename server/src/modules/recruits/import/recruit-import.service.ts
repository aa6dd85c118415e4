import type { EntityManager } from 'typeorm';
import { currentUser } from '../../../common/access.js';
import type { AppContext } from '../../../common/context.js';
import { BadInputError } from '../../../common/errors.js';
import { inTransaction } from '../../../common/transaction.js';
import { recordAudits } from '../../audit/audit.writer.js';
import { RecruitStageChange } from '../recruit-stage-change.entity.js';
import { Recruit } from '../recruit.entity.js';
import { RecruitStage } from '../recruit.enums.js';
import { DIVISION_NAME_COLUMN, readImport, type ParsedRow } from './recruit-import.rows.js';
import type { ImportResult, ImportRowResult } from './recruit-import.types.js';

/** Rows per INSERT: a few statements for thousands of recruits, well inside PostgreSQL's parameter limit. */
const CHUNK = 500;

interface Duplicate {
  duplicateOf: string | null;
  duplicateOfLine: number | null;
}

/** Division ids must exist, and division names (any case) name one; the messages are createRecruit's. */
async function resolveDivisions(tx: EntityManager, rows: ParsedRow[]): Promise<void> {
  const divisions = (await tx.query(`SELECT id, lower(name) AS name FROM division`)) as { id: number; name: string }[];
  const ids = new Set(divisions.map((division) => division.id));
  const byName = new Map(divisions.map((division) => [division.name, division.id]));
  for (const row of rows) {
    if (row.divisionName !== null) {
      const id = byName.get(row.divisionName.toLowerCase());
      if (id) row.values.preferredDivisionId = id;
      else row.errors.push({ field: DIVISION_NAME_COLUMN, message: `${DIVISION_NAME_COLUMN} "${row.divisionName}" does not name a division` });
    }
    const id = row.values.preferredDivisionId as number | undefined;
    if (id !== undefined && !ids.has(id)) {
      row.errors.push({ field: 'preferredDivisionId', message: 'preferredDivisionId does not name an existing division' });
    }
  }
}

/** Emails (any case) already held by a recruit, or by an earlier row of the file. */
async function findDuplicates(tx: EntityManager, rows: ParsedRow[]): Promise<Map<ParsedRow, Duplicate>> {
  const emailOf = (row: ParsedRow) => (typeof row.values.email === 'string' ? row.values.email.toLowerCase() : null);
  const emails = [...new Set(rows.map(emailOf).filter((email) => email !== null))];
  const taken = (await tx.query(`SELECT id::text AS id, lower(email) AS email FROM recruit WHERE lower(email) = ANY($1::text[])`, [emails])) as {
    id: string;
    email: string;
  }[];
  const existing = new Map(taken.map((recruit) => [recruit.email, recruit.id]));
  const firstLine = new Map<string, number>();
  const duplicates = new Map<ParsedRow, Duplicate>();
  for (const row of rows) {
    const email = emailOf(row);
    if (email === null) continue;
    const duplicateOf = existing.get(email) ?? null;
    const duplicateOfLine = duplicateOf ? null : (firstLine.get(email) ?? null);
    if (duplicateOf || duplicateOfLine) duplicates.set(row, { duplicateOf, duplicateOfLine });
    else firstLine.set(email, row.line);
  }
  return duplicates;
}

/** The recruits, their first stage-history line and their audit events, a chunk of rows per statement. */
async function insertRecruits(tx: EntityManager, ctx: AppContext, rows: ParsedRow[]): Promise<number[]> {
  const actor = currentUser(ctx);
  const now = ctx.clock.now();
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const recruits = chunk.map((row) => ({ ...row.values, stage: RecruitStage.PROSPECT, stageChangedAt: now }));
    const { identifiers } = await tx.insert(Recruit, recruits);
    const chunkIds = identifiers.map((identifier) => identifier.id as number);
    await tx.insert(
      RecruitStageChange,
      chunk.map((row, i) => ({
        recruitId: chunkIds[i],
        fromStage: null,
        toStage: RecruitStage.PROSPECT,
        changedAt: now,
        changedBy: actor.email,
        note: `Entered the pipeline: imported from CSV line ${row.line}`,
      })),
    );
    await recordAudits(
      tx,
      ctx,
      recruits.map((values, i) => ({ action: 'CREATE' as const, entityType: 'Recruit', entityId: chunkIds[i], after: { id: chunkIds[i], ...values } })),
    );
    ids.push(...chunkIds);
  }
  return ids;
}

class RecruitImportService {
  /**
   * Validates every row of a CSV as createRecruit would and, unless it is a dry run, imports all the
   * valid rows in one transaction, or none when any row has errors. Rows whose email is already a
   * recruit's, or on an earlier line, are reported and skipped. Each recruit gets its first stage
   * change and a CREATE audit event, as createRecruit gives it.
   */
  async importRecruits(ctx: AppContext, csv: unknown, dryRun: boolean): Promise<ImportResult> {
    currentUser(ctx);
    if (typeof csv !== 'string') throw new BadInputError('csv', 'csv must be text');
    const rows = readImport(csv);
    return inTransaction(ctx, async (tx) => {
      await resolveDivisions(tx, rows);
      const duplicates = await findDuplicates(tx, rows);
      const invalid = rows.filter((row) => row.errors.length > 0).length;
      const importable = rows.filter((row) => row.errors.length === 0 && !duplicates.has(row));
      const ids = dryRun || invalid > 0 ? [] : await insertRecruits(tx, ctx, importable);
      const created = new Map(importable.map((row, i) => [row, ids[i]]));
      const results = rows.map(
        (row): ImportRowResult => ({
          line: row.line,
          ok: row.errors.length === 0,
          errors: row.errors,
          duplicateOf: duplicates.get(row)?.duplicateOf ?? null,
          duplicateOfLine: duplicates.get(row)?.duplicateOfLine ?? null,
          recruitId: created.get(row) === undefined ? null : String(created.get(row)),
        }),
      );
      return { dryRun, imported: ids.length, importable: importable.length, duplicates: duplicates.size, invalid, rows: results };
    });
  }
}

export const recruitImportService = new RecruitImportService();
