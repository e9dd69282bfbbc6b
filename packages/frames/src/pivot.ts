import { InvalidInputError } from '@scpkit/core';
import type { DataFrame } from 'danfojs-node';
import { loadDanfo } from './danfo.js';

/** Options of {@link pivot}: which column gives the rows, which the new columns, which the cells. */
export interface PivotOptions {
  /** Column whose distinct values become the rows (the first column of the result). */
  readonly index: string;
  /** Column whose distinct values become the new columns, in the order first seen. */
  readonly columns: string;
  /** Column whose values fill the cells. */
  readonly values: string;
}

/**
 * Reshapes a long frame to a wide one, as pandas' `DataFrame.pivot` (danfojs-node 1.2 has none):
 * one row per distinct `index` value and one column per distinct `columns` value, both in the order
 * first seen, each cell the `values` value of the one row with that pair. Nothing is aggregated, so
 * every cell is a value of the input, unchanged (no float32 arithmetic); a pair without a row is
 * missing (`NaN` in a numeric column, `null` otherwise).
 *
 * @example
 * const long = new DataFrame([['cp', '2020/21', 400], ['cp', '2021/22', 450], ['lac', '2021/22', 600]], { columns: ['indicator', 'period', 'value'] });
 * const wide = pivot(long, { index: 'indicator', columns: 'period', values: 'value' });
 * wide.columns; // => ['indicator', '2020/21', '2021/22']
 * wide.values; // => [['cp', 400, 450], ['lac', NaN, 600]]
 * @throws {InvalidInputError} when a named column is absent, an `index` or `columns` cell is missing,
 *   or two rows have the same (`index`, `columns`) pair (filter or aggregate them first).
 */
export function pivot(df: DataFrame, options: PivotOptions): DataFrame {
  const fn = 'pivot';
  const frame = df as unknown as { columns?: unknown; values?: unknown; dtypes?: unknown; shape?: unknown };
  if (frame === null || typeof frame !== 'object' || !Array.isArray(frame.columns) || !Array.isArray(frame.shape)) {
    throw new InvalidInputError(fn, 'df', df, 'must be a danfojs DataFrame');
  }
  const names = frame.columns as string[];
  const dtypes = (Array.isArray(frame.dtypes) ? frame.dtypes : []) as string[];
  const positionOf = (key: keyof PivotOptions): number => {
    const name = options?.[key];
    const at = typeof name === 'string' ? names.indexOf(name) : -1;
    if (at < 0) throw new InvalidInputError(fn, `options.${key}`, name, `must name a column of the frame (${names.join(', ')})`);
    return at;
  };
  const [i, c, v] = [positionOf('index'), positionOf('columns'), positionOf('values')];
  const rows = (frame.shape[0] === 0 ? [] : frame.values) as unknown[][];
  const isMissing = (x: unknown) => x === null || x === undefined || (typeof x === 'number' && Number.isNaN(x));
  const rowKeys = new Set<unknown>();
  const columnKeys = new Set<string>();
  const cells = new Map<string, { value: unknown; row: number }>();
  rows.forEach((row, r) => {
    const [key, column] = [row[i], row[c]];
    if (isMissing(key)) throw new InvalidInputError(fn, `df row ${r} column ${options.index}`, key, 'is missing: an index cell must hold a value');
    if (isMissing(column)) throw new InvalidInputError(fn, `df row ${r} column ${options.columns}`, column, 'is missing: a columns cell must hold a value');
    rowKeys.add(key);
    const label = String(column);
    columnKeys.add(label);
    const pair = JSON.stringify([key, label]);
    const first = cells.get(pair);
    if (first !== undefined) throw new InvalidInputError(fn, `df row ${r}`, { [options.index]: key, [options.columns]: column }, `repeats the pair of row ${first.row}: filter or aggregate first`);
    cells.set(pair, { value: row[v], row: r });
  });
  if (columnKeys.has(options.index)) throw new InvalidInputError(fn, 'options.columns', options.columns, `has the value ${JSON.stringify(options.index)}, the name of the index column`);
  const valueType = dtypes[v] ?? 'string';
  const numeric = valueType === 'int32' || valueType === 'float32';
  const labels = [...columnKeys];
  const wide = [...rowKeys].map((key) => [key, ...labels.map((label) => cells.get(JSON.stringify([key, label]))?.value ?? (numeric ? Number.NaN : null))]);
  const { DataFrame } = loadDanfo();
  return new DataFrame(wide, { columns: [options.index, ...labels], dtypes: [dtypes[i] ?? 'string', ...labels.map(() => valueType)] });
}
