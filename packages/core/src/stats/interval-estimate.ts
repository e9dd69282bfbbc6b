/**
 * A point estimate with a two-sided confidence interval at level `confidence` (e.g. 0.95):
 * `lower <= value <= upper`, all finite. The common shape of {@link RateWithCI},
 * {@link ProportionWithCI} and {@link ProportionDifferenceWithCI}.
 *
 * @example
 * const estimate: IntervalEstimate = proportionWithCI(65, 100);
 * [estimate.value, estimate.lower, estimate.upper, estimate.confidence]; // => [0.65, 0.5525, 0.7364, 0.95]
 */
export interface IntervalEstimate {
  /** The point estimate. */
  readonly value: number;
  /** Lower confidence limit. */
  readonly lower: number;
  /** Upper confidence limit. */
  readonly upper: number;
  /** Confidence level as a proportion, e.g. 0.95 or 0.998. */
  readonly confidence: number;
}

/**
 * The confidence level every interval of the library uses unless told otherwise (the 95% of
 * Fingertips' inner limits and of most published rates).
 *
 * @example
 * DEFAULT_CONFIDENCE; // => 0.95
 * rateWithCI(25, 100000).confidence === DEFAULT_CONFIDENCE; // => true
 */
export const DEFAULT_CONFIDENCE = 0.95;
