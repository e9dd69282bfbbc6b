import { share } from '../../change/share.js';
import { runWhere, type WholeNumberRange } from '../../change/whole-number-range.js';
import type { ResolvedClaimAuditOptions } from '../claim-audit-options.js';
import { roundPrinted } from '../round-printed.js';
import { roundsToStated } from '../compare-with-stated.js';

/**
 * The run of whole-number denominators n ≥ count for which `count` of n prints as `percent` with
 * `digits` decimals under `options.rounding` (and `options.tolerance`), or `null` when there is
 * none, or `'unbounded'` when arbitrarily large totals would do (a percentage that small shares
 * round to, such as 0%). These are derived, never printed figures: a caller must not pick one.
 * The share 100·count/n falls as n grows, so the run is found by bisection (O(log n)).
 */
export function denominatorsGiving(count: number, percent: number, digits: number, options: ResolvedClaimAuditOptions): WholeNumberRange | null | 'unbounded' {
  const unit = 10 ** -digits;
  // The smallest share that can still print as percent: half a unit below it when rounding to
  // nearest, the percent itself when truncating; less the tolerance.
  const lowestShare = percent - options.tolerance - (options.rounding === 'truncate' ? 0 : unit / 2);
  if (lowestShare <= 0) return 'unbounded';
  if (count === 0) return null;
  const smallest = Math.max(1, count, Math.floor((100 * count) / (percent + unit + options.tolerance)) - 1);
  const largest = Math.min(Number.MAX_SAFE_INTEGER, Math.ceil((100 * count) / lowestShare) + 1);
  // A larger n gives a smaller share: n is before the run while its share prints above percent.
  return runWhere(smallest, largest, (n) => {
    const value = share(count, n);
    if (roundsToStated(value, percent, digits, options)) return 0;
    return roundPrinted(value, digits, options.rounding) > percent ? -1 : 1;
  });
}
