import Papa from 'papaparse';
import type { DatasetProblem } from './dataset-problem.js';
import { assertString } from '../stats/validate-input.js';

/**
 * One record of a CSV file, cells kept as text, with the physical line it starts on.
 *
 * @example
 * const [record]: readonly CsvRecord[] = parseCsv('acronym,expansion\nABE,Achieving Best Evidence\n', 'acronyms.csv').records;
 * record; // => { line: 2, cells: ['ABE', 'Achieving Best Evidence'], broken: false }
 */
export interface CsvRecord {
  /** 1-based physical line where the record starts (the header is line 1). */
  readonly line: number;
  readonly cells: readonly string[];
  /** True when the record could not be parsed cleanly (e.g. an unclosed quote); its cells are not checked. */
  readonly broken: boolean;
}

/**
 * A CSV file split into its header and records, plus the syntax problems found on the way.
 *
 * @example
 * const parsed: ParsedCsv = parseCsv('', 'empty.csv');
 * [parsed.header, parsed.problems.map((p) => p.code)]; // => [null, ['empty-file']]
 */
export interface ParsedCsv {
  /** Column names of line 1; `null` when there is no usable header (empty file, broken quoting), which `problems` explains. */
  readonly header: readonly string[] | null;
  readonly records: readonly CsvRecord[];
  readonly problems: readonly DatasetProblem[];
}

/**
 * Parses CSV text (RFC 4180: comma separator, `"` quoting with `""` escapes, LF or CRLF line ends)
 * with papaparse, keeping every cell as text. A leading UTF-8 byte-order mark is dropped; a single
 * line end at the end of the file is allowed; a blank line elsewhere is a `blank-row` problem; an
 * unclosed quote is an `unclosed-quote` problem and the rest of the file is one broken record.
 *
 * `file` only labels the problems. Line numbers count physical lines, so a record after a quoted
 * cell that spans two lines starts one line further down than its record index suggests.
 *
 * @example
 * const csv = parseCsv('acronym,expansion\nABE,"Achieving Best Evidence"\n', 'acronyms.csv');
 * [csv.header, csv.records.length, csv.problems]; // => [['acronym', 'expansion'], 1, []]
 * parseCsv('a,b\n"1,2\n', 'x.csv').problems.map((p) => p.code); // => ['unclosed-quote']
 */
export function parseCsv(text: string, file: string): ParsedCsv {
  assertString('parseCsv', 'text', text);
  assertString('parseCsv', 'file', file);
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const problems: DatasetProblem[] = [];
  if (body.trim() === '') {
    problems.push({ file, row: 1, field: '-', code: 'empty-file', message: 'the file is empty (expected at least a header row)' });
    return { header: null, records: [], problems };
  }

  const rows: { line: number; cells: string[]; errors: Papa.ParseError[] }[] = [];
  let start = 0;
  let line = 1;
  let linebreak = '\n';
  Papa.parse<string[]>(body, {
    delimiter: ',',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ line, cells: result.data, errors: result.errors });
      linebreak = result.meta.linebreak;
      const end = result.meta.cursor;
      line += countLineBreaks(body, start, end);
      start = end;
    },
  });

  // A file that ends with a line break yields one final empty record: that is the line end, not data.
  const last = rows.at(-1);
  if (last !== undefined && rows.length > 1 && isBlank(last.cells) && last.errors.length === 0 && /\r?\n$/.test(body)) {
    rows.pop();
  }

  const [headerRow, ...dataRows] = rows;
  if (headerRow === undefined) {
    problems.push({ file, row: 1, field: '-', code: 'empty-file', message: 'the file is empty (expected at least a header row)' });
    return { header: null, records: [], problems };
  }
  const records: CsvRecord[] = [];
  for (const row of [headerRow, ...dataRows]) {
    let broken = false;
    for (const error of row.errors) {
      broken = true;
      if (error.code === 'MissingQuotes') {
        problems.push({ file, row: row.line, field: '-', code: 'unclosed-quote', message: 'a quoted cell starting on this line is never closed (the rest of the file was read into it)' });
      } else if (error.code === 'InvalidQuotes') {
        problems.push({ file, row: row.line, field: '-', code: 'malformed-quote', message: 'unbalanced quotes: a closing quote is followed by other text (a quoted cell may be left open, or a quote inside one not written as "")' });
      } else {
        problems.push({ file, row: row.line, field: '-', code: 'malformed-quote', message: `CSV syntax error: ${error.message}` });
      }
    }
    const lastCell = row.cells.at(-1);
    if (!broken && linebreak === '\n' && lastCell !== undefined && lastCell.endsWith('\r')) {
      broken = true;
      problems.push({ file, row: row.line, field: '-', code: 'mixed-line-endings', message: 'this line ends with CRLF but the file\'s first line ends with LF (use one kind of line end throughout)' });
    }
    if (row !== headerRow && !broken && isBlank(row.cells)) {
      broken = true;
      problems.push({ file, row: row.line, field: '-', code: 'blank-row', message: 'blank line (every line after the header must be a record)' });
    }
    if (row !== headerRow) records.push({ line: row.line, cells: row.cells, broken });
  }
  const headerBroken = headerRow.errors.length > 0;
  return { header: headerBroken ? null : headerRow.cells, records, problems };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.length === 1 && cells[0] === '';
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) count += 1;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count += 1;
  }
  return count;
}
