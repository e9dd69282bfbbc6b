import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { describeEntry } from './count-table.js';
import { allEntries, cellsSummed, entryCount } from './table-entries.js';

describe('table entries', () => {
  it('describeEntry names each kind of entry', () => {
    expect(describeEntry({ kind: 'row-total', row: 0, rowLabel: 'Neglect' })).toBe('the total of row "Neglect"');
    expect(describeEntry({ kind: 'cell', row: 0, column: 1, rowLabel: 'Neglect', columnLabel: '5 to 17' })).toBe(
      'the cell in row "Neglect", column "5 to 17"',
    );
    expect(describeEntry({ kind: 'column-total', column: 2, columnLabel: '2022/23' })).toBe('the total of column "2022/23"');
    expect(describeEntry({ kind: 'grand-total' })).toBe('the grand total');
  });

  it('describeEntry refuses what is not a table entry, with a typed error', () => {
    expect(() => describeEntry(null as never)).toThrow(InvalidInputError);
    expect(() => describeEntry({ kind: 'total' } as never)).toThrow(/describeEntry: entry.kind must be one of 'cell'/);
    expect(() => describeEntry({ kind: 'cell', row: -1, column: 0, rowLabel: 'a', columnLabel: 'b' })).toThrow(/entry.row must be a whole number >= 0/);
    expect(() => describeEntry({ kind: 'row-total', row: 0, rowLabel: 10n as never })).toThrow(/entry.rowLabel must be a string/);
  });

  it('numbers cells row by row, then row totals, column totals and the grand total', () => {
    const shape = { rowLabels: ['a', 'b'], columnLabels: ['x', 'y', 'z'] };
    expect(entryCount(shape)).toBe(12);
    expect(allEntries(shape).map((e) => e.kind)).toEqual([
      ...Array(6).fill('cell'),
      'row-total',
      'row-total',
      'column-total',
      'column-total',
      'column-total',
      'grand-total',
    ]);
    expect(cellsSummed(shape, { kind: 'column-total', column: 1, columnLabel: 'y' })).toEqual([0n, 1n, 0n, 0n, 1n, 0n]);
    expect(cellsSummed(shape, { kind: 'row-total', row: 1, rowLabel: 'b' })).toEqual([0n, 0n, 0n, 1n, 1n, 1n]);
  });
});
