import { InvalidInputError } from '../errors/index.js';
import { describeEntryUnchecked, type ProtectedTable, type TableEntry } from './count-table.js';
import { Rational } from './rational.js';
import { isSmallCount, resolveSmallCountRange, type SmallCountOptions } from './small-count-range.js';
import { SUPPRESSED } from './symbols.js';
import { allEntries, publishedValue } from './table-entries.js';
import { checkProtectedTable } from './validate-table.js';

/**
 * A way a published table can give away a small count, found by {@link findDisclosureRisks}.
 * - `recoverable`: a suppressed figure (`[c]`) that can be worked out exactly from the published
 *   cells and totals; `value` is the figure so recovered.
 * - `small-count`: a published figure (cell or total) in the suppressed range (default 1 to 5).
 *
 * @example
 * const risks: DisclosureRisk[] = findDisclosureRisks({ rowLabels: ['Neglect'], columnLabels: ['Under 5', '5 to 17'],
 *   cells: [['[c]', 40]], rowTotals: [43], columnTotals: ['[c]', 40], grandTotal: 43 });
 * risks.map((r) => [r.kind, r.value, r.entry.kind]); // => [['recoverable', 3, 'cell'], ['recoverable', 3, 'column-total']]
 * findDisclosureRisks({ rowLabels: ['All'], columnLabels: ['Total'], cells: [[3]], rowTotals: [3], columnTotals: [3], grandTotal: 3 })[0];
 * // => { kind: 'small-count', value: 3, entry: { kind: 'cell', row: 0, column: 0, rowLabel: 'All', columnLabel: 'Total' },
 * //      message: 'the cell in row "All", column "Total" publishes 3, a count from 1 to 5' }
 */
export type DisclosureRisk =
  | { readonly kind: 'recoverable'; readonly entry: TableEntry; readonly value: number; readonly message: string }
  | { readonly kind: 'small-count'; readonly entry: TableEntry; readonly value: number; readonly message: string };

/**
 * Checks a published table for disclosure: returns every suppressed figure that can still be
 * recovered exactly, with its value, and every published count (cell or total) from `min` to `max`
 * (default 1 to 5). An empty list means the table is safe in that sense.
 *
 * **Method.** The suppressed cells and totals are the unknowns. Each row gives the equation
 * "its cells minus its total = 0", each column likewise, and the row totals and the column totals
 * each add up to the grand total; published figures move to the right-hand side. The system is
 * brought to reduced row echelon form in exact rational arithmetic (bigint numerator and
 * denominator, never floats). An unknown is recoverable exactly when its unit vector lies in the
 * row space of the coefficient matrix, which in reduced form means some row has that unknown as its
 * only non-zero entry; its value is that row's right-hand side over the coefficient. Cost
 * O(m²·n) for m = r + c + 2 equations and n unknowns. The check is independent of how
 * {@link protectTable} chose what to hide.
 *
 * It checks exact recovery only: not ranges ("at most 7"), and not differencing against other tables.
 *
 * @param table - a table as published: numbers (whole, >= 0) or `[c]` in every cell and total.
 * @param options - the small-count range, default `{ min: 1, max: 5 }`.
 * @throws {InvalidInputError} when the table is malformed (naming the row or column), or when its
 *   published figures contradict each other (a row whose published cells and total do not add up).
 *
 * @example
 * findDisclosureRisks({
 *   rowLabels: ['Neglect'], columnLabels: ['Under 5', '5 to 17'],
 *   cells: [['[c]', 40]], rowTotals: [43], columnTotals: ['[c]', 40], grandTotal: 43,
 * });
 * // => [{ kind: 'recoverable', value: 3,
 * //       entry: { kind: 'cell', row: 0, column: 0, rowLabel: 'Neglect', columnLabel: 'Under 5' },
 * //       message: 'the cell in row "Neglect", column "Under 5" is suppressed but can be recovered from the published figures: it is 3' },
 * //     { kind: 'recoverable', value: 3, entry: { kind: 'column-total', column: 0, columnLabel: 'Under 5' },
 * //       message: 'the total of column "Under 5" is suppressed but can be recovered from the published figures: it is 3' }]
 */
export function findDisclosureRisks(table: ProtectedTable, options?: SmallCountOptions): DisclosureRisk[] {
  const range = resolveSmallCountRange('findDisclosureRisks', options);
  checkProtectedTable('findDisclosureRisks', table);
  const entries = allEntries(table);
  const published = entries.map((entry) => publishedValue(table, entry));
  const unknownOf = new Map<number, number>();
  published.forEach((value, k) => {
    if (value === SUPPRESSED) unknownOf.set(k, unknownOf.size);
  });
  const recovered = solveUnknowns(table, published, unknownOf);
  const risks: DisclosureRisk[] = [];
  entries.forEach((entry, k) => {
    const value = published[k];
    if (value === SUPPRESSED) {
      const found = recovered.get(unknownOf.get(k) as number);
      if (found !== undefined) {
        const v = found.toNumber();
        risks.push({
          kind: 'recoverable',
          entry,
          value: v,
          message: `${describeEntryUnchecked(entry)} is suppressed but can be recovered from the published figures: it is ${v}`,
        });
      }
    } else if (typeof value === 'number' && isSmallCount(value, range)) {
      risks.push({
        kind: 'small-count',
        entry,
        value,
        message: `${describeEntryUnchecked(entry)} publishes ${value}, a count from ${range.min} to ${range.max}`,
      });
    }
  });
  return risks;
}

