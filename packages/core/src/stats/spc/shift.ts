import { assertFiniteNumber } from '../validate-input.js';
import { assertRunLength, assertSeries } from './validate-series.js';
import { markRunMembers } from './mark-runs.js';

/**
 * Points in a row on one side of the centre line that make a shift (NHS England "Making Data
 * Count" and NHSRplotthedots: 7; some NHS tools use 6, see `pointsInShift`'s `runLength`).
 *
 * @example
 * SHIFT_RUN_LENGTH; // => 7
 * pointsInShift([3, 3, 3, 3, 3, 3, 3], 2).every((inShift) => inShift); // => true
 */
export const SHIFT_RUN_LENGTH = 7;

/**
 * Special-cause rule "shift" of NHS "Making Data Count": a run of `runLength` (default 7) or more
 * consecutive points all strictly above, or all strictly below, the centre line. Returns, for each
 * value, whether it belongs to such a run. A point exactly on the centre line breaks a run.
 * As NHSRplotthedots' `ptd_seven_point_one_side_mean` with `ptd_part_of_seven_trend`.
 *
 * @example
 * pointsInShift([1, 1, 1, 1, 1, 1, 1, 1, -1], 0); // => [true, true, true, true, true, true, true, true, false]
 * pointsInShift([1, 1, 1, 1, 1, 1, -1], 0); // => [false, false, false, false, false, false, false]
 * pointsInShift([1, 1, 1, 1, 1, 1, -1], 0, 6); // => [true, true, true, true, true, true, false]
 *
 * Reference: NHS England, Making Data Count: Strengthening your decisions (2019/2021);
 * NHSRplotthedots `ptd_calculate_point_type`.
 *
 * @param centre - the centre line (the mean of the baseline).
 * @throws {InvalidInputError} when a value or the centre is not finite, or runLength is not a whole number >= 2.
 */
export function pointsInShift(values: readonly number[], centre: number, runLength = SHIFT_RUN_LENGTH): boolean[] {
  const fn = 'pointsInShift';
  assertSeries(fn, values);
  assertFiniteNumber(fn, 'centre', centre);
  assertRunLength(fn, runLength);
  return shiftUnchecked(values, centre, runLength);
}

/** Internal: {@link pointsInShift} without the argument checks (for callers that checked once). */
export function shiftUnchecked(values: readonly number[], centre: number, runLength: number): boolean[] {
  const side = values.map((value) => Math.sign(value - centre));
  // A run ends at i when the last runLength points lie on one side: counted as a streak, so the work
  // is O(n) whatever runLength is (a window scan would be O(n × runLength)).
  let streak = 0;
  const runEnds = side.map((s, i) => {
    streak = s !== 0 && i > 0 && side[i - 1] === s ? streak + 1 : s !== 0 ? 1 : 0;
    return streak >= runLength;
  });
  return markRunMembers(runEnds, runLength);
}
