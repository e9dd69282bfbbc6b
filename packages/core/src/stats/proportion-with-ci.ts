import { DEFAULT_CONFIDENCE, type IntervalEstimate } from './interval-estimate.js';
import { assertConfidence, assertFiniteResult, assertNumeratorDenominator, assertPositive, checkOptions } from './validate-input.js';
import { wilsonLimits } from './wilson-interval.js';

/**
 * Options of {@link proportionWithCI}.
 *
 * @example
 * const options: ProportionOptions = { multiplier: 100, confidence: 0.998 };
 * proportionWithCI(65, 100, options).value; // => 65
 */
export interface ProportionOptions {
  /** Confidence level, 0.9 <= confidence <= 1 − 1e-9 (default 0.95). */
  readonly confidence?: number;
  /** Scale of the result: 1 (default) for a proportion in [0, 1], 100 for a percentage. */
  readonly multiplier?: number;
}

/**
 * A proportion with its Wilson score interval, as returned by {@link proportionWithCI}.
 *
 * @example
 * const p: ProportionWithCI = proportionWithCI(27, 80);
 * [p.method, p.numerator, p.denominator, p.value]; // => ['wilson', 27, 80, 0.3375]
 */
export interface ProportionWithCI extends IntervalEstimate {
  readonly method: 'wilson';
  /** 1 for a proportion, 100 for a percentage. */
  readonly multiplier: number;
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Proportion `numerator / denominator` (times `multiplier`) with the Wilson score interval
 * ({@link wilsonInterval}), as PHEindicatormethods `phe_proportion` computes it.
 *
 * Example: 65 of 100 → 0.65, 95% CI 0.552544 to 0.736358; with `{ multiplier: 100 }` → 65%,
 * 55.2544% to 73.6358%.
 *
 * Reference: Wilson EB (1927) J Am Stat Assoc 22:209-212; Newcombe RG, Altman DG (2000) in
 * Statistics with confidence, 2nd edn, p. 46-48; PHEindicatormethods `phe_proportion`.
 *
 * @example
 * const p = proportionWithCI(17, 25); // Wilson score interval
 * [p.value, p.lower, p.upper]; // => [0.68, 0.4841, 0.8279]
 * @param numerator - whole number >= 0 and <= denominator.
 * @param denominator - whole number >= 1.
 * @throws {InvalidInputError} for fractional, negative or non-finite counts, a zero denominator,
 *   numerator > denominator, a multiplier <= 0 or a confidence outside [0.9, 1 − 1e-9].
 */
export function proportionWithCI(
  numerator: number,
  denominator: number,
  options: ProportionOptions = {},
): ProportionWithCI {
  const fn = 'proportionWithCI';
  const { confidence = DEFAULT_CONFIDENCE, multiplier = 1 } = checkOptions(fn, options, ['confidence', 'multiplier']);
  assertNumeratorDenominator(fn, 'numerator', numerator, 'denominator', denominator);
  assertPositive(fn, 'multiplier', multiplier);
  assertConfidence(fn, confidence);
  return computeProportion(fn, numerator, denominator, confidence, multiplier);
}

/**
 * {@link proportionWithCI} for checked arguments; throws an InvalidInputError of `fn` naming the
 * multiplier if an extreme one overflows. Internal: `categoryShares`, `proportionDifferenceWithCI`
 * and the modifiable-factors measures compute through it after checking their own arguments.
 */
export function computeProportion(fn: string, numerator: number, denominator: number, confidence: number, multiplier: number): ProportionWithCI {
  const { lower, upper } = wilsonLimits(numerator, denominator, confidence);
  const value = (numerator / denominator) * multiplier;
  const scaledLower = lower * multiplier;
  const scaledUpper = upper * multiplier;
  assertFiniteResult(fn, 'options.multiplier', multiplier, value, scaledLower, scaledUpper);
  return {
    value,
    lower: scaledLower,
    upper: scaledUpper,
    confidence,
    method: 'wilson',
    multiplier,
    numerator,
    denominator,
  };
}
