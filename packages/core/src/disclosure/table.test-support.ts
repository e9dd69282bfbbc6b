// Test support only (not exported): generators and brute-force helpers for the table tests.
import fc from 'fast-check';
import type { CountTable, ProtectedCount, ProtectedTable, TableEntry } from './count-table.js';
import { allEntries, publishedValue } from './table-entries.js';

/** A table from its cells, labelled R1.., C1... */
export function tableOf(cells: number[][]): CountTable {
  return {
    rowLabels: cells.map((_, i) => `R${i + 1}`),
    columnLabels: (cells[0] ?? []).map((_, j) => `C${j + 1}`),
    cells,
  };
}

/** The true value of every entry of `table` (cells, row totals, column totals, grand total). */
export function trueValues(table: CountTable): number[] {
  const rowTotals = table.cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = table.columnLabels.map((_, j) => table.cells.reduce((a, row) => a + (row[j] as number), 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  return [...table.cells.flat(), ...rowTotals, ...columnTotals, grand];
}

/** Published value of every entry of a protected table, in entry order. */
export function publishedValues(table: ProtectedTable): ProtectedCount[] {
  return allEntries(table).map((entry) => publishedValue(table, entry));
}

/** A copy of `table` with entry number `k` set to `value`. */
export function withEntry(table: ProtectedTable, k: number, value: ProtectedCount): ProtectedTable {
  const entry: TableEntry = allEntries(table)[k] as TableEntry;
  const cells = table.cells.map((row) => [...row]);
  const rowTotals = [...table.rowTotals];
  const columnTotals = [...table.columnTotals];
  let grandTotal = table.grandTotal;
  if (entry.kind === 'cell') (cells[entry.row] as ProtectedCount[])[entry.column] = value;
  else if (entry.kind === 'row-total') rowTotals[entry.row] = value;
  else if (entry.kind === 'column-total') columnTotals[entry.column] = value;
  else grandTotal = value;
  return { ...table, cells, rowTotals, columnTotals, grandTotal };
}

/** Counts 0..30, most of them small (0..6), as in safeguarding tables. */
export const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 30 }) });

/** A table of `rows` x `columns` counts, each dimension in the given range. */
export function countTable(rows: { min: number; max: number }, columns: { min: number; max: number }): fc.Arbitrary<CountTable> {
  return fc
    .tuple(fc.integer(rows), fc.integer(columns))
    .chain(([r, c]) => fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }))
    .map(tableOf);
}

/**
 * Independent of any linear algebra: for a table of at most 9 cells, which suppressed entries can
 * take another value in some other table of non-negative whole numbers that publishes exactly the
 * same figures? Tries every change of -1, 0 or +1 to each hidden cell. Returns, per entry number,
 * true when the entry is hidden and such an alternative exists.
 */
export function entriesWithAlternative(original: CountTable, published: ProtectedTable): boolean[] {
  const values = trueValues(original);
  const shown = publishedValues(published);
  const r = original.rowLabels.length;
  const c = original.columnLabels.length;
  const hiddenCells = original.cells.flat().map((_, k) => k).filter((k) => shown[k] === '[c]');
  const varies = shown.map(() => false);
  const delta = new Array<number>(r * c).fill(0);
  const total = 3 ** hiddenCells.length;
  for (let code = 1; code < total; code++) {
    let x = code;
    for (const k of hiddenCells) {
      delta[k] = (x % 3) - 1;
      x = Math.floor(x / 3);
    }
    if (hiddenCells.some((k) => (values[k] as number) + (delta[k] as number) < 0)) continue;
    const entryDelta = [
      ...delta,
      ...Array.from({ length: r }, (_, i) => delta.slice(i * c, i * c + c).reduce((a, b) => a + b, 0)),
      ...Array.from({ length: c }, (_, j) => delta.filter((_, k) => k % c === j).reduce((a, b) => a + b, 0)),
      delta.reduce((a, b) => a + b, 0),
    ];
    // The alternative must publish the same figures: no change to any published total.
    if (entryDelta.some((d, k) => d !== 0 && shown[k] !== '[c]')) continue;
    entryDelta.forEach((d, k) => {
      if (d !== 0) varies[k] = true;
    });
  }
  return varies;
}
