import { InvalidInputError } from '../errors/index.js';
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
 * The test is done in exact integer arithmetic, so no floating-point tie can go the wrong way.
 *
 * Use it where a report prints a count and its percentage but not the denominator ("27 (34%)"):
 * the denominators listed are all the printed figures determine. Callers must label them as
 * derived and must never pick one of them as if the report had stated it.
 *
 * Example: `denominatorsConsistentWith(27, 34)` → `[79, 80]` (27/79 = 34.18%, 27/80 = 33.75%;
 * 27/78 = 34.62% prints as 35%, 27/81 = 33.33% as 33%).
 *
 * @param count - the printed count, a whole number >= 1 (a count of 0 prints as 0% for every
 *   denominator, so no finite list exists).
 * @param percent - the printed percentage, 0 < percent <= 100, with at most `digits` decimals.
 * @param digits - decimals the percentage was printed with, a whole number 0 to 6 (default 0).
 * @returns the denominators in increasing order; empty when no denominator gives `percent`.
 * @throws {InvalidInputError} for a count that is not a whole number >= 1, a percent outside
 *   (0, 100] or with more decimals than `digits`, or bad `digits`.
 */
export function denominatorsConsistentWith(count: number, percent: number, digits = 0): number[] {
  const fn = 'denominatorsConsistentWith';
  assertCount(fn, 'count', count);
  if (count === 0) {
    throw new InvalidInputError(fn, 'count', count, 'must be at least 1: 0 is 0% of every denominator, so no finite list exists');
  }
  if (!Number.isInteger(digits) || digits < 0 || digits > MAX_DIGITS) {
    throw new InvalidInputError(fn, 'digits', digits, `must be a whole number from 0 to ${MAX_DIGITS}`);
  }
  assertFiniteNumber(fn, 'percent', percent);
  const scale = 10 ** digits;
  const scaledPercent = Math.round(percent * scale);
  if (Math.abs(percent * scale - scaledPercent) > 1e-9 * Math.max(1, Math.abs(percent * scale))) {
    throw new InvalidInputError(fn, 'percent', percent, `has more than ${digits} decimal place(s)`);
  }
  if (scaledPercent <= 0 || scaledPercent > 100 * scale) {
    throw new InvalidInputError(fn, 'percent', percent, 'must be greater than 0 and at most 100');
  }

  // (2P − 1)·n <= 2·100·scale·count < (2P + 1)·n, all in BigInt.
  const target = 200n * BigInt(scale) * BigInt(count);
  const low = 2n * BigInt(scaledPercent) - 1n;
  const high = 2n * BigInt(scaledPercent) + 1n;
  const fits = (n: bigint): boolean => low * n <= target && target < high * n;

  // n > target / high and n <= target / low; search that range (with a margin of one either side).
  const first = target / high; // floor
  const last = target / low + 1n;
  const denominators: number[] = [];
  for (let n = first > BigInt(count) ? first : BigInt(count); n <= last; n += 1n) {
    if (n >= 1n && fits(n)) denominators.push(Number(n));
  }
  return denominators;
}
