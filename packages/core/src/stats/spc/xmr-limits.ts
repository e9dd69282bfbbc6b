import { mean as average } from 'simple-statistics';
import { InvalidInputError } from '../../errors/index.js';
import { checkOptions } from '../validate-input.js';
import { assertSeries } from './validate-series.js';

/**
 * Process limits are the mean ± this multiple of the average moving range (3 / d2, d2 = 1.128;
 * NHS England, Making Data Count; Wheeler, Understanding Variation).
 *
 * @example
 * XMR_LIMIT_FACTOR; // => 2.66
 * xmrLimits([1, 3]).upper; // => 7.32
 */
export const XMR_LIMIT_FACTOR = 2.66;
/**
 * "Near the limits" begins at the mean ± this multiple of the average moving range (two sigma:
 * 2/3 × 2.66), the line of Making Data Count's "two out of three near the limits" rule.
 *
 * @example
 * XMR_NEAR_LIMIT_FACTOR; // => 1.7733
 * xmrLimits([1, 3]).nearUpper; // => 5.5467
 */
export const XMR_NEAR_LIMIT_FACTOR = (2 * XMR_LIMIT_FACTOR) / 3;
/**
 * With outlier screening, moving ranges at or above this multiple of their average are left out
 * (D4 = 3.267; Nelson 1982, the NHSRplotthedots default).
 *
 * @example
 * XMR_OUTLIER_SCREEN_FACTOR; // => 3.267
 * // moving ranges 1 (x15), 8 and 9: mean 1.88; 8 and 9 are >= 3.267 × 1.88 = 6.15, so screened out
 * xmrLimits([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { screenOutliers: true }).averageMovingRange; // => 1
 */
export const XMR_OUTLIER_SCREEN_FACTOR = 3.267;

/**
 * Options of {@link xmrLimits}.
 *
 * @example
 * const options: XmrLimitOptions = { screenOutliers: true };
 * [xmrLimits([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]).upper, xmrLimits([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], options).upper]; // => [6.95, 4.60]
 */
export interface XmrLimitOptions {
  /**
   * Leave moving ranges >= 3.267 × their average out of the average moving range (Nelson 1982),
   * the NHSRplotthedots default. Default `false`, as the NHS "Making Data Count" Excel tools.
   */
  readonly screenOutliers?: boolean;
}

/**
 * The centre line and limits of an XmR chart, from {@link xmrLimits}.
 *
 * @example
 * const limits: XmrLimits = xmrLimits([1, 3]);
 * limits; // => { mean: 2, averageMovingRange: 2, lower: -3.32, upper: 7.32, nearLower: -1.5467, nearUpper: 5.5467 }
 */
export interface XmrLimits {
  /** Centre line: the mean of the values. */
  readonly mean: number;
  /** Mean of the moving ranges |x[i] − x[i−1]| used (after screening, if on). */
  readonly averageMovingRange: number;
  /** Lower process limit: mean − 2.66 × average moving range. */
  readonly lower: number;
  /** Upper process limit: mean + 2.66 × average moving range. */
  readonly upper: number;
  /** Lower "near the limit" line (two sigma): mean − (2/3 × 2.66) × average moving range. */
  readonly nearLower: number;
  /** Upper "near the limit" line (two sigma): mean + (2/3 × 2.66) × average moving range. */
  readonly nearUpper: number;
}

/**
 * Centre line and process limits of an XmR (individuals) chart as NHS England's "Making Data
 * Count" and NHSRplotthedots (`ptd_spc_standard`) compute them:
 *
 *     mean = Σx / n,   mR = mean of |x[i] − x[i−1]| (i = 2..n)
 *     limits = mean ± 2.66 · mR,   near-limit lines = mean ± (2/3 · 2.66) · mR
 *
 * With `screenOutliers`, moving ranges >= 3.267 · mR are dropped and mR recomputed once.
 *
 * @example
 * // NHSRplotthedots vignette "Deviations from Excel defaults": mean 1.94, limits −3.06 to 6.95
 * const limits = xmrLimits([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);
 * [limits.mean, limits.averageMovingRange, limits.lower, limits.upper]; // => [1.94, 1.88, -3.06, 6.95]
 * xmrLimits([1]); // throws InvalidInputError
 *
 * References: NHS England and NHS Improvement, Making Data Count (2019/2021); Wheeler DJ,
 * Understanding Variation (1993); Nelson LS, Control charts for individual measurements, J Qual
 * Technol 1982;14:172-173; NHSRplotthedots (https://github.com/nhs-r-community/NHSRplotthedots).
 *
 * @param values - at least two finite numbers, in time order.
 * @throws {InvalidInputError} for fewer than two values, a value that is not a finite number (or a
 *   hole in a sparse array), values so far apart that a limit overflows, an unknown option or a
 *   `screenOutliers` that is not a boolean.
 */
export function xmrLimits(values: readonly number[], options: XmrLimitOptions = {}): XmrLimits {
  const fn = 'xmrLimits';
  const { screenOutliers = false } = checkOptions(fn, options, ['screenOutliers']);
  if (typeof screenOutliers !== 'boolean') {
    throw new InvalidInputError(fn, 'options.screenOutliers', screenOutliers, 'must be true or false');
  }
  assertSeries(fn, values);
  if (values.length < 2) {
    throw new InvalidInputError(fn, 'values', values, 'must hold at least two values (one moving range)');
  }
  return computeXmrLimits(fn, values, screenOutliers);
}

/**
 * {@link xmrLimits} for a checked series of at least two finite values; throws an InvalidInputError
 * of `fn` when the values are so far apart that a moving range or the mean overflows. Internal.
 */
export function computeXmrLimits(fn: string, values: readonly number[], screenOutliers: boolean): XmrLimits {
  const mean = average(values);
  let ranges = values.slice(1).map((value, i) => Math.abs(value - (values[i] as number)));
  let averageMovingRange = average(ranges);
  if (screenOutliers && averageMovingRange > 0) {
    const cutoff = XMR_OUTLIER_SCREEN_FACTOR * averageMovingRange;
    ranges = ranges.filter((range) => range < cutoff);
    averageMovingRange = average(ranges);
  }
  const spread = XMR_LIMIT_FACTOR * averageMovingRange;
  const nearSpread = XMR_NEAR_LIMIT_FACTOR * averageMovingRange;
  const limits = {
    mean,
    averageMovingRange,
    lower: mean - spread,
    upper: mean + spread,
    nearLower: mean - nearSpread,
    nearUpper: mean + nearSpread,
  };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isFinite(value)) {
      throw new InvalidInputError(fn, 'values', values, `are so far apart that the ${name} overflows a double (values of at most about ±1e307 keep every limit finite)`);
    }
  }
  return limits;
}
