import { share } from '../../change/share.js';
import type { ResolvedClaimAuditOptions } from '../claim-audit-options.js';
import { roundsToStated } from '../compare-with-stated.js';

/**
 * Every whole-number denominator n ≥ count for which `count` of n prints as `percent` with `digits`
 * decimals under `options.rounding` (and `options.tolerance`), or `'unbounded'` when arbitrarily
 * large totals would do (a percentage that small shares round to, such as 0%). These are derived, never printed
 * figures: a caller must not pick one.
 */
export function denominatorsGiving(count: number, percent: number, digits: number, options: ResolvedClaimAuditOptions): number[] | 'unbounded' {
  const unit = 10 ** -digits;
  // The smallest share that can still print as percent: half a unit below it when rounding to
  // nearest, the percent itself when truncating; less the tolerance.
  const lowestShare = percent - options.tolerance - (options.rounding === 'truncate' ? 0 : unit / 2);
  if (lowestShare <= 0) return 'unbounded';
  if (count === 0) return [];
  const smallest = Math.max(1, count, Math.floor((100 * count) / (percent + unit + options.tolerance)) - 1);
  const largest = Math.ceil((100 * count) / lowestShare) + 1;
  const found: number[] = [];
  for (let n = smallest; n <= largest; n += 1) {
    if (roundsToStated(share(count, n), percent, digits, options)) found.push(n);
  }
  return found;
}
