import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/index.js';
import { InvalidInputError } from '../errors/index.js';
import { quarterIndex, quarterlySeries } from './quarterly-series.js';

function dashboard(rows: readonly { indicator: string; group: string; period: string; value: number | null }[]): Dataset {
  return {
    descriptor: { name: 'northby-q', title: 'Northby', scpkit: { format: '1.1', partnership: 'Northby', period: 'p' }, resources: [] },
    tables: {
      'quarterly-indicators': rows.map((r) => ({ ...r, label: r.indicator.toUpperCase(), unit: 'count', improvement: 'decrease', target: null, section: '8', quote: `q ${r.indicator}` })),
    },
    otherTables: {},
    rowNumbers: { 'quarterly-indicators': rows.map((_, i) => i + 2) },
    missing: { 'quarterly-indicators': rows.map((r) => (r.value === null ? { value: '[x]' } : {})) },
    source: undefined,
  } as unknown as Dataset;
}

describe('quarterIndex', () => {
  it('puts Q4 of one financial year just before Q1 of the next', () => {
    expect(quarterIndex('Q1 2022/23') - quarterIndex('Q4 2021/22')).toBe(1);
    expect(quarterIndex('Q3 2021/22')).toBe(2021 * 4 + 2);
  });
  it('refuses what is not a quarter of consecutive years', () => {
    for (const bad of ['Q5 2021/22', 'Q1 2021/23', '2021/22', 'Q1 2021-22', '']) expect(() => quarterIndex(bad)).toThrow(InvalidInputError);
  });
  it('orders quarters as time does (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1, max: 4 }), (year, q) => {
        const label = (y: number, n: number) => `Q${n} ${y}/${String((y + 1) % 100).padStart(2, '0')}`;
        const next = q === 4 ? label(year + 1, 1) : label(year, q + 1);
        return quarterIndex(next) - quarterIndex(label(year, q)) === 1;
      }),
    );
  });
});

describe('quarterlySeries', () => {
  it('groups rows by indicator, in time order, groups and indicators in order of first appearance, missing quarters as gaps', () => {
    const series = quarterlySeries(
      dashboard([
        { indicator: 'b', group: 'Health', period: 'Q2 2021/22', value: 5 },
        { indicator: 'a', group: 'Impact', period: 'Q1 2022/23', value: 9 },
        { indicator: 'b', group: 'Health', period: 'Q1 2021/22', value: 4 },
        { indicator: 'a', group: 'Impact', period: 'Q4 2021/22', value: null },
        { indicator: 'a', group: 'Impact', period: 'Q3 2021/22', value: 7 },
        { indicator: 'c', group: 'Health', period: 'Q1 2021/22', value: 0 },
      ]),
    );
    expect(series.map((s) => [s.group, s.indicator, s.periods, s.values, s.rows])).toEqual([
      ['Health', 'b', ['Q1 2021/22', 'Q2 2021/22'], [4, 5], [4, 2]],
      ['Health', 'c', ['Q1 2021/22'], [0], [7]],
      ['Impact', 'a', ['Q3 2021/22', 'Q1 2022/23'], [7, 9], [6, 3]],
    ]);
    expect(series[2]?.gaps).toEqual([{ period: 'Q4 2021/22', code: '[x]' }]);
    expect(series[0]).toMatchObject({ label: 'B', unit: 'count', improvement: 'decrease', target: null, section: '8', quote: 'q b' });
  });

  it('is empty for a dataset without a quarterly dashboard, and refuses what is not a dataset', () => {
    expect(quarterlySeries(dashboard([]))).toEqual([]);
    expect(() => quarterlySeries({} as Dataset)).toThrow(InvalidInputError);
  });

  it('keeps every value once (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 2018, max: 2025 }), fc.integer({ min: 1, max: 4 })), { selector: ([i, y, q]) => `${i}${y}${q}` }), (keys) => {
        const rows = keys.map(([indicator, y, q], k) => ({ indicator, group: 'G', period: `Q${q} ${y}/${String((y + 1) % 100).padStart(2, '0')}`, value: k }));
        const series = quarterlySeries(dashboard(rows));
        const values = series.flatMap((s) => s.values).sort((x, y) => x - y);
        return values.length === rows.length && series.every((s) => s.periods.every((p, j) => j === 0 || quarterIndex(p) > quarterIndex(s.periods[j - 1]!)));
      }),
    );
  });
});
