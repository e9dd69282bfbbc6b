import { DEFAULT_CONFIDENCE } from './interval-estimate.js';
import { InvalidInputError } from '../errors/index.js';
import { MAX_COUNT, assertConfidence, assertFinite, assertPositive } from './validate-input.js';
import { twoSidedZ } from './two-sided-z.js';

/**
 * Wilson score confidence limits for a proportion x/n (Wilson 1927; the method of
 * PHEindicatormethods `phe_proportion`):
 *
 *     lower, upper = (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²))
 *
 * with z = Φ⁻¹(1 − α/2), α = 1 − confidence. The limits always lie in [0, 1]. At x = 0 the lower
 * limit is exactly 0 and at x = n the upper limit exactly 1 (the formula's value there; set
 * exactly so floating-point rounding cannot put it a hair inside). Unlike {@link proportionWithCI}
 * the numerator may be fractional (e.g. a weighted count), as in PHEindicatormethods' internal
 * `wilson_lower`/`wilson_upper`.
 *
 * Example: `wilsonInterval(65, 100, 0.95)` → lower 0.552544, upper 0.736358.
 *
 * References: Wilson EB. Probable inference, the law of succession, and statistical inference.
 * J Am Stat Assoc 1927;22:209-212. Newcombe RG, Altman DG. Proportions and their differences. In
 * Altman DG et al. (eds), Statistics with confidence (2nd edn). London: BMJ Books; 2000. p. 46-48.
 *
 * @example
 * wilsonInterval(65, 100, 0.95); // => { lower: 0.552544, upper: 0.736358 }
 * @param x - numerator, a finite number with 0 <= x <= n.
 * @param n - denominator, a finite number > 0 and at most 2^53 − 1.
 * @param confidence - confidence level, 0.9 <= confidence <= 1 − 1e-9 (default 0.95).
 * @throws {InvalidInputError} for non-finite or negative input, n <= 0, x > n or a bad confidence.
 */
export function wilsonInterval(x: number, n: number, confidence = DEFAULT_CONFIDENCE): { lower: number; upper: number } {
  const fn = 'wilsonInterval';
  assertFinite(fn, 'x', x);
  if (x < 0) throw new InvalidInputError(fn, 'x', x, 'must not be negative');
  assertPositive(fn, 'n', n);
  if (n > MAX_COUNT) throw new InvalidInputError(fn, 'n', n, `must be at most ${MAX_COUNT} (2^53 − 1)`);
  if (x > n) throw new InvalidInputError(fn, 'x', x, `must not exceed n (${n})`);
  assertConfidence(fn, confidence);
  return wilsonLimits(x, n, confidence);
}

/** {@link wilsonInterval} for checked arguments (0 <= x <= n <= 2^53 − 1, n > 0, a valid confidence). Internal. */
export function wilsonLimits(x: number, n: number, confidence: number): { lower: number; upper: number } {
  const z = twoSidedZ(confidence);
  const z2 = z * z;
  const centre = 2 * x + z2;
  const spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  const scale = 2 * (n + z2);
  return {
    lower: x === 0 ? 0 : Math.max(0, (centre - spread) / scale),
    upper: x === n ? 1 : Math.min(1, (centre + spread) / scale),
  };
}
