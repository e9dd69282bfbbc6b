import { InvalidInputError } from '../../errors/index.js';
import { assertFiniteNumber } from '../validate-input.js';
import { assertSeries } from './validate-series.js';

/**
 * The lines {@link pointsInTwoOfThreeNearLimits} needs: an {@link XmrLimits} has them all.
 *
 * @example
 * const lines: NearLimitLines = xmrLimits([1, 3]); // mean 2, mean moving range 2
 * [lines.nearLower, lines.nearUpper]; // => [-1.5467, 5.5467]
 * pointsInTwoOfThreeNearLimits([6, 6.5, 3], lines); // => [true, true, false]
 */
export interface NearLimitLines {
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  readonly nearLower: number;
  readonly nearUpper: number;
}

/**
 * Special-cause rule "two out of three near the limits" of NHS "Making Data Count": among three
 * consecutive points all on the same side of the mean, two or more lie near a process limit —
 * beyond the two-sigma line (`nearUpper`/`nearLower`) but not outside the limits. Returns, for each
 * value, whether it is one of those near-limit points. The third point of the three is not marked,
 * and a point outside the limits does not count (that is the outside-limits rule), as in
 * NHSRplotthedots (`ptd_two_in_three`, `ptd_part_of_two_in_three`).
 *
 * @example
 * const lines = { mean: 0, lower: -3, upper: 3, nearLower: -2, nearUpper: 2 };
 * pointsInTwoOfThreeNearLimits([0.5, 2.5, 1, 2.6], lines); // => [false, true, false, true]
 * pointsInTwoOfThreeNearLimits([2.5, -1, 2.6], lines); // => [false, false, false]
 *
 * Reference: NHS England, Making Data Count: Strengthening your decisions (2019/2021);
 * NHSRplotthedots `ptd_calculate_point_type`.
 *
 * @throws {InvalidInputError} when a value or line is not finite, or the lines are out of order
 *   (lower <= nearLower <= mean <= nearUpper <= upper).
 */
export function pointsInTwoOfThreeNearLimits(values: readonly number[], lines: NearLimitLines): boolean[] {
  const fn = 'pointsInTwoOfThreeNearLimits';
  assertSeries(fn, values);
  if (lines === null || typeof lines !== 'object') {
    throw new InvalidInputError(fn, 'lines', lines, 'must be an object with mean, lower, upper, nearLower and nearUpper');
  }
  const { mean, lower, upper, nearLower, nearUpper } = lines;
  assertFiniteNumber(fn, 'lines.mean', mean);
  assertFiniteNumber(fn, 'lines.lower', lower);
  assertFiniteNumber(fn, 'lines.upper', upper);
  assertFiniteNumber(fn, 'lines.nearLower', nearLower);
  assertFiniteNumber(fn, 'lines.nearUpper', nearUpper);
  if (!(lower <= nearLower && nearLower <= mean && mean <= nearUpper && nearUpper <= upper)) {
    throw new InvalidInputError(fn, 'lines', lines, 'must satisfy lower <= nearLower <= mean <= nearUpper <= upper');
  }
  return twoOfThreeUnchecked(values, lines);
}

/** Internal: {@link pointsInTwoOfThreeNearLimits} without the argument checks (for callers that checked once). */
export function twoOfThreeUnchecked(values: readonly number[], lines: NearLimitLines): boolean[] {
  const { mean, lower, upper, nearLower, nearUpper } = lines;
  const near = values.map((v) => !(v > upper || v < lower) && (v < nearLower || v > nearUpper));
  const side = values.map((v) => Math.sign(v - mean));
  const nearAt = (i: number): number => (near[i] === true ? 1 : 0);
  const sideAt = (i: number): number => side[i] ?? 0;
  const windowQualifies = (start: number): boolean =>
    nearAt(start) + nearAt(start + 1) + nearAt(start + 2) >= 2 &&
    Math.abs(sideAt(start) + sideAt(start + 1) + sideAt(start + 2)) === 3;

  return values.map(
    (_, i) => near[i] === true && (windowQualifies(i - 2) || windowQualifies(i - 1) || windowQualifies(i)),
  );
}
