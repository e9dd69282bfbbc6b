// Its own file (not in validate-input.ts, which every analysis module imports) so that only the
// functions that need a normal quantile reach ./normal-quantile.ts.
import { normalQuantile } from './normal-quantile.js';

/**
 * The two-sided standard normal quantile z = Φ⁻¹(1 − α/2) for confidence level 1 − α, from
 * {@link normalQuantile} (Wichura's AS 241, about 1 part in 10¹⁶). Internal: callers check the
 * confidence level first (`assertConfidence`).
 *
 * @example
 * twoSidedZ(0.95); // => 1.9599639845400536
 */
export function twoSidedZ(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}
