import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { CONSISTENT_LIST_MAX, rangeSize, rangeToList, runWhere, type RunPlace } from './whole-number-range.js';

describe('runWhere', () => {
  it('finds the run of a monotone place function by bisection, with few calls', () => {
    let calls = 0;
    const place = (k: number): RunPlace => {
      calls += 1;
      return k < 3_750_000_000 ? -1 : k > 3_849_999_999 ? 1 : 0;
    };
    expect(runWhere(0, 1e10, place)).toEqual({ first: 3_750_000_000, last: 3_849_999_999 });
    expect(calls).toBeLessThan(80);
  });

  it('is null when the run is empty or outside [lo, hi], and clips a run to [lo, hi]', () => {
    expect(runWhere(0, 10, (k) => (k < 5 ? -1 : 1))).toBeNull();
    expect(runWhere(0, 10, () => -1)).toBeNull();
    expect(runWhere(0, 10, () => 1)).toBeNull();
    expect(runWhere(5, 4, () => 0)).toBeNull();
    expect(runWhere(3, 7, () => 0)).toEqual({ first: 3, last: 7 });
  });

  it('property: equals the run a scan finds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (lo, a, b) => {
        const hi = lo + 200;
        const place = (k: number): RunPlace => (k < Math.min(a, b) ? -1 : k > Math.max(a, b) ? 1 : 0);
        const scanned: number[] = [];
        for (let k = lo; k <= hi; k += 1) if (place(k) === 0) scanned.push(k);
        expect(runWhere(lo, hi, place)).toEqual(scanned.length === 0 ? null : { first: scanned[0], last: scanned[scanned.length - 1] });
      }),
    );
  });
});

describe('rangeToList', () => {
  it('lists a run, and refuses one longer than CONSISTENT_LIST_MAX with a typed error naming the argument', () => {
    expect(rangeToList({ first: 178, last: 182 }, 'f', 'whole', 514, 'g')).toEqual([178, 179, 180, 181, 182]);
    expect(rangeToList(null, 'f', 'whole', 514, 'g')).toEqual([]);
    expect(rangeSize({ first: 1, last: CONSISTENT_LIST_MAX })).toBe(CONSISTENT_LIST_MAX);
    expect(rangeToList({ first: 1, last: CONSISTENT_LIST_MAX }, 'f', 'whole', 1, 'g')).toHaveLength(CONSISTENT_LIST_MAX);
    expect(() => rangeToList({ first: 0, last: CONSISTENT_LIST_MAX }, 'f', 'whole', 7, 'g')).toThrow(InvalidInputError);
    expect(() => rangeToList({ first: 0, last: CONSISTENT_LIST_MAX }, 'f', 'whole', 7, 'g')).toThrow('f: whole gives 1000001 whole numbers (0 to 1000000), more than the 1000000 a list may hold: call g for the ends (got 7)');
  });
});
