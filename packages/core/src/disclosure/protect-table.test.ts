import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import type { CountTable, ProtectedTable } from './count-table.js';
import { findDisclosureRisks } from './find-disclosure-risks.js';
import { protectTable } from './protect-table.js';
import { suppressSmallCounts } from './suppress-small-counts.js';
import { countTable, entriesWithAlternative, publishedValues, tableOf, trueValues, withEntry } from './table.test-support.js';

const c = '[c]' as const;

/** Only primary suppression on the cells, totals published: what a naive table would print. */
function primaryOnly(table: CountTable): ProtectedTable {
  const t = trueValues(table);
  const r = table.rowLabels.length;
  const n = table.columnLabels.length;
  return {
    ...table,
    cells: table.cells.map((row) => suppressSmallCounts(row) as (number | '[c]')[]),
    rowTotals: t.slice(r * n, r * n + r),
    columnTotals: t.slice(r * n + r, r * n + r + n),
    grandTotal: t[r * n + r + n] as number,
  };
}

describe('protectTable: worked examples', () => {
  it('the TSDoc example: one small cell in a 2 x 2 table hides all four cells, the margins stay', () => {
    const table = { rowLabels: ['Neglect', 'Emotional abuse'], columnLabels: ['Under 5', '5 to 17'], cells: [[3, 40], [12, 25]] };
    expect(protectTable(table)).toEqual({
      rowLabels: ['Neglect', 'Emotional abuse'],
      columnLabels: ['Under 5', '5 to 17'],
      cells: [[c, c], [c, c]],
      rowTotals: [43, 37],
      columnTotals: [15, 65],
      grandTotal: 80,
    });
  });

  it('a 3 x 3 table with two small cells: six cells hidden, every margin published', () => {
    const p = protectTable(tableOf([[3, 10, 20], [7, 8, 9], [30, 2, 11]]));
    expect(p.cells).toEqual([[c, c, 20], [c, 8, c], [30, c, c]]);
    expect([p.rowTotals, p.columnTotals, p.grandTotal]).toEqual([[33, 24, 43], [40, 20, 40], 100]);
    expect(findDisclosureRisks(p)).toEqual([]);
  });
});

