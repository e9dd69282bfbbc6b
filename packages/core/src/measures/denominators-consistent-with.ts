import { InvalidInputError } from '../errors/index.js';
import { CONSISTENT_LIST_MAX, rangeToList, type WholeNumberRange } from '../change/whole-number-range.js';
import { assertCount, assertFiniteNumber } from '../stats/validate-input.js';

/** Largest `digits` accepted by {@link denominatorsConsistentWith}. */
const MAX_DIGITS = 6;


/**
 * Every whole-number denominator n (n >= count, n >= 1) for which `count` out of n, as a
 * percentage rounded half up to `digits` decimal places, prints as `percent`:
 *
 *     roundHalfUp(100 · count / n, digits) = percent
 *     ⇔ (P − ½) · n <= 100 · 10^digits · count < (P + ½) · n,   P = percent · 10^digits
 *
 * The test is done in exact integer arithmetic, so no floating-point tie can go the wrong way; the
 * denominators form one run whose ends are computed directly ({@link denominatorRangeConsistentWith}).
 * A run longer than {@link CONSISTENT_LIST_MAX} (1 at 0.000001%, a million at 1%) is refused with
 * an error rather than built: ask {@link denominatorRangeConsistentWith} for its ends instead.
 *
 * Use it where a report prints a count and its percentage but not the denominator ("27 (34%)"):
 * the denominators listed are all the printed figures determine. Callers must label them as
 * derived and must never pick one of them as if the report had stated it.
 *
 * @example
 * denominatorsConsistentWith(27, 34); // => [79, 80]
 * // 27/79 = 34.18%, 27/80 = 33.75%; 27/78 = 34.62% prints as 35%, 27/81 = 33.33% as 33%
 *
 * @param count - the printed count, a whole number >= 1 (a count of 0 prints as 0% for every
 *   denominator, so no finite list exists).
 * @param percent - the printed percentage, 0 < percent <= 100, with at most `digits` decimals.
 * @param digits - decimals the percentage was printed with, a whole number 0 to 6 (default 0).
 * @returns the denominators in increasing order; empty when no denominator gives `percent`.
 * @throws {InvalidInputError} for a count that is not a whole number >= 1 or so large that
 *   a denominator would pass 2^53 − 1, a percent outside (0, 100] or with more decimals than
 *   `digits`, bad `digits`, or more than {@link CONSISTENT_LIST_MAX} consistent denominators
 *   (argument `percent`).
 */
export function denominatorsConsistentWith(count: number, percent: number, digits = 0): number[] {
  const fn = 'denominatorsConsistentWith';
  checkDenominatorArguments(fn, count, percent, digits);
  return rangeToList(denominatorRunOf(count, percent, digits), fn, 'percent', percent, 'denominatorRangeConsistentWith');
}

/**
 * The run of denominators {@link denominatorsConsistentWith} lists, as its ends, or `null` when no
 * denominator gives `percent`. With T = 200 · 10^digits · count and P = percent · 10^digits the
 * denominators are exactly the n with T / (2P + 1) < n <= T / (2P − 1) and n >= count, so
 *
 *     first = max(count, ⌊T / (2P + 1)⌋ + 1),   last = ⌊T / (2P − 1)⌋
 *
 * in exact integer arithmetic: constant work, however many denominators there are.
 *
 * @example
 * denominatorRangeConsistentWith(27, 34); // => { first: 79, last: 80 }
 * denominatorRangeConsistentWith(1, 0.000001, 6); // => { first: 66_666_667, last: 200_000_000 }
 *
 * @param count - the printed count, a whole number >= 1 (the denominators must stay below 2^53).
 * @param percent - the printed percentage, 0 < percent <= 100, with at most `digits` decimals.
 * @param digits - decimals the percentage was printed with, a whole number 0 to 6 (default 0).
 * @throws {InvalidInputError} as {@link denominatorsConsistentWith}, except that a long run is returned.
 */
export function denominatorRangeConsistentWith(count: number, percent: number, digits = 0): WholeNumberRange | null {
  checkDenominatorArguments('denominatorRangeConsistentWith', count, percent, digits);
  return denominatorRunOf(count, percent, digits);
}

function checkDenominatorArguments(fn: string, count: unknown, percent: unknown, digits: unknown): asserts percent is number {
  assertCount(fn, 'count', count);
  if (count === 0) {
    throw new InvalidInputError(fn, 'count', count, 'must be at least 1: 0 is 0% of every denominator, so no finite list exists');
  }
  if (!Number.isInteger(digits) || (digits as number) < 0 || (digits as number) > MAX_DIGITS) {
    throw new InvalidInputError(fn, 'digits', digits, `must be a whole number from 0 to ${MAX_DIGITS}`);
  }
  assertFiniteNumber(fn, 'percent', percent);
  const scale = 10 ** (digits as number);
  const scaledPercent = Math.round(percent * scale);
  if (Math.abs(percent * scale - scaledPercent) > 1e-9 * Math.max(1, Math.abs(percent * scale))) {
    throw new InvalidInputError(fn, 'percent', percent, `has more than ${digits as number} decimal place(s)`);
  }
  if (scaledPercent <= 0 || scaledPercent > 100 * scale) {
    throw new InvalidInputError(fn, 'percent', percent, 'must be greater than 0 and at most 100');
  }
  // The largest denominator, T / (2P − 1), must be an exact whole number in a double.
  if ((200 * scale * count) / (2 * scaledPercent - 1) > Number.MAX_SAFE_INTEGER) {
    throw new InvalidInputError(fn, 'count', count, `is too large for ${String(percent)}%: the denominators would pass ${Number.MAX_SAFE_INTEGER} (2^53 − 1), beyond exact whole numbers`);
  }
}

/** The run for checked arguments, from (2P − 1)·n <= T < (2P + 1)·n in BigInt. */
function denominatorRunOf(count: number, percent: number, digits: number): WholeNumberRange | null {
  const scale = 10 ** digits;
  const scaledPercent = BigInt(Math.round(percent * scale));
  const target = 200n * BigInt(scale) * BigInt(count);
  const low = 2n * scaledPercent - 1n; // >= 1
  const high = 2n * scaledPercent + 1n;
  const fromBound = target / high + 1n; // smallest n with target < high·n
  const first = fromBound > BigInt(count) ? fromBound : BigInt(count);
  const last = target / low; // largest n with low·n <= target
  if (first > last) return null;
  return { first: Number(first), last: Number(last) };
}
