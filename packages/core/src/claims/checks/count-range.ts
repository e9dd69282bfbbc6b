import { runWhere, type RunPlace, type WholeNumberRange } from '../../change/whole-number-range.js';

/**
 * The run of whole numbers k in [0, n] whose share 100k/n prints as the stated figure, where
 * `place(k)` says whether k's share is below the run (-1), in it (0) or above it (1); or `null`.
 * The share 100k/n grows with k and every printing rule (rounding with a tolerance, a hedge's
 * interval) accepts one interval of shares, so the matches form one run, found by bisection
 * (O(log n)).
 */
export function countRange(n: number, place: (k: number) => RunPlace): WholeNumberRange | null {
  return runWhere(0, n, place);
}