describe('protectTable: adversarial tables', () => {
  it('a row whose single suppressed cell could be recovered from its total', () => {
    const table = tableOf([[3, 10, 20]]);
    // Primary suppression alone leaks: 33 - 10 - 20 = 3.
    const naive = primaryOnly(table);
    expect(naive.cells).toEqual([[c, 10, 20]]);
    expect(findDisclosureRisks(naive).filter((r) => r.kind === 'recoverable').map((r) => [r.entry.kind, r.value])).toEqual([['cell', 3]]);
    // Protected: the smallest other cell (10) is the complement, and its column total (= the cell) too.
    const p = protectTable(table);
    expect(p).toMatchObject({ cells: [[c, c, 20]], rowTotals: [33], columnTotals: [c, c, 20], grandTotal: 33 });
    expect(findDisclosureRisks(p)).toEqual([]);
  });

  it('a column with one suppressed cell', () => {
    const table = tableOf([[12], [4], [30]]);
    const naive = primaryOnly(table);
    expect(findDisclosureRisks(naive).filter((r) => r.kind === 'recoverable').map((r) => r.value)).toEqual([4]);
    const p = protectTable(table);
    expect(p).toMatchObject({ cells: [[c], [c], [30]], rowTotals: [c, c, 30], columnTotals: [46], grandTotal: 46 });
    expect(findDisclosureRisks(p)).toEqual([]);
  });

  it('a table where the obvious complement still leaks through another margin', () => {
    // Row R1 holds 3 and 4: hiding both protects them within the row (3 + 4 = 7 is all the row
    // tells), but each is still alone in its column: 3 = 23 - 20 and 4 = 34 - 30.
    const table = tableOf([[3, 4, 50], [20, 30, 40]]);
    const obvious = primaryOnly(table);
    expect(obvious.cells).toEqual([[c, c, 50], [20, 30, 40]]);
    expect(findDisclosureRisks(obvious).filter((r) => r.kind === 'recoverable').map((r) => [r.entry, r.value])).toEqual([
      [{ kind: 'cell', row: 0, column: 0, rowLabel: 'R1', columnLabel: 'C1' }, 3],
      [{ kind: 'cell', row: 0, column: 1, rowLabel: 'R1', columnLabel: 'C2' }, 4],
    ]);
    const p = protectTable(table);
    expect(p.cells).toEqual([[c, c, 50], [c, c, 40]]);
    expect(findDisclosureRisks(p)).toEqual([]);
  });

  it('a rectangle of complements in one pair of rows still leaks when a third cell ties them to another margin', () => {
    // Hand-made pattern: the 3 is protected by the rectangle (R1,C1) (R1,C2) (R2,C1) (R2,C2), but the
    // 5 in (R3, C3) is alone in row R3 and column C3: 5 = 45 - 40.
    const hand: ProtectedTable = {
      ...tableOf([[3, 10, 20], [12, 25, 30], [40, 50, 5]]),
      cells: [[c, c, 20], [c, c, 30], [40, 50, c]],
      rowTotals: [33, 67, 95],
      columnTotals: [55, 85, 55],
      grandTotal: 195,
    };
    expect(findDisclosureRisks(hand).map((r) => [r.kind, r.value])).toEqual([['recoverable', 5]]);
    const p = protectTable(tableOf([[3, 10, 20], [12, 25, 30], [40, 50, 5]]));
    expect(findDisclosureRisks(p)).toEqual([]);
  });

  it('a 1 x n table: the row total is the grand total and each column total repeats its cell', () => {
    const p = protectTable(tableOf([[0, 2, 9, 14, 0, 30]]));
    expect(p).toMatchObject({ cells: [[0, c, c, 14, 0, 30]], rowTotals: [55], columnTotals: [0, c, c, 14, 0, 30], grandTotal: 55 });
    expect(findDisclosureRisks(p)).toEqual([]);
  });

  it('an n x 1 table', () => {
    const p = protectTable(tableOf([[7], [1], [0], [22]]));
    expect(p).toMatchObject({ cells: [[c], [c], [0], [22]], rowTotals: [c, c, 0, 22], columnTotals: [30], grandTotal: 30 });
    expect(findDisclosureRisks(p)).toEqual([]);
  });

  it('a row total from 1 to 5 is suppressed itself, and then protected like a cell', () => {
    // R1 = 0 + 3 + 0 = 3 is small; so is the cell. The column C2 holds the 3 and 8.
    const p = protectTable(tableOf([[0, 3, 0], [9, 8, 12]]));
    expect(p.rowTotals[0]).toBe(c);
    expect(p.cells[0]).toEqual([0, c, 0]);
    expect(findDisclosureRisks(p)).toEqual([]);
  });

  it('a small grand total hides every total; a 1 x 1 small table hides everything', () => {
    expect(protectTable(tableOf([[1, 0], [0, 2]]))).toMatchObject({
      cells: [[c, 0], [0, c]],
      rowTotals: [c, c],
      columnTotals: [c, c],
      grandTotal: c,
    });
    expect(protectTable(tableOf([[4]]))).toMatchObject({ cells: [[c]], rowTotals: [c], columnTotals: [c], grandTotal: c });
    expect(protectTable(tableOf([[6]]))).toMatchObject({ cells: [[6]], rowTotals: [6], columnTotals: [6], grandTotal: 6 });
  });

  it('zeros are true zeros: published, never used as complements', () => {
    const p = protectTable(tableOf([[0, 3, 0, 0], [0, 17, 0, 20]]));
    expect(p.cells).toEqual([[0, c, 0, 0], [0, c, 0, 20]]);
    expect(findDisclosureRisks(p)).toEqual([]);
    expect(protectTable(tableOf([[0, 0], [0, 0]]))).toMatchObject({ cells: [[0, 0], [0, 0]], rowTotals: [0, 0], columnTotals: [0, 0], grandTotal: 0 });
  });

  it('publishes a table with no small counts unchanged', () => {
    const table = tableOf([[10, 20], [30, 40]]);
    expect(protectTable(table)).toEqual({ ...table, rowTotals: [30, 70], columnTotals: [40, 60], grandTotal: 100 });
  });

  it('honours a wider range ({ max: 9 })', () => {
    const p = protectTable(tableOf([[8, 30, 40]]), { max: 9 });
    expect(p.cells).toEqual([[c, c, 40]]);
    expect(findDisclosureRisks(p, { max: 9 })).toEqual([]);
  });

  it('is deterministic and does not depend on the label text', () => {
    const cells = [[3, 3, 3], [3, 9, 9], [9, 9, 4]];
    const a = protectTable(tableOf(cells));
    const b = protectTable({ rowLabels: ['x', 'y', 'z'], columnLabels: ['p', 'q', 'r'], cells });
    expect(a.cells).toEqual(b.cells);
    expect(protectTable(tableOf(cells))).toEqual(a);
  });
});

