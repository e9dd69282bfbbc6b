import { DEFAULT_CONFIDENCE } from './interval-estimate.js';
import { InvalidInputError } from '../errors/index.js';
import type { CountInterval } from './count-interval.js';
import { assertConfidence, assertCount } from './validate-input.js';
import { twoSidedZ } from './two-sided-z.js';

/**
 * Byar's approximation to the exact Poisson confidence limits for the expected value of an
 * observed count `x` (Breslow & Day 1987; the method of PHEindicatormethods `phe_rate` for x >= 10):
 *
 *     lower = x · (1 − 1/(9x) − z/(3√x))³
 *     upper = (x + 1) · (1 − 1/(9(x + 1)) + z/(3√(x + 1)))³
 *
 * with z = Φ⁻¹(1 − α/2), α = 1 − confidence. {@link rateWithCI} uses it when x >= 10, where it is
 * accurate; for small counts use {@link exactPoissonInterval}.
 *
 * Example: `byarsInterval(65, 0.95)` → lower 50.1632, upper 82.8491 (PHEindicatormethods test data).
 *
 * Reference: Breslow NE, Day NE. Statistical methods in cancer research, volume II: The design and
 * analysis of cohort studies. Lyon: IARC; 1987.
 *
 * @example
 * byarsInterval(25); // => { lower: 16.174, upper: 36.906 }
 * @param count - observed count, a whole number >= 1.
 * @param confidence - confidence level, 0.9 <= confidence <= 1 − 1e-9 (default 0.95).
 * @throws {InvalidInputError} for a count below 1, a fractional or non-finite count, a bad confidence,
 *   or when the approximation gives a negative lower limit (very small counts at high confidence,
 *   e.g. count 1 at 0.998), where PHEindicatormethods returns NA.
 */
export function byarsInterval(count: number, confidence = DEFAULT_CONFIDENCE): CountInterval {
  const fn = 'byarsInterval';
  assertCount(fn, 'count', count);
  if (count < 1) {
    throw new InvalidInputError(fn, 'count', count, 'must be at least 1 for Byar\'s method (use exactPoissonInterval)');
  }
  assertConfidence(fn, confidence);
  return byarsLimits(fn, count, confidence);
}

/** {@link byarsInterval} for a checked count >= 1 and confidence; errors name `fn`. Internal. */
export function byarsLimits(fn: string, count: number, confidence: number): CountInterval {
  const z = twoSidedZ(confidence);
  const lower = count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  const next = count + 1;
  const upper = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  if (lower < 0) {
    throw new InvalidInputError(
      fn,
      'count',
      count,
      `is too small for Byar's method at confidence ${confidence}: the lower limit would be negative (use exactPoissonInterval)`,
    );
  }
  return { lower, upper };
}
