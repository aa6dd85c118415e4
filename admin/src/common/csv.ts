import { downloadCSV, type Exporter, type RaRecord } from 'react-admin';
import { enumLabel } from './enums';
import { toLaLocal } from './laTime';
import { represent } from './representations';

/** One CSV column: a field as text, a date-time in Los Angeles time, an enum in words, or a reference by name. */
export interface CsvColumn {
  source: string;
  label: string;
  kind?: 'text' | 'datetime' | 'enum';
  /** The referenced resource: the column holds its name instead of its id. */
  reference?: string;
}

const cell = (value: unknown): string => {
  if (value == null) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

function valueOf(column: CsvColumn, record: RaRecord): unknown {
  const value = record[column.source];
  if (value == null || value === '') return '';
  if (column.kind === 'datetime') return toLaLocal(String(value)).replace('T', ' ');
  if (column.kind === 'enum') return Array.isArray(value) ? value.map(enumLabel) : enumLabel(String(value));
  return value;
}

/**
 * A CSV exporter for a list (what its filters select, up to react-admin's export limit), with people's
 * words in the header and references by name, ready for a spreadsheet. Dates and times are Los Angeles.
 */
export const csvExporter =
  (filename: string, columns: CsvColumn[]): Exporter =>
  async (records, fetchRelatedRecords) => {
    const related: Record<string, Record<string, RaRecord>> = {};
    for (const column of columns) {
      if (column.reference) related[column.source] = await fetchRelatedRecords(records, column.source, column.reference);
    }
    const header = columns.map((column) => cell(column.kind === 'datetime' ? `${column.label} (Los Angeles)` : column.label)).join(',');
    const rows = records.map((record) =>
      columns
        .map((column) => {
          if (!column.reference) return cell(valueOf(column, record));
          const id = record[column.source];
          return cell(id == null ? '' : represent(column.reference, related[column.source]?.[id]));
        })
        .join(','),
    );
    downloadCSV([header, ...rows].join('\r\n'), filename);
  };
