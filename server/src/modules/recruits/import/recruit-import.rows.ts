import { CsvSyntaxError, parseCsv, type CsvRecord } from '../../../common/csv.js';
import { parseInput } from '../../../common/crud/input.js';
import { BadInputError } from '../../../common/errors.js';
import { recruitResource } from '../recruit.resource.js';
import type { ImportError } from './recruit-import.types.js';

/** The createRecruit arguments a CSV may fill; an imported recruit enters the pipeline at PROSPECT. */
export const IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'dateOfBirth',
  'targetLevel',
  'source',
  'preferredDivisionId',
  'notes',
] as const;
/** A division named as people write it ("Hollywood") instead of by id. */
export const DIVISION_NAME_COLUMN = 'preferredDivision' as const;
export const MAX_IMPORT_ROWS = 10_000;

type Column = (typeof IMPORT_FIELDS)[number] | typeof DIVISION_NAME_COLUMN;

/** Header names compare without case, spaces, dashes or underscores: "First Name" and "first_name" are firstName. */
const normalised = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const COLUMNS = new Map<string, Column>([...IMPORT_FIELDS, DIVISION_NAME_COLUMN].map((name): [string, Column] => [normalised(name), name]));
const REQUIRED = IMPORT_FIELDS.filter((key) => !recruitResource.fields[key].optional);

export interface ParsedRow {
  line: number;
  values: Record<string, unknown>;
  errors: ImportError[];
  /** The division name given in the preferredDivision column, to look up. */
  divisionName: string | null;
}

const fileError = (message: string, extensions: Record<string, unknown> = {}) => new BadInputError('csv', message, extensions);

function readHeader(header: CsvRecord): Column[] {
  const columns = header.fields.map((name) => {
    const column = COLUMNS.get(normalised(name));
    if (!column) throw fileError(`Unknown column "${name.trim()}"; the columns are ${[...IMPORT_FIELDS, DIVISION_NAME_COLUMN].join(', ')}`);
    return column;
  });
  const repeated = columns.find((column, index) => columns.indexOf(column) !== index);
  if (repeated) throw fileError(`Column ${repeated} appears twice`);
  const missing = REQUIRED.filter((key) => !columns.includes(key));
  if (missing.length) throw fileError(`Required column${missing.length > 1 ? 's' : ''} missing: ${missing.join(', ')}`);
  if (columns.includes('preferredDivisionId') && columns.includes(DIVISION_NAME_COLUMN)) {
    throw fileError('Give preferredDivisionId or preferredDivision, not both');
  }
  return columns;
}

/**
 * Each value checked by the field specs createRecruit uses (parseInput, one field at a time so
 * every error of a row is told, in the same words). Empty cells are left out, as omitted arguments.
 */
function readRow(record: CsvRecord, columns: readonly Column[]): ParsedRow {
  const args: Record<string, string> = {};
  columns.forEach((column, index) => {
    const cell = record.fields[index]?.trim() ?? '';
    if (cell !== '') args[column] = cell;
  });
  const errors: ImportError[] = [];
  if (record.fields.length > columns.length) {
    errors.push({ field: null, message: `The row has ${record.fields.length} values; the header names ${columns.length} columns` });
  }
  const values: Record<string, unknown> = {};
  for (const key of IMPORT_FIELDS) {
    try {
      Object.assign(values, parseInput({ [key]: recruitResource.fields[key] }, args, 'create'));
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      errors.push({ field: String(error.extensions.field), message: error.message });
    }
  }
  return { line: record.line, values, errors, divisionName: args[DIVISION_NAME_COLUMN] ?? null };
}

/** The data rows of an import, validated one by one; problems with the file as a whole are thrown. */
export function readImport(csv: string): ParsedRow[] {
  let records: CsvRecord[];
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw fileError(`The CSV is malformed at line ${error.line}: ${error.reason}`, { line: error.line });
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw fileError('The CSV is empty; the first line must name the columns');
  if (rows.length > MAX_IMPORT_ROWS) throw fileError(`The CSV has ${rows.length} rows; one import takes at most ${MAX_IMPORT_ROWS}`);
  const columns = readHeader(header);
  return rows.map((record) => readRow(record, columns));
}