interface Equation {
  readonly name: string;
  /** Coefficient of each unknown (by unknown number). */
  readonly coefficients: Rational[];
  /** Right-hand side: minus the published terms. */
  readonly rhs: Rational;
}

/** Unknown number -> recovered value, for every unknown that is determined. Internal. */
function solveUnknowns(
  table: ProtectedTable,
  published: readonly (number | '[c]')[],
  unknownOf: ReadonlyMap<number, number>,
): Map<number, Rational> {
  const r = table.rowLabels.length;
  const c = table.columnLabels.length;
  const n = unknownOf.size;
  const cell = (i: number, j: number) => i * c + j;
  const rowTotal = (i: number) => r * c + i;
  const columnTotal = (j: number) => r * c + r + j;
  const grand = r * c + r + c;

  // Each equation: sum(parts) - whole = 0, over entry numbers.
  const sums: { name: string; parts: number[]; whole: number }[] = [
    ...table.rowLabels.map((label, i) => ({ name: `row ${JSON.stringify(label)}`, parts: table.columnLabels.map((_, j) => cell(i, j)), whole: rowTotal(i) })),
    ...table.columnLabels.map((label, j) => ({ name: `column ${JSON.stringify(label)}`, parts: table.rowLabels.map((_, i) => cell(i, j)), whole: columnTotal(j) })),
    { name: 'the row totals', parts: table.rowLabels.map((_, i) => rowTotal(i)), whole: grand },
    { name: 'the column totals', parts: table.columnLabels.map((_, j) => columnTotal(j)), whole: grand },
  ];
  const equations: Equation[] = sums.map(({ name, parts, whole }) => {
    const coefficients = new Array<Rational>(n).fill(Rational.ZERO);
    let rhs = Rational.ZERO;
    let knownSum = 0n;
    const term = (k: number, sign: 1n | -1n) => {
      const value = published[k];
      const u = unknownOf.get(k);
      if (u !== undefined) coefficients[u] = (coefficients[u] as Rational).add(Rational.of(sign));
      else {
        rhs = rhs.sub(Rational.of(sign * BigInt(value as number)));
        if (sign === 1n) knownSum += BigInt(value as number);
      }
    };
    parts.forEach((k) => term(k, 1n));
    term(whole, -1n);
    if (coefficients.every((x) => x.isZero()) && !rhs.isZero()) {
      throw new InvalidInputError(
        'findDisclosureRisks',
        name,
        Number(knownSum),
        `does not add up: its published parts sum to ${knownSum} but its total is ${String(published[whole])}`,
      );
    }
    return { name, coefficients, rhs };
  });

  // Reduced row echelon form, exact.
  const pivotRows: { column: number; eq: Equation }[] = [];
  let rows = equations;
  for (let col = 0; col < n && rows.length > 0; col++) {
    const at = rows.findIndex((eq) => !(eq.coefficients[col] as Rational).isZero());
    if (at < 0) continue;
    const pivotEq = rows[at] as Equation;
    const scale = pivotEq.coefficients[col] as Rational;
    const normalised: Equation = {
      name: pivotEq.name,
      coefficients: pivotEq.coefficients.map((x) => x.div(scale)),
      rhs: pivotEq.rhs.div(scale),
    };
    const eliminateFrom = (eq: Equation): Equation => {
      const f = eq.coefficients[col] as Rational;
      if (f.isZero()) return eq;
      return {
        name: eq.name,
        coefficients: eq.coefficients.map((x, m) => x.sub(f.mul(normalised.coefficients[m] as Rational))),
        rhs: eq.rhs.sub(f.mul(normalised.rhs)),
      };
    };
    rows = rows.filter((_, m) => m !== at).map(eliminateFrom);
    for (const p of pivotRows) p.eq = eliminateFrom(p.eq);
    pivotRows.push({ column: col, eq: normalised });
  }
  for (const eq of rows) {
    if (eq.coefficients.every((x) => x.isZero()) && !eq.rhs.isZero()) {
      throw new InvalidInputError(
        'findDisclosureRisks',
        'table',
        `${eq.name} against the others`,
        'has published figures that contradict each other: no values of the suppressed figures make every row and column add up',
      );
    }
  }
  const recovered = new Map<number, Rational>();
  for (const { column, eq } of pivotRows) {
    const others = eq.coefficients.some((x, m) => m !== column && !x.isZero());
    if (!others) recovered.set(column, eq.rhs);
  }
  return recovered;
}
