import { checkConstraintsByUnit } from './check-constraints-by-unit.js';
import { anchoredPattern, checkFieldConstraints } from './check-field-constraints.js';
import { checkHeader } from './check-header.js';
import { QUOTE_FIELD, checkQuoteInSource, checkQuoteLength } from './check-quote.js';
import { convertCellText, type CellValue } from './convert-cell.js';
import { keyFields } from './data-package.js';
import type { DatasetProblem } from './dataset-problem.js';
import { parseCsv } from './parse-csv.js';
import type { TableSchema } from './table-schema.js';
import { assertTableInput } from './check-dataset-input.js';

/** Default Table Schema missing-value codes when a schema declares none. */
export const DEFAULT_MISSING_VALUES: readonly string[] = [''];

/**
 * A record as validation sees it: a converted value, `null` for a missing value, or `undefined`
 * where the cell could not be converted (a problem says why) or its column is absent.
 *
 * @example
 * const text = 'acronym,expansion,section,quote\nABE,Achieving Best Evidence,9.E,ABE Achieving Best Evidence\n';
 * const record: CheckedRecord = validateTable({ file: 'acronyms.csv', text, schema: standardSchemas.acronyms }).records[0]!;
 * record.expansion; // => 'Achieving Best Evidence'
 */
export type CheckedRecord = Readonly<Record<string, CellValue | null | undefined>>;

/**
 * The result of checking one CSV file against its schema.
 *
 * @example
 * const table: CheckedTable = validateTable({ file: 'acronyms.csv', text: '', schema: standardSchemas.acronyms });
 * [table.readable, table.rowCount]; // => [false, 0]
 */
export interface CheckedTable {
  /** Number of records (data lines) the file holds, whether or not they are valid. */
  readonly rowCount: number;
  /** Every record whose line could be split into the right number of cells, in file order. */
  readonly records: readonly CheckedRecord[];
  /** Physical line number on which each of `records` starts. */
  readonly rowNumbers: readonly number[];
  /** For each of `records`, the missing-value code of each missing cell, by field name. */
  readonly missing: readonly Readonly<Record<string, string>>[];
  /** False when the file had no usable header, so no record could be read. */
  readonly readable: boolean;
  readonly problems: readonly DatasetProblem[];
}

/**
 * What {@link validateTable} needs: the CSV text, its schema and, for quote checks, the source text.
 *
 * @example
 * const input: TableInput = { file: 'acronyms.csv', text: 'acronym,expansion,section,quote\nABE,Achieving Best Evidence,9.E,ABE\n', schema: standardSchemas.acronyms, source: { path: 'source.txt', text: 'ABE Achieving Best Evidence' } };
 * validateTable(input).problems.map((p) => p.code); // => ['quote-too-short']
 */
export interface TableInput {
  /** Path of the CSV as the descriptor names it; used to label problems. */
  readonly file: string;
  readonly text: string;
  readonly schema: TableSchema;
  /** When given, every `quote` cell must be long enough to identify its place and occur verbatim in `source.text`. */
  readonly source?: { readonly path: string; readonly text: string };
}

/**
 * Checks one CSV file against its Table Schema and converts its cells, collecting every problem:
 * CSV syntax, header, row length, cell types, `required`, field constraints,
 * `scpkit:constraintsByUnit`, `unique`, primary key and, given a source text, quotes: long enough to
 * identify their place (`checkQuoteLength`) and verbatim in it (`checkQuoteInSource`).
 * Foreign keys span tables and are checked by the dataset validator.
 *
 * A field named in the primary key is treated as required (as Table Schema specifies). A field that
 * is `unique` and is by itself the primary key gets only the `duplicate-key` problem, not both.
 *
 * @example
 * const text = 'acronym,expansion,section,quote\nABE,Achieving Best Evidence,9.E,ABE Achieving Best Evidence\n';
 * const table = validateTable({ file: 'acronyms.csv', text, schema: standardSchemas.acronyms });
 * [table.rowCount, table.records[0]?.acronym, table.problems]; // => [1, 'ABE', []]
 * validateTable({ file: 'acronyms.csv', text: 'acronym\nABE\n', schema: standardSchemas.acronyms }).problems.map((p) => p.code); // => ['missing-column', 'missing-column', 'missing-column']
 */
export function validateTable(input: TableInput): CheckedTable {
  assertTableInput('validateTable', input);
  return checkTable(input);
}

