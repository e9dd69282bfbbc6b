import { DEFAULT_CONFIDENCE, type IntervalEstimate } from './interval-estimate.js';
import { computeProportion, type ProportionWithCI } from './proportion-with-ci.js';
import { assertConfidence, assertNumeratorDenominator, assertPositive, checkOptions } from './validate-input.js';

/**
 * Options of {@link proportionDifferenceWithCI}.
 *
 * @example
 * const options: ProportionDifferenceOptions = { multiplier: 100 }; // percentage points
 * proportionDifferenceWithCI(56, 70, 48, 80, options).lower; // => 5.24
 */
export interface ProportionDifferenceOptions {
  /** Confidence level, 0.9 <= confidence <= 1 − 1e-9 (default 0.95). */
  readonly confidence?: number;
  /** Scale of the result: 1 (default) for a difference of proportions, 100 for percentage points. */
  readonly multiplier?: number;
}

/**
 * A difference p1 − p2 with Newcombe's hybrid score interval, from {@link proportionDifferenceWithCI}.
 *
 * @example
 * const d: ProportionDifferenceWithCI = proportionDifferenceWithCI(56, 70, 48, 80);
 * [d.first.value, d.second.value, d.method]; // => [0.8, 0.6, 'newcombe-hybrid-score']
 */
export interface ProportionDifferenceWithCI extends IntervalEstimate {
  readonly method: 'newcombe-hybrid-score';
  /** 1 for a difference of proportions, 100 for percentage points. */
  readonly multiplier: number;
  /** The first proportion x1/n1 with its Wilson interval (same confidence and multiplier). */
  readonly first: ProportionWithCI;
  /** The second proportion x2/n2 with its Wilson interval. */
  readonly second: ProportionWithCI;
}

/**
 * Difference of two independent proportions d = p1 − p2 (p1 = x1/n1, p2 = x2/n2) with Newcombe's
 * hybrid score interval (Newcombe 1998, method 10), built from the two Wilson intervals
 * (l1, u1) and (l2, u2) ({@link wilsonInterval}):
 *
 *     lower = d − √((p1 − l1)² + (u2 − p2)²)
 *     upper = d + √((u1 − p1)² + (p2 − l2)²)
 *
 * The limits lie in [−1, 1] (clamped there only against floating-point rounding).
 *
 * Example (Newcombe 1998, Table II (a)): 56/70 − 48/80 = 0.2000, 95% CI 0.0524 to 0.3339.
 *
 * Reference: Newcombe RG. Interval estimation for the difference between independent proportions:
 * comparison of eleven methods. Statistics in Medicine 1998;17:873-890.
 *
 * @example
 * const d = proportionDifferenceWithCI(56, 70, 48, 80); // Newcombe 1998, Table II (a)
 * [d.value, d.lower, d.upper, d.method]; // => [0.2, 0.0524, 0.3339, 'newcombe-hybrid-score']
 * @throws {InvalidInputError} for fractional, negative or non-finite counts, a zero denominator, a
 *   numerator above its denominator, a multiplier <= 0 or a confidence outside [0.9, 1 − 1e-9]; the error
 *   names the argument (`x1`, `n1`, `x2` or `n2`).
 */
export function proportionDifferenceWithCI(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  options: ProportionDifferenceOptions = {},
): ProportionDifferenceWithCI {
  const fn = 'proportionDifferenceWithCI';
  const { confidence = DEFAULT_CONFIDENCE, multiplier = 1 } = checkOptions(fn, options, ['confidence', 'multiplier']);
  assertConfidence(fn, confidence);
  assertPositive(fn, 'multiplier', multiplier);
  assertNumeratorDenominator(fn, 'x1', x1, 'n1', n1);
  assertNumeratorDenominator(fn, 'x2', x2, 'n2', n2);
  const first = computeProportion(fn, x1, n1, confidence, multiplier);
  const second = computeProportion(fn, x2, n2, confidence, multiplier);

  const d = first.value - second.value;
  const lower = d - Math.hypot(first.value - first.lower, second.upper - second.value);
  const upper = d + Math.hypot(first.upper - first.value, second.value - second.lower);
  return {
    value: d,
    lower: Math.max(-multiplier, lower),
    upper: Math.min(multiplier, upper),
    confidence,
    method: 'newcombe-hybrid-score',
    multiplier,
    first,
    second,
  };
}

