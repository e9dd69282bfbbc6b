import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { suppressSmallCounts } from './suppress-small-counts.js';
import type { Published } from './symbols.js';

describe('suppressSmallCounts', () => {
  it('the TSDoc examples', () => {
    expect(suppressSmallCounts([0, 1, 5, 6, '[x]', '[z]'])).toEqual([0, '[c]', '[c]', 6, '[x]', '[z]']);
    expect(suppressSmallCounts([4, 9, 10], { max: 9 })).toEqual(['[c]', '[c]', 10]);
  });

  it('keeps 0 a true zero and [x], [z], [c] distinct', () => {
    expect(suppressSmallCounts([0, '[x]', '[z]', '[c]', 2])).toEqual([0, '[x]', '[z]', '[c]', '[c]']);
  });

  it('suppresses the whole range 1..5 and nothing else by default', () => {
    expect(suppressSmallCounts([0, 1, 2, 3, 4, 5, 6, 7, 100])).toEqual([0, '[c]', '[c]', '[c]', '[c]', '[c]', 6, 7, 100]);
    expect(suppressSmallCounts([1, 2, 3], { min: 3 })).toEqual([1, 2, '[c]']);
    expect(suppressSmallCounts([])).toEqual([]);
  });

  it('does not change its input', () => {
    const values: Published[] = [3, 8];
    suppressSmallCounts(values);
    expect(values).toEqual([3, 8]);
  });

  it('property: idempotent, same length, a number survives exactly when it is 0 or above max', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom<Published>('[c]', '[x]', '[z]'))),
        fc.integer({ min: 1, max: 12 }),
        (values, max) => {
          const once = suppressSmallCounts(values, { max });
          expect(suppressSmallCounts(once, { max })).toEqual(once);
          expect(once.length).toBe(values.length);
          values.forEach((v, i) => {
            if (typeof v === 'number') expect(once[i]).toBe(v === 0 || v > max ? v : '[c]');
            else expect(once[i]).toBe(v);
          });
        },
      ),
    );
  });

  it('rejects values that are not counts or symbols, naming the index', () => {
    expect(() => suppressSmallCounts([1, -2])).toThrow('suppressSmallCounts: values[1] must not be negative (got -2)');
    expect(() => suppressSmallCounts([2.5])).toThrow('values[0] must be a whole number (a count) (got 2.5)');
    expect(() => suppressSmallCounts([Number.NaN])).toThrow('values[0] must be a number (got NaN)');
    expect(() => suppressSmallCounts([Number.NEGATIVE_INFINITY])).toThrow('values[0] must be finite (got -Infinity)');
    expect(() => suppressSmallCounts(['c' as Published])).toThrow('values[0] must be a count or one of [c], [x], [z] (got "c")');
    expect(() => suppressSmallCounts('1,2' as unknown as Published[])).toThrow(InvalidInputError);
    expect(() => suppressSmallCounts([1], { min: 0 })).toThrow(/options.min must be at least 1/);
    expect(() => suppressSmallCounts([1], null as unknown as undefined)).toThrow(/options must be an object/);
  });
});
