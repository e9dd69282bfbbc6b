import type { ProtectedCount, TableEntry } from './count-table.js';

// Internal: every figure a table publishes, numbered in one order shared by protectTable and
// findDisclosureRisks: the r·c cells row by row, then the r row totals, the c column totals and
// the grand total (r·c + r + c + 1 entries in all).

/** Labels and size of a table (internal). */
export interface TableShape {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
}

/** Number of published entries of an r x c table. */
export function entryCount(shape: TableShape): number {
  const r = shape.rowLabels.length;
  const c = shape.columnLabels.length;
  return r * c + r + c + 1;
}

/** The entry numbered `index`. */
export function entryAt(shape: TableShape, index: number): TableEntry {
  const r = shape.rowLabels.length;
  const c = shape.columnLabels.length;
  if (index < r * c) {
    const row = Math.floor(index / c);
    const column = index % c;
    return { kind: 'cell', row, column, rowLabel: shape.rowLabels[row] as string, columnLabel: shape.columnLabels[column] as string };
  }
  if (index < r * c + r) {
    const row = index - r * c;
    return { kind: 'row-total', row, rowLabel: shape.rowLabels[row] as string };
  }
  if (index < r * c + r + c) {
    const column = index - r * c - r;
    return { kind: 'column-total', column, columnLabel: shape.columnLabels[column] as string };
  }
  return { kind: 'grand-total' };
}

/** All entries, in order. */
export function allEntries(shape: TableShape): TableEntry[] {
  return Array.from({ length: entryCount(shape) }, (_, i) => entryAt(shape, i));
}

/**
 * Which cells an entry adds up, as a 0/1 vector over the r·c cells (row by row): a cell is its own
 * unit vector, a row total has ones along its row, and so on.
 */
export function cellsSummed(shape: TableShape, entry: TableEntry): bigint[] {
  const r = shape.rowLabels.length;
  const c = shape.columnLabels.length;
  const v = new Array<bigint>(r * c).fill(0n);
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const inEntry =
        entry.kind === 'grand-total' ||
        (entry.kind === 'cell' && entry.row === i && entry.column === j) ||
        (entry.kind === 'row-total' && entry.row === i) ||
        (entry.kind === 'column-total' && entry.column === j);
      if (inEntry) v[i * c + j] = 1n;
    }
  }
  return v;
}

/** The published value of an entry of a table with totals. */
export function publishedValue(
  table: TableShape & {
    readonly cells: readonly (readonly ProtectedCount[])[];
    readonly rowTotals: readonly ProtectedCount[];
    readonly columnTotals: readonly ProtectedCount[];
    readonly grandTotal: ProtectedCount;
  },
  entry: TableEntry,
): ProtectedCount {
  switch (entry.kind) {
    case 'cell':
      return table.cells[entry.row]?.[entry.column] as ProtectedCount;
    case 'row-total':
      return table.rowTotals[entry.row] as ProtectedCount;
    case 'column-total':
      return table.columnTotals[entry.column] as ProtectedCount;
    case 'grand-total':
      return table.grandTotal;
  }
}
