// The normal quantile stays @stdlib's for now: ./normal-quantile.ts (AS 241) agrees to 1e-15 but differs from it in the last
// binary digit at 0.975, which would change two published East Sussex data tables in their 16th digit (see quantiles.test.ts).
// Its own file (not in validate-input.ts, which every analysis module imports) so that only the functions that need a
// normal quantile bring @stdlib into an app's bundle: @stdlib is CommonJS, which a bundler cannot tree-shake.
// The import goes through ./stdlib-normal-quantile.ts, which the CommonJS build loads lazily.
import { stdlibNormalQuantile } from './stdlib-normal-quantile.js';

/**
 * The two-sided standard normal quantile z = Φ⁻¹(1 − α/2) for confidence level 1 − α. Internal:
 * callers check the confidence level first (`assertConfidence`).
 *
 * @example
 * twoSidedZ(0.95); // => 1.9599639845400538
 */
export function twoSidedZ(confidence: number): number {
  return stdlibNormalQuantile()(1 - (1 - confidence) / 2, 0, 1);
}
