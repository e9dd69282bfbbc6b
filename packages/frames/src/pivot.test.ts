import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { loadDanfo } from './danfo.js';
import { pivot } from './pivot.js';
import { toDataFrame } from './to-data-frame.js';

const values = [
  { indicator: 'cp', period: '2020/21', value: 400, section: '9', quote: 'q' },
  { indicator: 'cp', period: '2021/22', value: 450, section: '9', quote: 'q' },
  { indicator: 'lac', period: '2021/22', value: 600, section: '9', quote: 'q' },
];

describe('pivot', () => {
  it('makes one row per index value and one column per columns value, cells unchanged, absent pairs NaN', () => {
    const wide = pivot(toDataFrame(values, 'context-values'), { index: 'indicator', columns: 'period', values: 'value' });
    expect(wide.columns).toEqual(['indicator', '2020/21', '2021/22']);
    expect(wide.dtypes).toEqual(['string', 'int32', 'int32']);
    expect(wide.values).toEqual([['cp', 400, 450], ['lac', Number.NaN, 600]]);
  });

  it('refuses an unknown column, a missing key and a repeated pair', () => {
    const df = toDataFrame(values, 'context-values');
    expect(() => pivot(df, { index: 'nope', columns: 'period', values: 'value' })).toThrow(InvalidInputError);
    expect(() => pivot(df, { index: 'section', columns: 'period', values: 'value' })).toThrow(/df row 2 .*repeats the pair of row 1/);
    const gap = new (loadDanfo().DataFrame)([['a', null, 1]], { columns: ['k', 'c', 'v'] });
    expect(() => pivot(gap, { index: 'k', columns: 'c', values: 'v' })).toThrow(/is missing/);
  });
});