describe('protectTable: properties', () => {
  const hiddenAndPrimary = (table: CountTable, p: ProtectedTable) => {
    const values = trueValues(table);
    const shown = publishedValues(p);
    return { values, shown, complements: shown.flatMap((v, k) => (v === c && !((values[k] as number) >= 1 && (values[k] as number) <= 5) ? [k] : [])) };
  };

  it('property: the protected table passes the checker; published figures are the true ones; every 1..5 and no 0 is hidden', () => {
    fc.assert(
      fc.property(countTable({ min: 1, max: 6 }, { min: 1, max: 6 }), (table) => {
        const p = protectTable(table);
        expect(findDisclosureRisks(p)).toEqual([]);
        const { values, shown } = hiddenAndPrimary(table, p);
        shown.forEach((v, k) => {
          const truth = values[k] as number;
          if (v !== c) expect(v).toBe(truth);
          if (truth >= 1 && truth <= 5) expect(v).toBe(c);
          if (truth === 0) expect(v).toBe(0);
        });
        expect(p.rowLabels).toEqual(table.rowLabels);
        expect(p.columnLabels).toEqual(table.columnLabels);
      }),
      { numRuns: 150 },
    );
  });

  it('property: 1 x n and n x 1 tables are protected too', () => {
    fc.assert(
      fc.property(fc.oneof(countTable({ min: 1, max: 1 }, { min: 1, max: 8 }), countTable({ min: 1, max: 8 }, { min: 1, max: 1 })), (table) => {
        expect(findDisclosureRisks(protectTable(table))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('property (minimality): publishing any one complement alone would let a hidden figure be recovered', () => {
    fc.assert(
      fc.property(countTable({ min: 1, max: 5 }, { min: 1, max: 5 }), (table) => {
        const p = protectTable(table);
        const { values, complements } = hiddenAndPrimary(table, p);
        for (const k of complements) {
          const risks = findDisclosureRisks(withEntry(p, k, values[k] as number));
          expect(risks.some((r) => r.kind === 'recoverable')).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('property: no other reasoning pins a hidden figure down either: each has another whole-number, non-negative table publishing the same figures (brute force, up to 3 x 3)', () => {
    fc.assert(
      fc.property(countTable({ min: 1, max: 3 }, { min: 1, max: 3 }), (table) => {
        const p = protectTable(table);
        const varies = entriesWithAlternative(table, p);
        publishedValues(p).forEach((v, k) => {
          if (v === c) expect(varies[k], `entry ${k}`).toBe(true);
        });
      }),
      { numRuns: 120 },
    );
  });
});

describe('protectTable: invalid input', () => {
  const call = (table: unknown, options?: unknown) => () => protectTable(table as CountTable, options as undefined);

  it('rejects a ragged row, naming it', () => {
    expect(call({ rowLabels: ['A', 'B'], columnLabels: ['x', 'y', 'z'], cells: [[1, 2, 3], [4, 5]] })).toThrow(
      'protectTable: cells[1] (row "B") has 2 values but there are 3 column labels (a ragged row) (got [4,5])',
    );
  });

  it('rejects label counts that do not match the cells', () => {
    expect(call({ rowLabels: ['A'], columnLabels: ['x'], cells: [[1], [2]] })).toThrow(/cells must have one row per row label \(1 labels\)/);
    expect(call({ rowLabels: ['A'], columnLabels: ['x', 'y'], cells: [[1]] })).toThrow(/cells\[0\] \(row "A"\) has 1 value but there are 2 column labels/);
    expect(call({ rowLabels: [], columnLabels: ['x'], cells: [] })).toThrow(/rowLabels must name at least one row or column/);
  });

  it('rejects negative, fractional, NaN and infinite counts, naming the row and column', () => {
    const at = (value: unknown) => call({ rowLabels: ['Neglect', 'Physical'], columnLabels: ['2021/22', '2022/23'], cells: [[1, 2], [3, value]] });
    expect(at(-1)).toThrow('protectTable: cells[1][1] (row "Physical", column "2022/23") must not be negative (got -1)');
    expect(at(2.5)).toThrow('cells[1][1] (row "Physical", column "2022/23") must be a whole number (a count) (got 2.5)');
    expect(at(Number.NaN)).toThrow('must be a number, not NaN (got NaN)');
    expect(at(Number.POSITIVE_INFINITY)).toThrow('must be finite (got Infinity)');
    expect(at('7')).toThrow('must be a count (a number) (got "7")');
    expect(at('[c]')).toThrow(InvalidInputError);
  });

  it('rejects bad options', () => {
    const ok = tableOf([[1]]);
    expect(call(ok, { min: 0 })).toThrow(/options.min must be at least 1 \(0 is a true zero/);
    expect(call(ok, { min: 5, max: 4 })).toThrow(/options.max must not be less than options.min \(5\)/);
    expect(call(ok, { max: 4.5 })).toThrow(/options.max must be a whole number/);
  });

  it('rejects totals beyond 2^53 - 1', () => {
    expect(call(tableOf([[Number.MAX_SAFE_INTEGER, 1]]))).toThrow(/add up to more than 2\^53 - 1/);
  });
});
