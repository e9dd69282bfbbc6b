import { InvalidInputError } from '../errors/index.js';
import type { CountTable, ProtectedCount, ProtectedTable, TableEntry } from './count-table.js';
import { eliminate, IntegerSpan, pivotOf, sameVector, type IntVector } from './integer-span.js';
import { isSmallCount, resolveSmallCountRange, type SmallCountOptions } from './small-count-range.js';
import { SUPPRESSED } from './symbols.js';
import { allEntries, cellsSummed, publishedValue } from './table-entries.js';
import { checkCountTable } from './validate-table.js';

/**
 * Protects a one- or two-dimensional table of counts for publication: computes its row totals,
 * column totals and grand total, then suppresses as `[c]`
 *
 * 1. (primary) every cell **and every total** whose count is from `min` to `max` (default 1 to 5);
 * 2. (secondary, or complementary) further cells and totals, so that no suppressed figure can be
 *    worked out exactly from the figures published: no linear combination of the published cells and
 *    totals equals a suppressed one.
 *
 * A 0 is a true zero: it is always published (it is never used as a complement, because a hidden
 * 0 can be pinned down by the fact that counts are not negative). Published cells equal the input.
 *
 * **Method.** Every published figure is a sum of cells, so each is a 0/1 vector over the r·c cells;
 * the public knows exactly the span of the published vectors, and a figure is recoverable when its
 * vector lies in that span. Starting from the zeros, the figures that are not primary are offered
 * for publication one at a time, in the order: zero cells and zero totals; the grand total; the row
 * and column totals, largest first; the cells, largest first (equal counts: the one earlier in
 * reading order, row by row, first). A figure is published unless publishing it would bring a
 * primary figure into the span, in which case it becomes a complement. The test is exact
 * (fraction-free Gaussian elimination over bigint), and each offered figure costs
 * O((r·c)·(r·c + r + c)). This is the Gaussian-elimination secondary suppression of Statistics
 * Norway's GaussSuppression (Langsrud, SSBtools `GaussSuppression`), restricted to one table with
 * its margins. Because publishing only ever enlarges the span, **every complement is necessary**:
 * publishing any one of them alone would reveal a primary figure; and no complement is itself
 * recoverable. The greedy choice is not guaranteed to hide the fewest figures overall.
 *
 * Because every hidden cell is at least 1 and the margin constraints are totally unimodular, a
 * figure that is not linearly recoverable cannot be pinned down by non-negativity or whole-number
 * reasoning either (docs/methods.md, "Disclosure control"). It does not protect against differencing
 * with other tables, nor narrow ranges: see the limits there.
 *
 * @param table - labels and counts (whole numbers >= 0); totals are computed here.
 * @param options - the primary range, default `{ min: 1, max: 5 }`.
 * @throws {InvalidInputError} on ragged rows, a row or column label count that does not match the
 *   cells, a negative, fractional, NaN or infinite count (naming the row and column), totals beyond
 *   2^53 − 1, or invalid options.
 *
 * @example
 * protectTable({
 *   rowLabels: ['Neglect', 'Emotional abuse'],
 *   columnLabels: ['Under 5', '5 to 17'],
 *   cells: [[3, 40], [12, 25]],
 * });
 * // => {
 * //   rowLabels: ['Neglect', 'Emotional abuse'], columnLabels: ['Under 5', '5 to 17'],
 * //   cells: [['[c]', '[c]'], ['[c]', '[c]']],
 * //   rowTotals: [43, 37], columnTotals: [15, 65], grandTotal: 80,
 * // }
 * // The 3 is primary. Publishing 40 would give 3 = 43 - 40, publishing 12 would give
 * // 3 = 15 - 12, and publishing 25 would give 12 = 37 - 25, then 3 = 15 - 12: all three are complements.
 */
