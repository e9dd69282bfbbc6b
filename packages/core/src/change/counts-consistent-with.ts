import { InvalidInputError } from '../errors/index.js';
import { assertFiniteNumber } from '../stats/validate-input.js';
import { roundHalfUp } from './round-half-up.js';
import { CONSISTENT_LIST_MAX, rangeToList, runWhere, type WholeNumberRange } from './whole-number-range.js';

/**
 * Largest `whole` {@link countsConsistentWith} accepts, so that `100 × k` stays an exact integer.
 *
 * @example
 * COUNTS_WHOLE_MAX; // => 90071992547409
 */
export const COUNTS_WHOLE_MAX = Math.floor(Number.MAX_SAFE_INTEGER / 100);

/**
 * Every whole-number count `k` in `[0, whole]` whose share of `whole`, rounded half up to `digits`
 * decimals, is the printed `percent`:
 *
 *     { k ∈ {0, …, whole} : roundHalfUp(100 × k / whole, digits) = percent }
 *
 * An empty result means no count of `whole` can have been printed as `percent`: 38% of 25 children
 * is no whole number of children (9/25 = 36%, 10/25 = 40%). Rounding is monotone in `k`, so the
 * result is one run of consecutive counts: {@link countRangeConsistentWith} finds its ends (in
 * O(log whole) steps) and this function lists it. A run longer than {@link CONSISTENT_LIST_MAX}
 * counts (e.g. 38% of 10^10) is refused with an error rather than built: ask
 * {@link countRangeConsistentWith} for its ends instead.
 *
 * @example
 * countsConsistentWith(35, 514); // => [178, 179, 180, 181, 182]
 * // 9/25 = 36% and 10/25 = 40%: no count of 25 rounds to 38%
 * countsConsistentWith(38, 25); // => []
 *
 * @param percent - the printed percentage, 0 to 100, with at most `digits` decimals.
 * @param whole - the denominator, a positive integer up to {@link COUNTS_WHOLE_MAX}.
 * @param digits - decimals the percentage was printed with (default 0), an integer from 0 to 10.
 * @returns the consistent counts in increasing order.
 * @throws {InvalidInputError} when an input is out of range, `percent` has more decimals than
 *   `digits`, or more than {@link CONSISTENT_LIST_MAX} counts are consistent (argument `whole`).
 */
export function countsConsistentWith(percent: number, whole: number, digits = 0): number[] {
  const fn = 'countsConsistentWith';
  checkCountsArguments(fn, percent, whole, digits);
  return rangeToList(countRunOf(percent, whole, digits), fn, 'whole', whole, 'countRangeConsistentWith');
}

/**
 * The run of counts {@link countsConsistentWith} lists, as its ends: `{ first, last }` with every
 * `k` from `first` to `last` consistent, or `null` when none is. The ends are found by bisection on
 * the exact test `roundHalfUp(100 × k / whole, digits) = percent` (monotone in `k`), so the work
 * is O(log whole) whatever the size of the run, and the ends are those the brute-force scan finds.
 *
 * @example
 * countRangeConsistentWith(35, 514); // => { first: 178, last: 182 }
 * countRangeConsistentWith(38, 1e10); // => { first: 3_750_000_000, last: 3_849_999_999 }
 * countRangeConsistentWith(38, 25); // => null
 *
 * @param percent - the printed percentage, 0 to 100, with at most `digits` decimals.
 * @param whole - the denominator, a positive integer up to {@link COUNTS_WHOLE_MAX}.
 * @param digits - decimals the percentage was printed with (default 0), an integer from 0 to 10.
 * @throws {InvalidInputError} when an input is out of range or `percent` has more decimals than `digits`.
 */
export function countRangeConsistentWith(percent: number, whole: number, digits = 0): WholeNumberRange | null {
  checkCountsArguments('countRangeConsistentWith', percent, whole, digits);
  return countRunOf(percent, whole, digits);
}

function checkCountsArguments(fn: string, percent: unknown, whole: unknown, digits: unknown): asserts percent is number {
  if (!Number.isInteger(digits) || (digits as number) < 0 || (digits as number) > 10) {
    throw new InvalidInputError(fn, 'digits', digits, 'must be an integer from 0 to 10');
  }
  assertFiniteNumber(fn, 'percent', percent);
  if (percent < 0 || percent > 100) {
    throw new InvalidInputError(fn, 'percent', percent, 'must be from 0 to 100');
  }
  if (roundHalfUp(percent, digits as number) !== percent) {
    throw new InvalidInputError(fn, 'percent', percent, `has more than ${digits as number} decimal(s), so no rounding to ${digits as number} can print it`);
  }
  if (!Number.isInteger(whole) || (whole as number) <= 0 || (whole as number) > COUNTS_WHOLE_MAX) {
    throw new InvalidInputError(fn, 'whole', whole, `must be an integer from 1 to ${COUNTS_WHOLE_MAX}`);
  }
}

/** The run for checked arguments: bisection on the exact rounding test. */
function countRunOf(percent: number, whole: number, digits: number): WholeNumberRange | null {
  return runWhere(0, whole, (k) => {
    const printed = roundHalfUp((100 * k) / whole, digits);
    return printed < percent ? -1 : printed > percent ? 1 : 0;
  });
}
