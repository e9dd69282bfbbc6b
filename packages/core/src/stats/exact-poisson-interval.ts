import { DEFAULT_CONFIDENCE } from './interval-estimate.js';
import { chiSquareQuantile } from './chi-square-quantile.js';
import type { CountInterval } from './count-interval.js';
import { assertConfidence, assertCount } from './validate-input.js';

/**
 * Exact Poisson confidence limits for the expected value of an observed count `x`, via the
 * chi-square distribution (Armitage & Berry 2002; the small-count method of PHEindicatormethods
 * `phe_rate`):
 *
 *     lower = qchisq(α/2, 2x) / 2        (0 when x = 0)
 *     upper = qchisq(1 − α/2, 2x + 2) / 2
 *
 * with α = 1 − confidence. Divide by a population (and multiply by `per`) for a rate:
 * {@link rateWithCI} does that, using this method when x < 10.
 *
 * Example: `exactPoissonInterval(5, 0.95)` → lower 1.6235, upper 11.6683.
 *
 * Reference: Armitage P, Berry G, Matthews JNS. Statistical methods in medical research (4th edn).
 * Oxford: Blackwell; 2002.
 *
 * @example
 * exactPoissonInterval(4); // => { lower: 1.0899, upper: 10.2416 }
 * @param count - observed count, a whole number >= 0.
 * @param confidence - confidence level, 0.9 <= confidence <= 1 − 1e-9 (default 0.95).
 * @throws {InvalidInputError} for a negative, fractional or non-finite count or a bad confidence.
 */
export function exactPoissonInterval(count: number, confidence = DEFAULT_CONFIDENCE): CountInterval {
  const fn = 'exactPoissonInterval';
  assertCount(fn, 'count', count);
  assertConfidence(fn, confidence);
  return exactPoissonLimits(count, confidence);
}

/** {@link exactPoissonInterval} for a checked count and confidence. Internal. */
export function exactPoissonLimits(count: number, confidence: number): CountInterval {
  const alpha = 1 - confidence;
  const lower = count === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * count) / 2;
  const upper = chiSquareQuantile(1 - alpha / 2, 2 * count + 2) / 2;
  return { lower, upper };
}