export function protectTable(table: CountTable, options?: SmallCountOptions): ProtectedTable {
  const range = resolveSmallCountRange('protectTable', options);
  checkCountTable('protectTable', table);
  const totals = computeTotals(table);
  const entries = allEntries(table);
  const values = entries.map((entry) => publishedValue({ ...table, ...totals }, entry) as number);
  const hidden = protectEntries(
    entries.map((entry) => cellsSummed(table, entry)),
    entries,
    values,
    (value) => isSmallCount(value, range),
  );
  return publish(table, totals, hidden);
}

interface Totals {
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly grandTotal: number;
}

function computeTotals(table: CountTable): Totals {
  const rowTotals = table.cells.map((row) => row.reduce((sum, x) => sum + BigInt(x), 0n));
  const columnTotals = table.columnLabels.map((_, j) => table.cells.reduce((sum, row) => sum + BigInt(row[j] as number), 0n));
  const grandTotal = rowTotals.reduce((sum, x) => sum + x, 0n);
  if (grandTotal > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new InvalidInputError('protectTable', 'cells', String(grandTotal), 'add up to more than 2^53 - 1 (the grand total)');
  }
  return { rowTotals: rowTotals.map(Number), columnTotals: columnTotals.map(Number), grandTotal: Number(grandTotal) };
}


/** Rank of an entry kind in the order figures are offered for publication (lower first). */
function kindRank(entry: TableEntry): number {
  switch (entry.kind) {
    case 'grand-total':
      return 0;
    case 'row-total':
    case 'column-total':
      return 1;
    case 'cell':
      return 2;
  }
}

/**
 * The secondary suppression proper (internal, unchecked): returns which entries to hide.
 * `vectors[k]` says which cells entry k sums; `values[k]` is its count.
 */
function protectEntries(
  vectors: readonly IntVector[],
  entries: readonly TableEntry[],
  values: readonly number[],
  isPrimary: (value: number) => boolean,
): boolean[] {
  const hidden = values.map(isPrimary);
  // Offer zeros first (they can never reveal a count >= 1), then totals before cells, largest first;
  // ties by entry number (cells in reading order, then row totals, column totals).
  const order = entries
    .map((_, k) => k)
    .filter((k) => !hidden[k])
    .sort((a, b) => {
      const za = values[a] === 0 ? 0 : 1;
      const zb = values[b] === 0 ? 0 : 1;
      if (za !== zb) return za - zb;
      const ka = kindRank(entries[a] as TableEntry);
      const kb = kindRank(entries[b] as TableEntry);
      if (ka !== kb) return ka - kb;
      if (values[a] !== values[b]) return (values[b] as number) - (values[a] as number);
      return a - b;
    });
  const span = new IntegerSpan();
  // Residuals of the primary figures against the published span: all non-zero while it is safe.
  let primaryResiduals = vectors.filter((_, k) => hidden[k]).map((v) => span.residual(v));
  for (const k of order) {
    const r = span.residual(vectors[k] as IntVector);
    const pivot = pivotOf(r);
    if (pivot < 0) continue; // already implied by what is published: publishing it adds nothing
    // With every residual reduced against the same rows, a primary p enters span + {r} exactly
    // when its residual is a multiple of r; both are normalised, so when they are equal.
    if (primaryResiduals.some((p) => sameVector(p, r))) {
      hidden[k] = true;
      continue;
    }
    span.addResidual(r);
    primaryResiduals = primaryResiduals.map((p) => eliminate(p, r, pivot));
  }
  return hidden;
}

function publish(table: CountTable, totals: Totals, hidden: readonly boolean[]): ProtectedTable {
  const c = table.columnLabels.length;
  const r = table.rowLabels.length;
  const show = (k: number, value: number): ProtectedCount => (hidden[k] ? SUPPRESSED : value);
  return {
    rowLabels: [...table.rowLabels],
    columnLabels: [...table.columnLabels],
    cells: table.cells.map((row, i) => row.map((value, j) => show(i * c + j, value))),
    rowTotals: totals.rowTotals.map((value, i) => show(r * c + i, value)),
    columnTotals: totals.columnTotals.map((value, j) => show(r * c + r + j, value)),
    grandTotal: show(r * c + r + c, totals.grandTotal),
  };
}
