import { assertLimits, assertSeries } from './validate-series.js';

/**
 * Special-cause rule 1 of NHS "Making Data Count": a point outside the process limits. Returns,
 * for each value, whether it lies strictly above `upper` or strictly below `lower` (a point on a
 * limit is inside), as NHSRplotthedots' `outside_limits`.
 *
 * @example
 * pointsOutsideLimits([1, 5, -4, 4], { lower: -3, upper: 4 }); // => [false, true, true, false]
 *
 * Reference: NHS England, Making Data Count: Strengthening your decisions (2019/2021);
 * NHSRplotthedots `ptd_spc_standard`.
 *
 * @throws {InvalidInputError} when a value or limit is not a finite number, or lower > upper.
 */
export function pointsOutsideLimits(
  values: readonly number[],
  limits: { readonly lower: number; readonly upper: number },
): boolean[] {
  const fn = 'pointsOutsideLimits';
  assertSeries(fn, values);
  assertLimits(fn, limits);
  return outsideLimitsUnchecked(values, limits);
}

/** Internal: {@link pointsOutsideLimits} without the argument checks (for callers that checked once). */
export function outsideLimitsUnchecked(
  values: readonly number[],
  limits: { readonly lower: number; readonly upper: number },
): boolean[] {
  return values.map((value) => value > limits.upper || value < limits.lower);
}
