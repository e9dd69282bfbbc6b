import { parseCsv } from '@scpkit/core';
import {
  EES_SYMBOLS,
  FOUR_DIGIT_IDENTIFIERS,
  INDICATOR_UNITS,
  LEGACY_SYMBOLS,
  LEVEL_COLUMNS,
  MANDATORY_DATA_COLUMNS,
  MANDATORY_META_COLUMNS,
  OBSERVATIONAL_COLUMNS,
  SIX_DIGIT_IDENTIFIERS,
  TIME_IDENTIFIER_GROUPS,
} from './ees-standard.js';

/** One failed screener rule: the file, its CSV line (1 = header; `-` for the whole file) and column (`-` for a whole row). */
export interface EesFailure {
  readonly file: string;
  readonly row: number | '-';
  readonly column: string;
  readonly message: string;
}

/** `file:row:column: message`, as `scpkit validate` prints a problem. */
export function formatEesFailure(f: EesFailure): string {
  return `${f.file}:${f.row}:${f.column}: ${f.message}`;
}

interface Table {
  readonly header: readonly string[];
  readonly rows: readonly { line: number; cell: (column: string) => string }[];
}

function readTable(text: string, file: string, failures: EesFailure[]): Table | undefined {
  const parsed = parseCsv(text, file);
  for (const p of parsed.problems) failures.push({ file, row: p.row ?? '-', column: p.field, message: p.message });
  if (parsed.header === null) return undefined;
  const header = parsed.header;
  return {
    header,
    rows: parsed.records
      .filter((r) => !r.broken)
      .map((r) => ({ line: r.line, cell: (column: string) => (r.cells[header.indexOf(column)] ?? '').trim() })),
  };
}

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/**
 * Runs the screener rules scpkit implements (see `ees-standard.ts` for their sources) on one EES
 * data file and its metadata file, and returns every failure by file, row and column:
 *
 * - data: the mandatory columns; snake_case column names; `time_identifier` one of the acceptable
 *   values, one group per file; `time_period` numeric with 4 or 6 digits as its identifier needs,
 *   6-digit periods of consecutive years; `geographic_level` known, with its columns filled, and
 *   `country_code`, `country_name` filled on every row; no blank filter cell; each indicator cell a
 *   number or one of `c`, `x`, `z`, `low` (never blank, never `:` or `~`); no two rows with the same
 *   time, geography and filters;
 * - metadata: the mandatory columns; a row for every data column that is not time or geography
 *   (a missing meta row), none for a column the data lacks; `col_type` Filter or Indicator; a label;
 *   `indicator_unit` blank, `%`, `pp`, `£` or `£m`; `indicator_dp` blank or a whole number.
 */
