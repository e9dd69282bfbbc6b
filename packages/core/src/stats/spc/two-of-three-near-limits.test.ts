import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import { pointsInTwoOfThreeNearLimits } from './two-of-three-near-limits.js';

// Expectations ported from NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R
// ("ptd_two_in_three works as expected", "... opposite sides of the mean", "ptd_part_of_two_in_three
// works as expected"), commit 050b07d7eacc011767532732f69b8fd7d6a28fd3. There the inputs are flags
// (near a limit) and sides (sign of y − mean); here they become values around mean 0 with limits ±3
// and near-limit lines ±2: a near point is 2.5 × side, any other point 0.5 × side.
const lines = { mean: 0, lower: -3, upper: 3, nearLower: -2, nearUpper: 2 };
const valuesOf = (near: number[], side: number[]) => near.map((n, i) => (n === 1 ? 2.5 : 0.5) * side[i]!);
const flags = (marks: boolean[]) => marks.map((m) => (m ? 1 : 0));
const ones = (n: number) => Array.from({ length: n }, () => 1);

describe('pointsInTwoOfThreeNearLimits', () => {
  it('marks the near points of three same-side points with two or more near a limit', () => {
    for (const near of [[1, 0, 1], [0, 1, 1], [1, 1, 0]]) {
      expect(flags(pointsInTwoOfThreeNearLimits(valuesOf(near, ones(3)), lines))).toEqual(near);
    }
    expect(flags(pointsInTwoOfThreeNearLimits(valuesOf([0, 0, 1, 0, 1, 0, 0], ones(7)), lines))).toEqual([0, 0, 1, 0, 1, 0, 0]);
    expect(flags(pointsInTwoOfThreeNearLimits(valuesOf([0, 0, 1, 1, 0, 0, 0], ones(7)), lines))).toEqual([0, 0, 1, 1, 0, 0, 0]);
    expect(flags(pointsInTwoOfThreeNearLimits(valuesOf([1, 0, 0, 1], ones(4)), lines))).toEqual([0, 0, 0, 0]);
    expect(flags(pointsInTwoOfThreeNearLimits(valuesOf([1, 0, 0, 1, 1], ones(5)), lines))).toEqual([0, 0, 0, 1, 1]);
  });

  it('needs all three points on the same side of the mean', () => {
    expect(flags(pointsInTwoOfThreeNearLimits(valuesOf([1, 0, 1], [1, -1, 1]), lines))).toEqual([0, 0, 0]);
    expect(flags(pointsInTwoOfThreeNearLimits(valuesOf([0, 1, 1], [1, -1, 1]), lines))).toEqual([0, 0, 0]);
    expect(flags(pointsInTwoOfThreeNearLimits(valuesOf([1, 1, 0], [1, -1, 1]), lines))).toEqual([0, 0, 0]);
    expect(flags(pointsInTwoOfThreeNearLimits(valuesOf([0, 0, 1, 0, 1, 0, 0], [1, -1, 1, -1, 1, -1, 1]), lines))).toEqual(
      [0, 0, 0, 0, 0, 0, 0],
    );
    expect(flags(pointsInTwoOfThreeNearLimits(valuesOf([0, 0, 1, 1, 0, 0, 0], [-1, 1, -1, 1, -1, 1, -1]), lines))).toEqual(
      [0, 0, 0, 0, 0, 0, 0],
    );
  });

  it('works below the mean too, and handles an empty series', () => {
    expect(pointsInTwoOfThreeNearLimits([-2.5, -1, -2.2], lines)).toEqual([true, false, true]);
    expect(pointsInTwoOfThreeNearLimits([], lines)).toEqual([]);
  });

  it('does not count a point outside the limits as near them (that is the outside-limits rule)', () => {
    expect(pointsInTwoOfThreeNearLimits([2.5, 3.5, 0.5], lines)).toEqual([false, false, false]);
    expect(pointsInTwoOfThreeNearLimits([2.5, 3.5, 2.5], lines)).toEqual([true, false, true]);
  });

  it('rejects lines out of order and non-finite input', () => {
    expect(() => pointsInTwoOfThreeNearLimits([1], { ...lines, nearUpper: 4 })).toThrow(
      /lines must satisfy lower <= nearLower <= mean <= nearUpper <= upper/,
    );
    expect(() => pointsInTwoOfThreeNearLimits([1], { ...lines, mean: Number.NaN })).toThrow(/lines\.mean must be a finite number/);
    expect(() => pointsInTwoOfThreeNearLimits([1, Infinity], lines)).toThrow(InvalidInputError);
  });
});
