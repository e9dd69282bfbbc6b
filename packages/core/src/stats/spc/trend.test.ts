import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import { pointsInTrend } from './trend.js';

// Expectations ported from NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R
// ("ptd_seven_point_trend works as expected" with ptd_part_of_seven_trend), commit
// 050b07d7eacc011767532732f69b8fd7d6a28fd3.
const range = (from: number, to: number) =>
  from <= to ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : Array.from({ length: from - to + 1 }, (_, i) => from - i);
const rep = <T>(value: T, times: number) => Array.from({ length: times }, () => value);

describe('pointsInTrend (7 points each higher, or each lower, than the one before)', () => {
  it('matches the NHSRplotthedots cases', () => {
    expect(pointsInTrend([])).toEqual([]);
    expect(pointsInTrend(range(1, 6))).toEqual(rep(null, 6));
    expect(pointsInTrend([...range(1, 3), ...range(3, 6)])).toEqual(rep(null, 7)); // a tie breaks the trend
    expect(pointsInTrend(range(1, 7))).toEqual(rep('increasing', 7));
    expect(pointsInTrend([2, ...range(1, 7), 3])).toEqual([null, ...rep('increasing', 7), null]);
    expect(pointsInTrend(range(7, 1))).toEqual(rep('decreasing', 7));
    expect(pointsInTrend([2, ...range(7, 1), 3])).toEqual([null, ...rep('decreasing', 7), null]);
  });

  it('marks every point of a longer trend', () => {
    expect(pointsInTrend(range(1, 10))).toEqual(rep('increasing', 10));
  });

  it('gives a point shared by a rise and a fall the direction of the step after it (as NHSRplotthedots)', () => {
    const values = [...range(1, 7), ...range(6, 1)]; // 1..7 then 6..1: the 7 ends the rise and starts the fall
    const trend = pointsInTrend(values);
    expect(trend.slice(0, 6)).toEqual(rep('increasing', 6));
    expect(trend[6]).toBe('decreasing');
    expect(trend.slice(7)).toEqual(rep('decreasing', 6));
  });

  it('takes another run length', () => {
    expect(pointsInTrend([1, 2, 3, 1], 3)).toEqual(['increasing', 'increasing', 'increasing', null]);
  });

  it('rejects bad input', () => {
    expect(() => pointsInTrend([1, Number.NaN])).toThrow(/pointsInTrend: values\[1\] must be a finite number/);
    expect(() => pointsInTrend([1], 0)).toThrow(InvalidInputError);
  });
});
