import { assertConfidence } from './validate-input.js';

/**
 * A confidence level written as a percentage for titles, headers and sentences, so text about an
 * interval is built from the interval's own level (`estimate.confidence`) and never goes stale when
 * the level changes. Twelve significant digits are kept, which removes binary floating-point noise
 * (0.998 × 100 is 99.80000000000001) and nothing else.
 *
 * @example
 * confidenceLevelLabel(0.95); // => '95%'
 * confidenceLevelLabel(0.998); // => '99.8%'
 * confidenceLevelLabel(rateWithCI(12, 5000).confidence); // => '95%'
 * confidenceLevelLabel(95); // throws InvalidInputError
 */
export function confidenceLevelLabel(confidence: number): string {
  assertConfidence('confidenceLevelLabel', confidence);
  return `${Number((confidence * 100).toPrecision(12))}%`;
}
