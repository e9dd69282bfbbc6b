import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import { pointsOutsideLimits } from './outside-limits.js';

describe('pointsOutsideLimits', () => {
  it('marks points strictly above the upper or below the lower limit; a point on a limit is inside', () => {
    expect(pointsOutsideLimits([1, 5, -4, 4, -3], { lower: -3, upper: 4 })).toEqual([false, true, true, false, false]);
  });

  it('handles an empty series', () => {
    expect(pointsOutsideLimits([], { lower: 0, upper: 1 })).toEqual([]);
  });

  it('rejects non-finite values and limits, and lower > upper', () => {
    expect(() => pointsOutsideLimits([1, Infinity], { lower: 0, upper: 1 })).toThrow(/values\[1\] must be a finite number/);
    expect(() => pointsOutsideLimits([1], { lower: Number.NaN, upper: 1 })).toThrow(/limits\.lower must be a finite number/);
    expect(() => pointsOutsideLimits([1], { lower: 2, upper: 1 })).toThrow(/limits must have lower <= upper/);
    expect(() => pointsOutsideLimits([1], null as never)).toThrow(InvalidInputError);
  });
});