export function checkEesPair(dataFile: string, dataText: string, metaFile: string, metaText: string): EesFailure[] {
  const failures: EesFailure[] = [];
  const fail = (file: string, row: number | '-', column: string, message: string) => failures.push({ file, row, column, message });
  const data = readTable(dataText, dataFile, failures);
  const meta = readTable(metaText, metaFile, failures);
  if (data === undefined || meta === undefined) return failures;

  for (const column of MANDATORY_DATA_COLUMNS) if (!data.header.includes(column)) fail(dataFile, 1, column, `the mandatory column ${column} is missing`);
  for (const column of data.header) if (!SNAKE_CASE.test(column)) fail(dataFile, 1, column, 'a column name must be snake_case (lower-case letters, digits and _; no spaces)');
  for (const column of MANDATORY_META_COLUMNS) if (!meta.header.includes(column)) fail(metaFile, 1, column, `the mandatory metadata column ${column} is missing`);

  // Metadata rows.
  const metaByName = new Map<string, { line: number; type: string }>();
  for (const row of meta.rows) {
    const name = row.cell('col_name');
    const type = row.cell('col_type');
    if (name === '') fail(metaFile, row.line, 'col_name', 'is blank');
    else if (!data.header.includes(name)) fail(metaFile, row.line, 'col_name', `${JSON.stringify(name)} is not a column of ${dataFile}`);
    else if (metaByName.has(name)) fail(metaFile, row.line, 'col_name', `${JSON.stringify(name)} has a metadata row already (line ${metaByName.get(name)!.line})`);
    else if (OBSERVATIONAL_COLUMNS.has(name)) fail(metaFile, row.line, 'col_name', `${name} is a time or geography column, which takes no metadata row`);
    if (type !== 'Filter' && type !== 'Indicator') fail(metaFile, row.line, 'col_type', `must be Filter or Indicator (got ${JSON.stringify(type)})`);
    if (row.cell('label') === '') fail(metaFile, row.line, 'label', 'is blank: every filter and indicator needs the label users see');
    const unit = row.cell('indicator_unit');
    const dp = row.cell('indicator_dp');
    if (type === 'Indicator') {
      if (!INDICATOR_UNITS.has(unit)) fail(metaFile, row.line, 'indicator_unit', `must be blank, %, pp, £ or £m (got ${JSON.stringify(unit)})`);
      if (dp !== '' && !/^[0-9]+$/.test(dp)) fail(metaFile, row.line, 'indicator_dp', `must be blank or a whole number of decimal places (got ${JSON.stringify(dp)})`);
    } else if (type === 'Filter') {
      if (unit !== '') fail(metaFile, row.line, 'indicator_unit', 'must be blank for a filter');
      if (dp !== '') fail(metaFile, row.line, 'indicator_dp', 'must be blank for a filter');
    }
    if (name !== '' && !metaByName.has(name)) metaByName.set(name, { line: row.line, type });
  }
  for (const column of data.header) {
    if (!OBSERVATIONAL_COLUMNS.has(column) && !metaByName.has(column)) fail(metaFile, '-', column, `has no metadata row for the data column ${column} of ${dataFile}`);
  }
  const indicators = data.header.filter((c) => metaByName.get(c)?.type === 'Indicator');
  const filters = data.header.filter((c) => metaByName.get(c)?.type === 'Filter');

  // Data rows.
  const groups = new Map<number, number>(); // group index -> first line
  const seen = new Map<string, number>();
  for (const row of data.rows) {
    const identifier = row.cell('time_identifier');
    const period = row.cell('time_period');
    if (data.header.includes('time_identifier')) {
      const group = TIME_IDENTIFIER_GROUPS.findIndex((g) => g.includes(identifier));
      if (group < 0) fail(dataFile, row.line, 'time_identifier', `${JSON.stringify(identifier)} is not an acceptable time_identifier`);
      else if (!groups.has(group)) groups.set(group, row.line);
    }
    if (data.header.includes('time_period')) {
      if (!/^[0-9]{4}([0-9]{2})?$/.test(period)) fail(dataFile, row.line, 'time_period', `${JSON.stringify(period)} must be a 4 or 6 digit number (no dashes or slashes)`);
      else if (SIX_DIGIT_IDENTIFIERS.has(identifier) && period.length !== 6) fail(dataFile, row.line, 'time_period', `${period} has ${period.length} digits but ${identifier} needs 6 (the two years run together, e.g. 201718)`);
      else if (FOUR_DIGIT_IDENTIFIERS.has(identifier) && period.length !== 4) fail(dataFile, row.line, 'time_period', `${period} has ${period.length} digits but ${identifier} needs 4`);
      else if (period.length === 6) {
        const first = Number(period.slice(2, 4));
        const second = Number(period.slice(4, 6));
        if ((first + 1) % 100 !== second) fail(dataFile, row.line, 'time_period', `${period} is not two consecutive years (e.g. 201920)`);
      }
    }
    const level = row.cell('geographic_level');
    if (data.header.includes('geographic_level')) {
      const needed = LEVEL_COLUMNS[level];
      if (needed === undefined) fail(dataFile, row.line, 'geographic_level', `${JSON.stringify(level)} is not a geographic level EES knows`);
      else for (const column of needed) if (!data.header.includes(column)) fail(dataFile, row.line, column, `the ${level} level needs the column ${column}`);
        else if (row.cell(column) === '') fail(dataFile, row.line, column, `is blank on a ${level} row`);
    }
    for (const column of ['country_code', 'country_name']) if (data.header.includes(column) && row.cell(column) === '') fail(dataFile, row.line, column, 'is blank: every row needs the country');
    for (const column of filters) if (row.cell(column) === '') fail(dataFile, row.line, column, 'a filter cell is blank (use "Total" or a value; blanks break the table tool)');
    for (const column of indicators) {
      const value = row.cell(column);
      if (value === '') fail(dataFile, row.line, column, 'an indicator cell is blank: give the number or one of c, x, z, low');
      else if (LEGACY_SYMBOLS.has(value)) fail(dataFile, row.line, column, `${JSON.stringify(value)} is an obsolete symbol: use x (not available) or low`);
      else if (!EES_SYMBOLS.has(value) && !/^-?[0-9]+(\.[0-9]+)?$/.test(value)) fail(dataFile, row.line, column, `${JSON.stringify(value)} is neither a number nor one of c, x, z, low`);
    }
    const key = [...data.header.filter((c) => OBSERVATIONAL_COLUMNS.has(c)), ...filters].map((c) => row.cell(c)).join('\u0000');
    if (seen.has(key)) fail(dataFile, row.line, '-', `repeats the time, geography and filters of line ${seen.get(key)}`);
    else seen.set(key, row.line);
  }
  if (groups.size > 1) {
    const lines = [...groups.values()];
    fail(dataFile, lines[1]!, 'time_identifier', `mixes time identifiers that cannot share a file (line ${lines[0]} is another kind of year)`);
  }
  return failures;
}