/** {@link validateTable} for a checked input. Internal: `validateDataset` checks its tables through it. */
export function checkTable(input: TableInput): CheckedTable {
  const { file, schema } = input;
  const parsed = parseCsv(input.text, file);
  const problems: DatasetProblem[] = [...parsed.problems];
  if (parsed.header === null) {
    return { rowCount: parsed.records.length, records: [], rowNumbers: [], missing: [], readable: false, problems };
  }
  const fieldNames = schema.fields.map((f) => f.name);
  const header = checkHeader(parsed.header, fieldNames, file);
  for (const problem of header.problems) problems.push(problem);

  const missingValues = schema.missingValues ?? DEFAULT_MISSING_VALUES;
  const primaryKey = schema.primaryKey === undefined ? [] : keyFields(schema.primaryKey);
  const patterns = new Map(schema.fields.map((f) => [f.name, f.constraints?.pattern === undefined ? undefined : anchoredPattern(f.constraints.pattern)]));
  const uniqueFields = schema.fields.filter((f) => f.constraints?.unique === true && !(primaryKey.length === 1 && primaryKey[0] === f.name));
  const firstSeen = new Map<string, Map<string, number>>(uniqueFields.map((f) => [f.name, new Map()]));
  const keysSeen = new Map<string, number>();
  const uniqueKey = schema['scpkit:uniqueKey'] ?? [];
  const uniqueKeysSeen = new Map<string, number>();
  const byUnit = schema['scpkit:constraintsByUnit'];

  const records: CheckedRecord[] = [];
  const rowNumbers: number[] = [];
  const missing: Record<string, string>[] = [];
  for (const record of parsed.records) {
    if (record.broken) continue;
    const row = record.line;
    if (record.cells.length !== parsed.header.length) {
      problems.push({
        file,
        row,
        field: '-',
        code: 'row-length',
        message: `the record has ${record.cells.length} cell${record.cells.length === 1 ? '' : 's'}, the header has ${parsed.header.length} (a comma inside a value must be quoted)`,
      });
      continue;
    }
    const values: Record<string, CellValue | null | undefined> = {};
    const missingCodes: Record<string, string> = {};
    for (const field of schema.fields) {
      const column = header.columnOf.get(field.name);
      const text = column === undefined ? undefined : record.cells[column];
      if (text === undefined) {
        values[field.name] = undefined;
        continue;
      }
      const converted = convertCellText(text, field.type, missingValues);
      if (converted.kind === 'missing') {
        values[field.name] = null;
        missingCodes[field.name] = converted.code;
        if (field.constraints?.required === true || primaryKey.includes(field.name)) {
          const found = converted.code === '' ? 'the cell is empty' : `found the missing-value code ${JSON.stringify(converted.code)}`;
          problems.push({ file, row, field: field.name, code: 'missing-required-value', message: `a value is required (${found})` });
        }
        continue;
      }
      if (converted.kind === 'invalid') {
        values[field.name] = undefined;
        problems.push({ file, row, field: field.name, code: converted.code, message: converted.message });
        continue;
      }
      values[field.name] = converted.value;
      for (const violation of checkFieldConstraints(text, converted.value, field.constraints, patterns.get(field.name))) {
        problems.push({ file, row, field: field.name, ...violation });
      }
      if (field.name === QUOTE_FIELD && input.source !== undefined && typeof converted.value === 'string') {
        const short = checkQuoteLength(converted.value, input.source.path);
        if (short !== null) problems.push({ file, row, field: field.name, code: 'quote-too-short', message: short });
        const message = checkQuoteInSource(converted.value, input.source.text, input.source.path);
        if (message !== null) problems.push({ file, row, field: field.name, code: 'quote-not-in-source', message });
      }
    }

    if (byUnit !== undefined) {
      const value = values[byUnit.field];
      const unit = values[byUnit.unitField];
      const column = header.columnOf.get(byUnit.field);
      const text = column === undefined ? undefined : record.cells[column];
      if (typeof value === 'number' && typeof unit === 'string' && text !== undefined) {
        for (const violation of checkConstraintsByUnit(text, value, unit, byUnit)) {
          problems.push({ file, row, field: byUnit.field, ...violation });
        }
      }
    }

    for (const field of uniqueFields) {
      const value = values[field.name];
      if (value === null || value === undefined) continue;
      const seen = firstSeen.get(field.name);
      const key = JSON.stringify(value);
      const first = seen?.get(key);
      if (first !== undefined) {
        problems.push({ file, row, field: field.name, code: 'not-unique', message: `${JSON.stringify(value)} is not unique (first in row ${first})` });
      } else {
        seen?.set(key, row);
      }
    }

    if (primaryKey.length > 0) {
      const key = primaryKey.map((name) => values[name]);
      if (key.every((v) => v !== null && v !== undefined)) {
        const text = JSON.stringify(key);
        const first = keysSeen.get(text);
        if (first !== undefined) {
          problems.push({
            file,
            row,
            field: primaryKey.join(','),
            code: 'duplicate-key',
            message: `duplicate primary key ${describeKey(primaryKey, key)} (first in row ${first})`,
          });
        } else {
          keysSeen.set(text, row);
        }
      }
    }

    if (uniqueKey.length > 0) {
      const key = uniqueKey.map((name) => values[name] ?? null);
      const text = JSON.stringify(key);
      const first = uniqueKeysSeen.get(text);
      if (first !== undefined) {
        problems.push({ file, row, field: uniqueKey.join(','), code: 'duplicate-key', message: `duplicate key ${describeKey(uniqueKey, key)} (first in row ${first})` });
      } else {
        uniqueKeysSeen.set(text, row);
      }
    }

    records.push(values);
    rowNumbers.push(row);
    missing.push(missingCodes);
  }
  return { rowCount: parsed.records.length, records, rowNumbers, missing, readable: true, problems };
}

/** `name = value` for a one-field key, `(a, b) = (x, y)` for a composite key. */
export function describeKey(fields: readonly string[], values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  return fields.length === 1 ? `${fields[0]} = ${shown[0]}` : `(${fields.join(', ')}) = (${shown.join(', ')})`;
}
