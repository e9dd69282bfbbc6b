import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { toDataFrame } from './to-data-frame.js';

describe('toDataFrame', () => {
  it('sets dtypes from the schema, keeps text that looks like a number as text, missing as NaN or null', () => {
    const figures = [
      { id: 'a', topic: 't', measure: 'm', area: null, period: '2021/22', value: 12, unit: 'count', qualifier: null, section: '5', quote: '12' },
      { id: 'b', topic: 't', measure: 'm', area: '007', period: '2021', value: 0.30000000000000004, unit: 'score', qualifier: null, section: '5', quote: 'x' },
    ];
    const df = toDataFrame(figures, 'figures');
    expect(df.dtypes).toEqual(['string', 'string', 'string', 'string', 'string', 'float32', 'string', 'string', 'string', 'string']);
    expect(df.values).toEqual([
      ['a', 't', 'm', null, '2021/22', 12, 'count', null, '5', '12'],
      ['b', 't', 'm', '007', '2021', 0.30000000000000004, 'score', null, '5', 'x'],
    ]);
    const counts = toDataFrame([{ indicator: 'x', period: '2021/22', value: 2 ** 40, section: '9', quote: 'q' }], 'context-values');
    expect(counts.dtypes[2]).toBe('int32');
    expect(counts.values).toEqual([['x', '2021/22', 2 ** 40, '9', 'q']]);
  });

  it('infers dtypes without a schema: int32 for whole numbers, float32, boolean, string; NaN for a missing number', () => {
    const df = toDataFrame([{ n: 1, x: 0.5, b: true, s: '12' }, { n: null, x: 2, b: null, s: null }]);
    expect(df.columns).toEqual(['n', 'x', 'b', 's']);
    expect(df.dtypes).toEqual(['int32', 'float32', 'boolean', 'string']);
    expect(df.values[1]).toEqual([Number.NaN, 2, null, null]);
  });

  it('keeps the columns of an empty table when the resource is given', () => {
    const df = toDataFrame([], 'context-values');
    expect(df.shape).toEqual([0, 5]);
    expect(df.columns).toEqual(['indicator', 'period', 'value', 'section', 'quote']);
  });

  it('refuses records that do not fit the schema with typed errors naming the record and field', () => {
    expect(() => toDataFrame('x' as never)).toThrow(InvalidInputError);
    expect(() => toDataFrame([{ indicator: 'x', period: '2021/22', value: '2', section: '9', quote: 'q' }] as never, 'context-values')).toThrow(/toDataFrame: records\[0\]\.value must be a safe integer/);
    expect(() => toDataFrame([{ indicator: 'x', extra: 1 }] as never, 'context-values')).toThrow(/records\[0\]\.extra is not a field of context-values/);
    expect(() => toDataFrame([{ a: 1 }, { a: 'b' }])).toThrow(/mixes text with numbers/);
  });
});
