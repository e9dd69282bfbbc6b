import {
  DatasetError,
  InvalidInputError,
  validateTable,
  type DatasetProblem,
  type DatasetRecord,
  type StandardRecord,
  type StandardResourceName,
  type TableSchema,
} from '@scpkit/core';
import type { DataFrame } from 'danfojs-node';
import { frameCellText } from './frame-cell.js';
import { resolveResource, type ResourceRef } from './resource.js';

/** Options of {@link fromDataFrame}. */
export interface FromDataFrameOptions {
  /** The dataset's source text: when given, every `quote` cell must occur in it verbatim, as the loader checks. */
  readonly source?: { readonly path: string; readonly text: string };
}

/**
 * The records of a DataFrame holding a dataset resource, validated by `@scpkit/core` as the loader
 * validates the resource's CSV file: cell types, `required`, constraints, unit-dependent bounds,
 * uniqueness, primary and unique keys, and (given `options.source`) verbatim quotes. Foreign keys
 * span tables and are not checked here. The frame's values are written as the cells of a CSV file
 * and read by core's own `validateTable`, so the rules and the messages are the loader's.
 *
 * - A cell must hold a value of its field's JavaScript type: a number in an `integer`/`number`
 *   column, a boolean in a `boolean` column, text in a `string`, `date` or `yearmonth` column. Text in
 *   a number column or a number in a text column (an id or period turned into a number) is refused,
 *   never converted. `null`, `undefined` and `NaN` are missing values (`null` in the record); a text
 *   cell equal to one of the schema's missing-value codes (`[x]`, `[z]`, `[c]`) is missing too.
 * - Columns are matched by name, in any order; the records have the schema's field order. A column
 *   the schema lacks (e.g. one added while exploring) or a field without a column is a problem:
 *   select the schema's columns before handing a frame back.
 * - The frame's index is ignored: a filtered or sorted frame gives its rows in their current order.
 *
 * Problems are reported as the loader reports them, with `file` the resource name, `row` the
 * 0-based position of the row in the frame (the label danfo prints for a frame with the default
 * index; `null` for a column problem) and `field` the column, e.g. `figures:3:value: "12" ...`.
 * Figures are then computed from the records by core, in float64 (not by danfo, whose `pctChange`
 * and tensor operations work in float32).
 *
 * @example
 * const df = toDataFrame([
 *   { indicator: 'referrals', period: '2021/22', value: 4321, section: '9.A', quote: '4321 referrals' },
 *   { indicator: 'plans', period: '2021/22', value: 512, section: '9.A', quote: '512 plans' },
 * ], 'context-values');
 * fromDataFrame(df.query(df['value'].gt(1000)), 'context-values'); // => [{ indicator: 'referrals', period: '2021/22', value: 4321, section: '9.A', quote: '4321 referrals' }]
 * // a count typed as text is refused, naming resource, row and column:
 * const { DataFrame } = loadDanfo();
 * fromDataFrame(new DataFrame([['plans', '2021/22', '512', '9.A', 'q']], { columns: ['indicator', 'period', 'value', 'section', 'quote'] }), 'context-values');
 * // throws DatasetError: the DataFrame of context-values is invalid (1 problem):
 * // context-values:0:value: the cell holds the text "512", not a number (...)
 * @throws {DatasetError} listing every problem (`problems`: resource, row, column, code, message).
 * @throws {InvalidInputError} when `df` is not a DataFrame or `resource` is unknown.
 */
