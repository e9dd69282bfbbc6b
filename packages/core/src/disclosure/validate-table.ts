import { InvalidInputError } from '../errors/index.js';
import type { CountTable, ProtectedTable } from './count-table.js';
import { assertArray } from '../stats/validate-input.js';
import { SUPPRESSED } from './symbols.js';

// Internal argument checks of the table functions: each throws InvalidInputError naming the
// function, the offending row or column (by index and label) and what is wrong.

/** Throws unless `table` is a well-formed {@link CountTable}. */
export function checkCountTable(fn: string, table: unknown): asserts table is CountTable {
  const t = checkShape(fn, table);
  t.cells.forEach((row, i) => {
    row.forEach((value, j) => checkCount(fn, `cells[${i}][${j}] (${where(t, i, j)})`, value));
  });
}

/** Throws unless `table` is a well-formed {@link ProtectedTable}: numbers or `[c]`, totals sized to the labels. */
export function checkProtectedTable(fn: string, table: unknown): asserts table is ProtectedTable {
  const t = checkShape(fn, table);
  const p = t as unknown as Record<string, unknown>;
  t.cells.forEach((row, i) => {
    row.forEach((value, j) => checkPublished(fn, `cells[${i}][${j}] (${where(t, i, j)})`, value));
  });
  const rowTotals = p['rowTotals'];
  const columnTotals = p['columnTotals'];
  if (!Array.isArray(rowTotals) || rowTotals.length !== t.rowLabels.length) {
    throw new InvalidInputError(fn, 'rowTotals', rowTotals, `must be an array with one total per row label (${t.rowLabels.length})`);
  }
  if (!Array.isArray(columnTotals) || columnTotals.length !== t.columnLabels.length) {
    throw new InvalidInputError(fn, 'columnTotals', columnTotals, `must be an array with one total per column label (${t.columnLabels.length})`);
  }
  assertArray(fn, 'rowTotals', rowTotals);
  assertArray(fn, 'columnTotals', columnTotals);
  rowTotals.forEach((value, i) => checkPublished(fn, `rowTotals[${i}] (row ${JSON.stringify(t.rowLabels[i])})`, value));
  columnTotals.forEach((value, j) =>
    checkPublished(fn, `columnTotals[${j}] (column ${JSON.stringify(t.columnLabels[j])})`, value),
  );
  checkPublished(fn, 'grandTotal', p['grandTotal']);
}

function where(t: CountTable, i: number, j: number): string {
  return `row ${JSON.stringify(t.rowLabels[i])}, column ${JSON.stringify(t.columnLabels[j])}`;
}

function checkShape(fn: string, table: unknown): CountTable {
  if (table === null || typeof table !== 'object') {
    throw new InvalidInputError(fn, 'table', table, 'must be an object { rowLabels, columnLabels, cells }');
  }
  const t = table as Record<string, unknown>;
  const rowLabels = t['rowLabels'];
  const columnLabels = t['columnLabels'];
  const cells = t['cells'];
  for (const [name, labels] of [['rowLabels', rowLabels], ['columnLabels', columnLabels]] as const) {
    if (!Array.isArray(labels)) throw new InvalidInputError(fn, name, labels, 'must be an array of strings');
    assertArray(fn, name, labels);
    if (labels.length === 0) throw new InvalidInputError(fn, name, labels, 'must name at least one row or column');
    labels.forEach((label, k) => {
      if (typeof label !== 'string') throw new InvalidInputError(fn, `${name}[${k}]`, label, 'must be a string');
    });
  }
  const rows = rowLabels as string[];
  const columns = columnLabels as string[];
  if (!Array.isArray(cells)) throw new InvalidInputError(fn, 'cells', cells, 'must be an array of rows');
  assertArray(fn, 'cells', cells);
  if (cells.length !== rows.length) {
    throw new InvalidInputError(fn, 'cells', `${cells.length} rows`, `must have one row per row label (${rows.length} labels)`);
  }
  cells.forEach((row: unknown, i) => {
    const name = `cells[${i}] (row ${JSON.stringify(rows[i])})`;
    if (!Array.isArray(row)) throw new InvalidInputError(fn, name, row, 'must be an array of counts');
    assertArray(fn, name, row);
    if (row.length !== columns.length) {
      throw new InvalidInputError(
        fn,
        name,
        row,
        `has ${row.length} value${row.length === 1 ? '' : 's'} but there ${columns.length === 1 ? 'is 1 column label' : `are ${columns.length} column labels`} (a ragged row)`,
      );
    }
  });
  return table as CountTable;
}

function checkCount(fn: string, argument: string, value: unknown): void {
  if (typeof value !== 'number') throw new InvalidInputError(fn, argument, value, 'must be a count (a number)');
  if (Number.isNaN(value)) throw new InvalidInputError(fn, argument, value, 'must be a number, not NaN');
  if (!Number.isFinite(value)) throw new InvalidInputError(fn, argument, value, 'must be finite');
  if (!Number.isInteger(value)) throw new InvalidInputError(fn, argument, value, 'must be a whole number (a count)');
  if (value < 0) throw new InvalidInputError(fn, argument, value, 'must not be negative');
  if (!Number.isSafeInteger(value)) throw new InvalidInputError(fn, argument, value, 'must be at most 2^53 - 1');
}

function checkPublished(fn: string, argument: string, value: unknown): void {
  if (value === SUPPRESSED) return;
  if (typeof value !== 'number') throw new InvalidInputError(fn, argument, value, 'must be a count or [c]');
  checkCount(fn, argument, value);
}
