import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * @stdlib's normal quantile `(p, mu, sigma) => x`, for {@link twoSidedZ}. In the ES module build this
 * is the static import (bundlers drop it when no interval needs it). The CommonJS build replaces this
 * file (see tsup.config.ts) by one that calls `require` on first use, so `require('@scpkit/core')`
 * does not load @stdlib (about 60 ms, more than the rest of core) until an interval is computed, as
 * `src/dataset/zod.ts` does for zod. Internal.
 *
 * @example
 * stdlibNormalQuantile()(0.975, 0, 1); // => 1.9599639845400538
 */
export function stdlibNormalQuantile(): typeof normalQuantile {
  return normalQuantile;
}
