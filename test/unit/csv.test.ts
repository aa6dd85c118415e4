import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../server/src/common/csv.js';

const fieldsOf = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv: RFC 4180 fields and records', () => {
  it('splits records on LF and CRLF and fields on commas, numbering the lines', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\n4,5,6')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
      { line: 3, fields: ['4', '5', '6'] },
    ]);
  });

  it('takes a lone CR (old spreadsheets) as a line break too', () => {
    expect(fieldsOf('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps empty fields, at the start, the middle and the end of a record', () => {
    expect(fieldsOf(',x,,y,\n')).toEqual([['', 'x', '', 'y', '']]);
  });

  it('ignores a final line break, empty lines and records of empty fields only', () => {
    expect(parseCsv('a,b\n\n1,2\r\n,\n\n3,4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
      { line: 6, fields: ['3', '4'] },
    ]);
  });

  it('answers nothing for empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });
});

describe('parseCsv: quoted fields', () => {
  it('reads commas and doubled quotes inside quotes', () => {
    expect(fieldsOf('"Smith, Jr.","She said ""hello""",plain')).toEqual([['Smith, Jr.', 'She said "hello"', 'plain']]);
  });

  it('reads line breaks inside quotes, and numbers each record by the line it starts on', () => {
    expect(parseCsv('name,notes\r\nAna,"first line\r\nsecond line"\r\nBo,"a\nb\nc"\nCy,x')).toEqual([
      { line: 1, fields: ['name', 'notes'] },
      { line: 2, fields: ['Ana', 'first line\r\nsecond line'] },
      { line: 4, fields: ['Bo', 'a\nb\nc'] },
      { line: 7, fields: ['Cy', 'x'] },
    ]);
  });

  it('reads an empty quoted field and a field that is one quote', () => {
    expect(fieldsOf('"",""""\n')).toEqual([['', '"']]);
  });

  it('keeps a record whose only field is quoted and empty apart from blank lines', () => {
    expect(fieldsOf('a\n""\nb')).toEqual([['a'], ['b']]);
  });
});

describe('parseCsv: text encodings', () => {
  it('drops a UTF-8 byte order mark before the header', () => {
    expect(fieldsOf('\uFEFFfirstName,lastName\nA,B')).toEqual([['firstName', 'lastName'], ['A', 'B']]);
  });

  it('keeps non-ASCII names as they are (accents, CJK, emoji, right-to-left)', () => {
    expect(fieldsOf('José,Núñez\n"Zoë, Ann",Ångström\n美咲,山田\nنور,😀')).toEqual([
      ['José', 'Núñez'],
      ['Zoë, Ann', 'Ångström'],
      ['美咲', '山田'],
      ['نور', '😀'],
    ]);
  });
});

describe('parseCsv: malformed text is refused with the line', () => {
  const failure = (text: string) => {
    try {
      parseCsv(text);
    } catch (error) {
      if (error instanceof CsvSyntaxError) return { line: error.line, reason: error.reason };
      throw error;
    }
    throw new Error('expected a CsvSyntaxError');
  };

  it('refuses a quoted field that is never closed, naming the line where it opens', () => {
    expect(failure('a,b\n1,"open\n2,3\n')).toEqual({ line: 2, reason: 'a quoted field is never closed' });
  });

  it('refuses a quote in the middle of an unquoted field', () => {
    expect(failure('a,b\nab"c,d')).toMatchObject({ line: 2, reason: expect.stringMatching(/^a quote inside an unquoted field/) });
  });

  it('refuses text after a closing quote', () => {
    expect(failure('a\n"x"y\n')).toEqual({ line: 2, reason: 'a closing quote must be followed by a comma or the end of the line' });
  });

  it('counts lines inside quotes when telling where the error is', () => {
    expect(failure('h\n"a\nb"\n"c"d')).toMatchObject({ line: 4 });
  });
});
