import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/index.js';
import { pointsInShift } from './shift.js';

// Expectations ported from NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R
// ("ptd_seven_point_one_side_mean works as expected" with ptd_part_of_seven_trend), commit
// 050b07d7eacc011767532732f69b8fd7d6a28fd3: there the input is sign(y − mean); here values around centre 0.
const rep = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);

describe('pointsInShift (7 points on one side of the mean)', () => {
  it('matches the NHSRplotthedots cases', () => {
    expect(pointsInShift([], 0)).toEqual([]);
    expect(pointsInShift(rep(1, 6), 0)).toEqual(rep(false, 6));
    expect(pointsInShift([...rep(1, 6), -1], 0)).toEqual(rep(false, 7));
    expect(pointsInShift([...rep(1, 8), -1], 0)).toEqual([...rep(true, 8), false]);
    expect(pointsInShift([...rep(-1, 8), 1], 0)).toEqual([...rep(true, 8), false]);
  });

  it('marks exactly the run of seven, not the neighbours', () => {
    expect(pointsInShift([-2, 3, 1, 4, 2, 5, 1, 1, -1], 0)).toEqual([false, ...rep(true, 7), false]);
  });

  it('is broken by a point exactly on the centre line', () => {
    expect(pointsInShift([1, 1, 1, 0, 1, 1, 1, 1], 0)).toEqual(rep(false, 8));
  });

  it('takes another run length', () => {
    expect(pointsInShift([1, 1, 1, -1], 0, 3)).toEqual([true, true, true, false]);
  });

  it('property: a marked point is never on the centre line, and marks come in runs of at least 7 on one side', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 2 }), { maxLength: 40 }), (values) => {
        const marked = pointsInShift(values, 0);
        let i = 0;
        while (i < values.length) {
          if (!marked[i]) {
            i += 1;
            continue;
          }
          let j = i;
          while (j < values.length && marked[j] && Math.sign(values[j]!) === Math.sign(values[i]!)) j += 1;
          expect(Math.sign(values[i]!)).not.toBe(0);
          expect(j - i).toBeGreaterThanOrEqual(7);
          i = j;
        }
      }),
    );
  });

  it('rejects a bad centre or run length', () => {
    expect(() => pointsInShift([1], Number.NaN)).toThrow(/pointsInShift: centre must be a finite number/);
    expect(() => pointsInShift([1], 0, 1)).toThrow(/runLength must be a whole number of at least 2/);
    expect(() => pointsInShift([1], 0, 2.5)).toThrow(InvalidInputError);
  });
});
