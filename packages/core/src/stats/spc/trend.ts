import { assertRunLength, assertSeries } from './validate-series.js';
import { markRunMembers } from './mark-runs.js';

/**
 * Points in a row, each higher (or each lower) than the one before, that make a trend (7, as
 * NHSRplotthedots' `ptd_seven_point_trend`).
 *
 * @example
 * TREND_RUN_LENGTH; // => 7
 * pointsInTrend([7, 6, 5, 4, 3, 2, 1]).every((d) => d === 'decreasing'); // => true
 */
export const TREND_RUN_LENGTH = 7;

/**
 * Direction of a trend a point belongs to, or `null` when it is in none.
 *
 * @example
 * const directions: TrendDirection[] = pointsInTrend([9, 8, 7, 6, 5, 4, 3, 3]);
 * [directions[0], directions[7]]; // => ['decreasing', null]
 */
export type TrendDirection = 'increasing' | 'decreasing' | null;

/**
 * Special-cause rule "trend" of NHS "Making Data Count": `runLength` (default 7) or more
 * consecutive points each strictly higher than the one before (or each strictly lower); equal
 * neighbours break a trend. Returns, for each value, the direction of the trend it belongs to, or
 * `null`.
 *
 * The direction of a point follows NHSRplotthedots (`ptd_special_cause_type`): the step to the next
 * point when that point is also in a trend, otherwise the step from the previous point.
 *
 * @example
 * pointsInTrend([2, 1, 2, 3, 4, 5, 6, 7, 3]); // => [null, 'increasing', 'increasing', 'increasing', 'increasing', 'increasing', 'increasing', 'increasing', null]
 * pointsInTrend([1, 2, 3, 4, 5, 6]); // => [null, null, null, null, null, null]
 *
 * Reference: NHS England, Making Data Count: Strengthening your decisions (2019/2021);
 * NHSRplotthedots `ptd_seven_point_trend`.
 *
 * @throws {InvalidInputError} when a value is not finite or runLength is not a whole number >= 2.
 */
export function pointsInTrend(values: readonly number[], runLength = TREND_RUN_LENGTH): TrendDirection[] {
  const fn = 'pointsInTrend';
  assertSeries(fn, values);
  assertRunLength(fn, runLength);
  return trendUnchecked(values, runLength);
}

/** Internal: {@link pointsInTrend} without the argument checks (for callers that checked once). */
export function trendUnchecked(values: readonly number[], runLength: number): TrendDirection[] {
  // step[i] = sign(values[i + 1] − values[i])
  const step = values.slice(1).map((value, i) => Math.sign(value - (values[i] as number)));
  // A run ends at point i when the runLength − 1 steps before it all go the same way: counted as a
  // streak of steps, so the work is O(n) whatever runLength is.
  let streak = 0;
  const runEnds = values.map((_, i) => {
    if (i === 0) return false;
    const s = step[i - 1] as number;
    streak = s !== 0 && i > 1 && step[i - 2] === s ? streak + 1 : s !== 0 ? 1 : 0;
    return streak >= runLength - 1;
  });
  const inTrend = markRunMembers(runEnds, runLength);
  return inTrend.map((member, j) => {
    if (!member) return null;
    const direction = inTrend[j + 1] === true ? step[j] : step[j - 1];
    return direction === 1 ? 'increasing' : 'decreasing';
  });
}
