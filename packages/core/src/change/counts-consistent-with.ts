import { InvalidInputError } from '../errors/index.js';
import { assertFiniteNumber } from '../stats/validate-input.js';
import { roundHalfUp } from './round-half-up.js';

/** Largest `whole` {@link countsConsistentWith} accepts, so that `100 × k` stays an exact integer. */
export const COUNTS_WHOLE_MAX = Math.floor(Number.MAX_SAFE_INTEGER / 100);

/**
 * Every whole-number count `k` in `[0, whole]` whose share of `whole`, rounded half up to `digits`
 * decimals, is the printed `percent`:
 *
 *     { k ∈ {0, …, whole} : roundHalfUp(100 × k / whole, digits) = percent }
 *
 * An empty result means no count of `whole` can have been printed as `percent`: 38% of 25 children
 * is no whole number of children (9/25 = 36%, 10/25 = 40%). Rounding is monotone in `k`, so the
 * result is a run of consecutive counts; only the counts within half a rounding unit of
 * `percent × whole / 100` (and one more each side) are tried, so the work is proportional to the
 * number of counts returned (about `whole × 10^-digits / 100`), not to `whole`.
 *
 * @param percent - the printed percentage, 0 to 100, with at most `digits` decimals.
 * @param whole - the denominator, a positive integer up to {@link COUNTS_WHOLE_MAX}.
 * @param digits - decimals the percentage was printed with (default 0), an integer from 0 to 10.
 * @returns the consistent counts in increasing order.
 * @throws {InvalidInputError} when an input is out of range or `percent` has more decimals than `digits`.
 */
export function countsConsistentWith(percent: number, whole: number, digits = 0): number[] {
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) {
    throw new InvalidInputError('countsConsistentWith', 'digits', digits, 'must be an integer from 0 to 10');
  }
  assertFiniteNumber('countsConsistentWith', 'percent', percent);
  if (percent < 0 || percent > 100) {
    throw new InvalidInputError('countsConsistentWith', 'percent', percent, 'must be from 0 to 100');
  }
  if (roundHalfUp(percent, digits) !== percent) {
    throw new InvalidInputError('countsConsistentWith', 'percent', percent, `has more than ${digits} decimal(s), so no rounding to ${digits} can print it`);
  }
  if (!Number.isInteger(whole) || whole <= 0 || whole > COUNTS_WHOLE_MAX) {
    throw new InvalidInputError('countsConsistentWith', 'whole', whole, `must be an integer from 1 to ${COUNTS_WHOLE_MAX}`);
  }

  // Every consistent k has 100k/whole within half a unit of percent; widen by one count each side
  // so binary error in the bounds cannot exclude a candidate. Each candidate is then checked exactly.
  const halfUnit = 0.5 * 10 ** -digits;
  const low = Math.max(0, Math.floor(((percent - halfUnit) * whole) / 100) - 1);
  const high = Math.min(whole, Math.ceil(((percent + halfUnit) * whole) / 100) + 1);
  const counts: number[] = [];
  for (let k = low; k <= high; k += 1) {
    if (roundHalfUp((100 * k) / whole, digits) === percent) counts.push(k);
  }
  return counts;
}
