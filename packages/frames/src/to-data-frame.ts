import { InvalidInputError, type CellValue, type DatasetRecord, type FieldType } from '@scpkit/core';
import type { DataFrame } from 'danfojs-node';
import { loadDanfo } from './danfo.js';
import { dtypeOf, resolveResource, type ResourceRef } from './resource.js';

/**
 * A danfojs-node DataFrame of a dataset resource's records, as `loadDataset` returns them
 * (`dataset.tables[name]`, `dataset.otherTables[name]`), one row per record, rows in record order.
 *
 * - **Columns** are the schema's fields in schema order when `resource` is given (so an empty table
 *   still has its columns), else the records' keys in the order first seen.
 * - **Types**: danfo infers a column's type from its values and takes text that looks like a number
 *   for a number, so the dtypes are set from the schema: `integer` → `int32`, `number` → `float32`,
 *   `boolean` → `boolean`, `string`, `date` and `yearmonth` → `string`. The dtype is only danfo's
 *   label: every value stays the JavaScript number, boolean or string of the record (ids such as
 *   `"012"`, periods such as `"2021/22"` and dates such as `"2022-03-31"` stay text; a count beyond
 *   2^31 or a float64 such as 0.30000000000000004 is kept exactly). Without `resource` a column of
 *   numbers is `int32` when all are whole, else `float32`.
 * - **Missing values** (`null` in a record, whatever its code `[x]`, `[z]`, `[c]` or empty) are `NaN`
 *   in numeric columns (so danfo's arithmetic propagates them instead of reading 0) and `null` in
 *   the others; `isNa()` finds both. The code of each missing cell stays in `dataset.missing[name]`.
 *
 * The frame is for exploring (filter, group, pivot, describe). **Figures are computed by
 * `@scpkit/core` in float64, never by danfo**: some danfo operations run on TensorFlow.js in
 * float32 (`pctChange` gives 0.10000002384185791 for a 10% change) and `describe` gives `NaN` for a
 * column with a missing value. Hand rows back with {@link fromDataFrame}, which validates them.
 *
 * danfojs-node is loaded on the first call (about a second).
 *
 * @example
 * const df = toDataFrame(
 *   [{ indicator: 'referrals', period: '2021/22', value: 4321, section: '9.A', quote: '4321' }],
 *   'context-values',
 * );
 * df.columns; // => ['indicator', 'period', 'value', 'section', 'quote']
 * df.dtypes; // => ['string', 'string', 'int32', 'string', 'string']
 * df.values; // => [['referrals', '2021/22', 4321, '9.A', '4321']]
 * @throws {InvalidInputError} when `records` is not an array of plain records, `resource` is
 *   unknown, a record has a field the schema lacks, or a value is not of its field's type.
 */
export function toDataFrame(records: readonly DatasetRecord[], resource?: ResourceRef): DataFrame {
  const fn = 'toDataFrame';
  if (!Array.isArray(records)) throw new InvalidInputError(fn, 'records', records, 'must be an array of records');
  records.forEach((r: unknown, i) => {
    if (r === null || typeof r !== 'object' || Array.isArray(r)) throw new InvalidInputError(fn, `records[${i}]`, r, 'must be a record { field: value }');
  });
  const resolved = resource === undefined ? undefined : resolveResource(fn, 'resource', resource);
  const columns = resolved === undefined ? keysInOrder(records) : resolved.schema.fields.map((f) => f.name);
  const types: (FieldType | undefined)[] = resolved === undefined ? columns.map(() => undefined) : resolved.schema.fields.map((f) => f.type);
  if (resolved !== undefined) {
    const known = new Set(columns);
    records.forEach((r, i) => {
      for (const key of Object.keys(r)) {
        if (!known.has(key)) throw new InvalidInputError(fn, `records[${i}].${key}`, r[key], `is not a field of ${resolved.name} (${columns.join(', ')})`);
      }
    });
  }
  const dtypes = columns.map((column, c) => {
    const type = types[c];
    if (type !== undefined) {
      records.forEach((r, i) => checkValue(fn, `records[${i}].${column}`, r[column], type));
      return dtypeOf(type);
    }
    return inferDtype(fn, column, records);
  });
  const rows = records.map((r) => columns.map((column, c) => cellOf(r[column], dtypes[c]!)));
  const { DataFrame } = loadDanfo();
  return new DataFrame(rows, { columns, dtypes });
}

/** Every key of the records, in the order first seen. */
function keysInOrder(records: readonly DatasetRecord[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const key of Object.keys(r)) keys.add(key);
  return [...keys];
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined;
}

function checkValue(fn: string, argument: string, value: unknown, type: FieldType): void {
  if (isMissing(value)) return;
  const ok =
    type === 'integer' ? Number.isSafeInteger(value)
    : type === 'number' ? typeof value === 'number' && Number.isFinite(value)
    : type === 'boolean' ? typeof value === 'boolean'
    : typeof value === 'string';
  if (!ok) throw new InvalidInputError(fn, argument, value, `must be ${type === 'integer' ? 'a safe integer' : type === 'number' ? 'a finite number' : type === 'boolean' ? 'a boolean' : 'text'} or null (the field is ${type})`);
}

/** The dtype of a column of records without a schema: numbers (int32 when all whole), booleans, else string. */
function inferDtype(fn: string, column: string, records: readonly DatasetRecord[]): 'int32' | 'float32' | 'boolean' | 'string' {
  const present = records.map((r) => r[column]).filter((v): v is CellValue => !isMissing(v));
  present.forEach((v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new InvalidInputError(fn, `records[].${column}`, v, 'must be finite');
  });
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return present.every((v) => Number.isInteger(v)) ? 'int32' : 'float32';
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.some((v) => typeof v !== 'string')) throw new InvalidInputError(fn, `records[].${column}`, present.find((v) => typeof v !== 'string'), 'mixes text with numbers or booleans (give the resource so the schema sets the type)');
  return 'string';
}

function cellOf(value: CellValue | null | undefined, dtype: string): CellValue | null {
  if (isMissing(value)) return dtype === 'int32' || dtype === 'float32' ? Number.NaN : null;
  return value as CellValue;
}
