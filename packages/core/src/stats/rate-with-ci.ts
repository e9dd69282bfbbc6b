import { byarsLimits } from './byars-interval.js';
import { exactPoissonLimits } from './exact-poisson-interval.js';
import { DEFAULT_CONFIDENCE, type IntervalEstimate } from './interval-estimate.js';
import { assertFiniteResult, assertPositive, assertRateInput, checkOptions } from './validate-input.js';

/**
 * Counts below this use exact Poisson limits, counts at or above it Byar's method (as `phe_rate`).
 *
 * @example
 * BYARS_MIN_COUNT; // => 10
 */
export const BYARS_MIN_COUNT = 10;

/**
 * How a rate's confidence limits were computed: `exact` Poisson (count < 10) or `byars` (count >= 10).
 *
 * @example
 * const method: RateCIMethod = rateWithCI(9, 100_000).method;
 * method; // => 'exact'
 */
export type RateCIMethod = 'exact' | 'byars';

/**
 * Options of {@link rateWithCI}.
 *
 * @example
 * const options: RateOptions = { per: 10_000 };
 * rateWithCI(4169, 106_575, options).value; // => 391.18
 */
export interface RateOptions {
  /** Rate per this many of the population (default 100,000). */
  readonly per?: number;
  /** Confidence level, 0.9 <= confidence <= 1 − 1e-9 (default 0.95; 0.998 for Fingertips' outer limits). */
  readonly confidence?: number;
}

/**
 * A crude rate with its confidence interval, as returned by {@link rateWithCI}.
 *
 * @example
 * const r: RateWithCI = rateWithCI(17, 106_575);
 * [r.count, r.population, r.per, r.method]; // => [17, 106575, 100000, 'byars']
 */
export interface RateWithCI extends IntervalEstimate {
  /** `exact` (count < 10) or `byars` (count >= 10). */
  readonly method: RateCIMethod;
  /** The rate is per this many of the population. */
  readonly per: number;
  /** The count the rate was computed from. */
  readonly count: number;
  /** The population the rate was computed from. */
  readonly population: number;
}

/**
 * Crude rate `count / population × per` with a confidence interval by the PHEindicatormethods
 * `phe_rate` method: exact Poisson limits (chi-square; {@link exactPoissonInterval}) when
 * count < 10 and Byar's approximation ({@link byarsInterval}) when count >= 10, the limits for the
 * count divided by the population and multiplied by `per`.
 *
 * Example: 17 deaths in 106,575 children → 15.9512 per 100,000, 95% CI 9.2869 to 25.5408 (Byar's).
 *
 * Confidence levels from 0.9 up to 1 − 1e-9 are accepted (PHEindicatormethods allows up to 1);
 * 0.95 and 0.998 are the ones Fingertips uses. Unlike `phe_rate`, a count above the population is
 * refused: every rate scpkit computes counts people (or events for people) within the population.
 *
 * References: Breslow NE, Day NE (1987), Statistical methods in cancer research vol. II (Byar's
 * method); Armitage P, Berry G (2002), Statistical methods in medical research, 4th edn (exact
 * method); PHEindicatormethods `phe_rate` (https://github.com/ukhsa-collaboration/PHEindicatormethods).
 *
 * @example
 * const r = rateWithCI(25, 100000); // 25 per 100,000 (count >= 10: Byar's method)
 * [r.value, r.lower, r.upper, r.method]; // => [25, 16.17, 36.91, 'byars']
 * rateWithCI(4, 100000).method; // => 'exact'
 * @param count - number of events, a whole number >= 0 (0 gives rate 0 and lower limit 0).
 * @param population - population at risk, a finite number > 0 and >= count.
 * @throws {InvalidInputError} for a negative, fractional or non-finite count, a population <= 0 or
 *   non-finite, a count above the population, `per` <= 0 or a confidence outside [0.9, 1 − 1e-9].
 */
export function rateWithCI(count: number, population: number, options: RateOptions = {}): RateWithCI {
  const fn = 'rateWithCI';
  const { per = 100_000, confidence = DEFAULT_CONFIDENCE } = checkOptions(fn, options, ['per', 'confidence']);
  assertRateInput(fn, 'count', count, 'population', population, confidence);
  assertPositive(fn, 'per', per);
  return computeRate(fn, count, population, per, confidence);
}

/**
 * {@link rateWithCI} for checked arguments (as `assertRateInput` and a positive `per` check them);
 * throws an InvalidInputError of `fn` naming `per` if an extreme `per` overflows. Internal.
 */
export function computeRate(fn: string, count: number, population: number, per: number, confidence: number): RateWithCI {
  const method: RateCIMethod = count < BYARS_MIN_COUNT ? 'exact' : 'byars';
  const limits = method === 'exact' ? exactPoissonLimits(count, confidence) : byarsLimits(fn, count, confidence);
  const value = (count / population) * per;
  const lower = (limits.lower / population) * per;
  const upper = (limits.upper / population) * per;
  // A tiny population or a huge per can overflow; blame the one that is extreme.
  if (population < 1) assertFiniteResult(fn, 'population', population, value, lower, upper);
  assertFiniteResult(fn, 'per', per, value, lower, upper);
  return {
    value,
    lower,
    upper,
    confidence,
    method,
    per,
    count,
    population,
  };
}