export function fromDataFrame<K extends StandardResourceName>(df: DataFrame, resource: K, options?: FromDataFrameOptions): StandardRecord<K>[];
export function fromDataFrame(df: DataFrame, resource: { readonly name: string; readonly schema: TableSchema }, options?: FromDataFrameOptions): DatasetRecord[];
export function fromDataFrame(df: DataFrame, resource: ResourceRef, options: FromDataFrameOptions = {}): DatasetRecord[] {
  const fn = 'fromDataFrame';
  const { columns, rows } = frameContents(fn, df);
  const { name, schema } = resolveResource(fn, 'resource', resource);
  const source = options.source;
  if (source !== undefined && (typeof source?.path !== 'string' || typeof source?.text !== 'string')) {
    throw new InvalidInputError(fn, 'options.source', source, 'must be { path, text } (strings)');
  }
  const missingValues = schema.missingValues ?? [''];
  const missingCode = missingValues.includes('') ? '' : (missingValues[0] ?? '');
  // The frame's columns in schema order, then any the schema lacks (core reports those).
  const fieldNames = schema.fields.map((f) => f.name);
  const typeOf = new Map(schema.fields.map((f) => [f.name, f.type]));
  const ordered = [...fieldNames.filter((n) => columns.includes(n)), ...columns.filter((c) => !typeOf.has(c))];
  const at = ordered.map((c) => columns.indexOf(c));

  const typeProblems: DatasetProblem[] = [];
  const lines = [ordered.map(csvCell).join(',')];
  // The CSV line each frame row starts on (a text with line breaks spans several), to name rows by position.
  const positionOf = new Map<number, number>();
  let line = 2;
  rows.forEach((row, position) => {
    const texts = ordered.map((column, k) => {
      const cell = frameCellText(row[at[k]!], typeOf.get(column), missingCode);
      if ('text' in cell) return cell.text;
      typeProblems.push({ file: name, row: position, field: column, code: cell.code, message: cell.message });
      return missingCode;
    });
    positionOf.set(line, position);
    line += 1 + texts.reduce((n, text) => n + lineBreaks(text), 0);
    lines.push(texts.map(csvCell).join(','));
  });
  // A frame with neither rows nor columns (an empty table without a schema) is an empty table.
  if (columns.length === 0 && rows.length === 0) lines[0] = fieldNames.map(csvCell).join(',');

  const checked = validateTable({ file: name, text: `${lines.join('\n')}\n`, schema, ...(source === undefined ? {} : { source }) });
  const framed = (at: number | null) => (at === null || at === 1 ? null : (positionOf.get(at) ?? at));
  const typed = new Set(typeProblems.map((p) => `${p.row}\u0000${p.field}`));
  const typedRows = new Set(typeProblems.map((p) => p.row));
  const problems = [
    ...typeProblems,
    ...checked.problems
      .map((p) => ({ ...p, row: framed(p.row), message: p.message.replace(/\(first in row (\d+)\)/g, (_, first: string) => `(first in row ${framed(Number(first)) ?? first})`) }))
      // A cell already refused for its type was written as missing: drop what core then says about it.
      .filter((p) => !typed.has(`${p.row}\u0000${p.field}`) && !(p.code === 'blank-row' && typedRows.has(p.row)))
      .map((p) => (p.code === 'blank-row' ? { ...p, message: 'the row is one missing cell, which a table of one column cannot hold (its CSV line would be blank)' } : p)),
  ].sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
  if (problems.length > 0) throw new DatasetError(problems, `the DataFrame of ${name}`);
  return checked.records as DatasetRecord[];
}

/** The columns and rows of a danfo DataFrame (checked by shape, so a frame from another copy of danfo works too). */
function frameContents(fn: string, df: unknown): { columns: string[]; rows: unknown[][] } {
  const frame = df as { columns?: unknown; values?: unknown; shape?: unknown } | null;
  const columns = frame?.columns;
  const shape = frame?.shape;
  if (frame === null || typeof frame !== 'object' || !Array.isArray(columns) || !Array.isArray(shape)) {
    throw new InvalidInputError(fn, 'df', df, 'must be a danfojs DataFrame (from toDataFrame or new DataFrame)');
  }
  const rows = shape[0] === 0 ? [] : frame.values;
  if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r) && r.length === columns.length)) {
    throw new InvalidInputError(fn, 'df', df, 'must be a DataFrame (a Series has no columns: use toFrame() or a DataFrame)');
  }
  return { columns: columns.map(String), rows: rows as unknown[][] };
}

/** Line breaks in a text as core's CSV reader counts them: LF, CRLF (one) and a lone CR. */
function lineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/** A CSV cell, always quoted (`"` doubled), so commas, quotes and line breaks in text survive. */
function csvCell(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
