import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import type { ProtectedTable } from './count-table.js';
import { findDisclosureRisks } from './find-disclosure-risks.js';

const c = '[c]' as const;

function table(cells: (number | '[c]')[][], rowTotals: (number | '[c]')[], columnTotals: (number | '[c]')[], grandTotal: number | '[c]'): ProtectedTable {
  return { rowLabels: cells.map((_, i) => `R${i + 1}`), columnLabels: (cells[0] ?? []).map((_, j) => `C${j + 1}`), cells, rowTotals, columnTotals, grandTotal };
}

const summary = (t: ProtectedTable) => findDisclosureRisks(t).map((r) => [r.kind, r.entry.kind, r.value]);

describe('findDisclosureRisks finds the risk in unsafe tables', () => {
  it('the TSDoc example: a lone [c] in a row with its total, and its column total that repeats it', () => {
    const risks = findDisclosureRisks({
      rowLabels: ['Neglect'],
      columnLabels: ['Under 5', '5 to 17'],
      cells: [[c, 40]],
      rowTotals: [43],
      columnTotals: [c, 40],
      grandTotal: 43,
    });
    expect(risks).toEqual([
      {
        kind: 'recoverable',
        entry: { kind: 'cell', row: 0, column: 0, rowLabel: 'Neglect', columnLabel: 'Under 5' },
        value: 3,
        message: 'the cell in row "Neglect", column "Under 5" is suppressed but can be recovered from the published figures: it is 3',
      },
      {
        kind: 'recoverable',
        entry: { kind: 'column-total', column: 0, columnLabel: 'Under 5' },
        value: 3,
        message: 'the total of column "Under 5" is suppressed but can be recovered from the published figures: it is 3',
      },
    ]);
  });

  it('a suppressed total recovered from its published cells', () => {
    expect(summary(table([[10, 20], [30, 40]], [c, 70], [40, 60], 100))).toEqual([['recoverable', 'row-total', 30]]);
  });

  it('three hidden corners of a 2 x 2 table: each recovered through a different margin', () => {
    expect(summary(table([[c, c], [c, 25]], [43, 37], [15, 65], 80))).toEqual([
      ['recoverable', 'cell', 3],
      ['recoverable', 'cell', 40],
      ['recoverable', 'cell', 12],
    ]);
  });

  it('a chain: recovering one hidden cell from a column unlocks the next through a row', () => {
    // C1 has only (R1,C1) hidden: 3 = 23 - 20; then R1 gives (R1,C2) = 60 - 3 - 50 = 7; then C2
    // gives (R2,C2) = 37 - 7 = 30.
    expect(summary(table([[c, c, 50], [20, c, 40]], [60, 90], [23, 37, 90], 150))).toEqual([
      ['recoverable', 'cell', 3],
      ['recoverable', 'cell', 7],
      ['recoverable', 'cell', 30],
    ]);
  });

  it('recovery that needs the grand total: all row totals hidden, a hidden cell alone in nothing else', () => {
    // 1 x 2 table, row total (= grand total) hidden, both column totals published: the cells are the
    // column totals, and the grand total is their sum.
    expect(summary(table([[c, c]], [c], [9, 8], c))).toEqual([
      ['recoverable', 'cell', 9],
      ['recoverable', 'cell', 8],
      ['recoverable', 'row-total', 17],
      ['recoverable', 'grand-total', 17],
    ]);
  });

  it('published counts from 1 to 5, cells and totals alike', () => {
    expect(summary(table([[3, 0], [0, 10]], [3, 10], [3, 10], 13))).toEqual([
      ['small-count', 'cell', 3],
      ['small-count', 'row-total', 3],
      ['small-count', 'column-total', 3],
    ]);
    expect(findDisclosureRisks(table([[3, 0], [0, 10]], [3, 10], [3, 10], 13))[0]?.message).toBe(
      'the cell in row "R1", column "C1" publishes 3, a count from 1 to 5',
    );
    expect(summary(table([[7]], [7], [7], 7))).toEqual([]);
    expect(summary(table([[7]], [7], [7], 7)).length).toBe(0);
    expect(findDisclosureRisks(table([[7]], [7], [7], 7), { max: 9 }).map((r) => r.kind)).toEqual(['small-count', 'small-count', 'small-count', 'small-count']);
  });
});

describe('findDisclosureRisks passes safe tables', () => {
  it('a 2 x 2 table with every cell hidden and the margins published', () => {
    expect(findDisclosureRisks(table([[c, c], [c, c]], [43, 37], [15, 65], 80))).toEqual([]);
  });

  it('zeros published beside a hidden cell do not leak when the hidden cells are paired', () => {
    expect(findDisclosureRisks(table([[0, c, c], [0, c, c]], [17, 29], [0, 15, 31], 46))).toEqual([]);
  });

  it('everything hidden', () => {
    expect(findDisclosureRisks(table([[c, c], [c, c]], [c, c], [c, c], c))).toEqual([]);
  });
});

describe('findDisclosureRisks: invalid input', () => {
  it('rejects published figures that do not add up, naming the row or column', () => {
    expect(() => findDisclosureRisks(table([[1, 2], [3, 4]], [3, 8], [4, 6], 10))).toThrow(
      'findDisclosureRisks: row "R2" does not add up: its published parts sum to 7 but its total is 8 (got 7)',
    );
    // A contradiction seen only through the hidden figures: R1 says a = 10 - 2 = 8, C1 says
    // a = 12 - 3 = 9 (and the hidden grand total would be 17 by the rows, 18 by the columns).
    expect(() => findDisclosureRisks(table([[c, 2], [3, 4]], [10, 7], [12, 6], c))).toThrow(
      /^findDisclosureRisks: table has published figures that contradict each other: no values of the suppressed figures make every row and column add up \(got ".+ against the others"\)$/,
    );
  });

  it('rejects malformed tables with typed errors', () => {
    const good = table([[c, 1]], [c], [c, 1], c);
    expect(() => findDisclosureRisks({ ...good, rowTotals: [] })).toThrow(/rowTotals must be an array with one total per row label \(1\)/);
    expect(() => findDisclosureRisks({ ...good, cells: [[c, '[x]' as unknown as number]] })).toThrow(
      'findDisclosureRisks: cells[0][1] (row "R1", column "C2") must be a count or [c] (got "[x]")',
    );
    expect(() => findDisclosureRisks({ ...good, grandTotal: -1 })).toThrow(InvalidInputError);
    expect(() => findDisclosureRisks({ ...good, columnTotals: [c, Number.NaN] })).toThrow(/columnTotals\[1\] \(column "C2"\) must be a number, not NaN/);
  });
});
