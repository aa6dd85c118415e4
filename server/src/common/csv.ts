/**
 * CSV as RFC 4180 writes it, and as spreadsheets export it: fields separated by commas, records by
 * CRLF or LF (a lone CR too); a field in double quotes may hold commas, line breaks and quotes
 * (doubled, `""`); a UTF-8 byte order mark at the start is dropped. Pure: text in, records out.
 */

/** One record with the line of the text it starts on (1-based; a quoted line break makes a record span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The text is not well-formed CSV; `line` says where. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const BOM = '\uFEFF';

/** Records with nothing in any field (an empty line, or `,,,` from a spreadsheet) are left out. */
const isBlank = (fields: readonly string[]) => fields.every((field) => field === '');

export function parseCsv(input: string): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false; // the current field was a quoted one, now closed
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endField = () => {
    fields.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    endField();
    if (!isBlank(fields)) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      if (field !== '' || quoted) throw new CsvSyntaxError(line, 'a quote inside an unquoted field (quote the whole field and double the quote: "")');
      const opened = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(opened, 'a quoted field is never closed');
        const inner = text[i];
        if (inner === '"') {
          if (text[i + 1] !== '"') break;
          field += '"';
          i += 2;
          continue;
        }
        if (inner === '\n' || (inner === '\r' && text[i + 1] !== '\n')) line++;
        field += inner;
        i++;
      }
      i++; // the closing quote
      quoted = true;
      if (i < text.length && !',\r\n'.includes(text[i])) {
        throw new CsvSyntaxError(line, 'a closing quote must be followed by a comma or the end of the line');
      }
    } else if (char === ',') {
      endField();
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += char;
      i++;
    }
  }
  if (field !== '' || quoted || fields.length > 0) endRecord();
  return records;
}
