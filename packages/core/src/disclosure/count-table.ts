import { InvalidInputError } from '../errors/index.js';
import { assertObject, assertOneOf, assertString } from '../stats/validate-input.js';

/**
 * A one- or two-dimensional table of counts, before protection: `cells[i][j]` counts the children
 * (or cases, or events) in row `rowLabels[i]` and column `columnLabels[j]`. Totals are not given:
 * {@link protectTable} computes them and publishes them. A one-dimensional table is a single row
 * (`rowLabels` of length 1) or a single column.
 *
 * @example
 * const table: CountTable = {
 *   rowLabels: ['Neglect', 'Emotional abuse'],
 *   columnLabels: ['Under 5', '5 to 17'],
 *   cells: [[3, 40], [12, 25]],
 * };
 * const published = protectTable(table);
 * [published.rowTotals, published.columnTotals, published.grandTotal]; // => [[43, 37], [15, 65], 80]
 */
export interface CountTable {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  /** One row per row label, one whole number >= 0 per column label. */
  readonly cells: readonly (readonly number[])[];
}

/**
 * A published count: the number, or `[c]` when it is suppressed.
 *
 * @example
 * const published = protectTable({ rowLabels: ['Neglect'], columnLabels: ['Under 5', '5 to 17'], cells: [[3, 40]] });
 * const counts: ProtectedCount[] = [...(published.cells[0] ?? []), published.grandTotal];
 * counts; // => ['[c]', '[c]', 43]
 */
export type ProtectedCount = number | '[c]';

/**
 * A count table as published, with its totals: every cell and total a number or `[c]`.
 * `rowTotals[i]` is the sum of row `i`, `columnTotals[j]` of column `j`, `grandTotal` of all cells.
 *
 * @example
 * const published: ProtectedTable = protectTable({
 *   rowLabels: ['Neglect', 'Emotional abuse'],
 *   columnLabels: ['Under 5', '5 to 10', '11 to 17'],
 *   cells: [[3, 40, 10], [12, 25, 9]],
 * });
 * [published.cells, published.rowTotals, published.columnTotals, published.grandTotal]; // => [[['[c]', 40, '[c]'], ['[c]', 25, '[c]']], [53, 46], [15, 65, 19], 99]
 * findDisclosureRisks(published); // => []
 */
export interface ProtectedTable {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  readonly cells: readonly (readonly ProtectedCount[])[];
  readonly rowTotals: readonly ProtectedCount[];
  readonly columnTotals: readonly ProtectedCount[];
  readonly grandTotal: ProtectedCount;
}

/**
 * One published figure of a table: a cell, a row total, a column total or the grand total, with
 * the labels that name it. Rows and columns are numbered from 0.
 *
 * @example
 * const entry: TableEntry = { kind: 'cell', row: 0, column: 1, rowLabel: 'Neglect', columnLabel: '5 to 17' };
 * describeEntry(entry); // => 'the cell in row "Neglect", column "5 to 17"'
 * const risks = findDisclosureRisks({ rowLabels: ['Neglect'], columnLabels: ['Under 5', '5 to 17'],
 *   cells: [[2, 40]], rowTotals: [42], columnTotals: [2, 40], grandTotal: 42 });
 * risks.map((r) => r.entry.kind); // => ['cell', 'column-total']
 */
export type TableEntry =
  | { readonly kind: 'cell'; readonly row: number; readonly column: number; readonly rowLabel: string; readonly columnLabel: string }
  | { readonly kind: 'row-total'; readonly row: number; readonly rowLabel: string }
  | { readonly kind: 'column-total'; readonly column: number; readonly columnLabel: string }
  | { readonly kind: 'grand-total' };

/**
 * The entry in words, as messages print it.
 *
 * @example
 * describeEntry({ kind: 'row-total', row: 0, rowLabel: 'Neglect' }); // => 'the total of row "Neglect"'
 * @throws {InvalidInputError} when `entry` is not a {@link TableEntry}: an unknown `kind`, a row or
 *   column that is not a whole number >= 0, or a label that is not a string.
 */
export function describeEntry(entry: TableEntry): string {
  assertTableEntry('describeEntry', 'entry', entry);
  return describeEntryUnchecked(entry);
}

/** Internal: {@link describeEntry} of an entry already checked (one this module built). */
export function describeEntryUnchecked(entry: TableEntry): string {
  switch (entry.kind) {
    case 'cell':
      return `the cell in row ${JSON.stringify(entry.rowLabel)}, column ${JSON.stringify(entry.columnLabel)}`;
    case 'row-total':
      return `the total of row ${JSON.stringify(entry.rowLabel)}`;
    case 'column-total':
      return `the total of column ${JSON.stringify(entry.columnLabel)}`;
    case 'grand-total':
      return 'the grand total';
  }
}

const entryKinds = ['cell', 'row-total', 'column-total', 'grand-total'] as const satisfies readonly TableEntry['kind'][];

/** Internal: throws unless `entry` is a {@link TableEntry} with the fields of its kind. */
export function assertTableEntry(fn: string, argument: string, entry: unknown): asserts entry is TableEntry {
  assertObject(fn, argument, entry, "a table entry { kind: 'cell' | 'row-total' | 'column-total' | 'grand-total', ... }");
  const kind = entry['kind'];
  assertOneOf(fn, `${argument}.kind`, kind, entryKinds);
  const index = (name: 'row' | 'column') => {
    const value = entry[name];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new InvalidInputError(fn, `${argument}.${name}`, value, 'must be a whole number >= 0 (rows and columns are numbered from 0)');
    }
    assertString(fn, `${argument}.${name}Label`, entry[`${name}Label`]);
  };
  if (kind === 'cell' || kind === 'row-total') index('row');
  if (kind === 'cell' || kind === 'column-total') index('column');
}
