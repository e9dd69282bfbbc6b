import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDifferences, jsonPathKey } from './json-differences.js';

describe('jsonDifferences', () => {
  it('finds nothing between equal values, whatever their key order', () => {
    expect(jsonDifferences({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toEqual([]);
  });

  it('locates each differing leaf by its JSON path', () => {
    expect(jsonDifferences({ fields: [{ name: 'a', constraints: { minimum: 0 } }] }, { fields: [{ name: 'a', constraints: { minimum: -1 } }] })).toEqual([
      { path: '.fields[0].constraints.minimum', expected: 0, found: -1 },
    ]);
    expect(jsonDifferences({ a: 1 }, { a: 1, extra: true })).toEqual([{ path: '.extra', expected: undefined, found: true }]);
    expect(jsonDifferences({ 'scpkit:x': 1 }, {})).toEqual([{ path: '["scpkit:x"]', expected: 1, found: undefined }]);
  });

  it('reports arrays of different length once, at the array', () => {
    expect(jsonDifferences({ f: [1, 2] }, { f: [1, 2, 3] })).toEqual([{ path: '.f', expected: [1, 2], found: [1, 2, 3] }]);
  });

  it('is empty exactly when the JSON texts of key-sorted values are equal', () => {
    const sorted = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sorted) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sorted(x)])) : v;
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const equal = JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
        return (jsonDifferences(a, b).length === 0) === equal && jsonDifferences(a, a).length === 0;
      }),
    );
  });

  it('writes identifier keys with a dot and other keys in brackets', () => {
    expect(jsonPathKey('fields')).toBe('.fields');
    expect(jsonPathKey(3)).toBe('[3]');
    expect(jsonPathKey('a-b')).toBe('["a-b"]');
  });
});
