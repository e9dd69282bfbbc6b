import { InvalidInputError } from '../errors/index.js';
import { assertArray } from '../stats/validate-input.js';
import { isSmallCount, resolveSmallCountRange, type SmallCountOptions } from './small-count-range.js';
import { isSuppressionSymbol, SUPPRESSED, type Published } from './symbols.js';

/**
 * Primary suppression of a list of counts: every count from `min` to `max` (default 1 to 5) becomes
 * `[c]`. A 0 is a true zero and stays 0; `[x]` (not available) and `[z]` (not applicable) pass
 * through unchanged and stay distinct from `[c]`; an input `[c]` stays `[c]`, so the function is
 * idempotent. Counts above `max` are published as they are.
 *
 * This hides each small count on its own. It does not stop a hidden count being worked out from a
 * total printed beside it: for a table with totals use {@link protectTable}, which adds secondary
 * suppression. Rule: DfE children in need statistics, "Any number between 1 and 5 inclusive has
 * been suppressed and replaced by 'c'" (see docs/methods.md, "Disclosure control"). O(n).
 *
 * @param values - counts (whole numbers >= 0) or the symbols `[c]`, `[x]`, `[z]`.
 * @param options - the suppressed range, default `{ min: 1, max: 5 }`.
 * @returns a new array of the same length.
 * @throws {InvalidInputError} when a value is negative, not a whole number, beyond 2^53 − 1, NaN,
 *   infinite or any other string, or missing (a hole in a sparse array), naming its index; or when
 *   the options are not whole numbers with 1 <= min <= max.
 *
 * @example
 * suppressSmallCounts([0, 1, 5, 6, '[x]', '[z]']);
 * // => [0, '[c]', '[c]', 6, '[x]', '[z]']
 * suppressSmallCounts([4, 9, 10], { max: 9 });
 * // => ['[c]', '[c]', 10]
 */
export function suppressSmallCounts(values: readonly Published[], options?: SmallCountOptions): Published[] {
  const range = resolveSmallCountRange('suppressSmallCounts', options);
  if (!Array.isArray(values)) {
    throw new InvalidInputError('suppressSmallCounts', 'values', values, 'must be an array of counts');
  }
  assertArray('suppressSmallCounts', 'values', values);
  return values.map((value, i) => {
    if (isSuppressionSymbol(value)) return value;
    const argument = `values[${i}]`;
    if (typeof value !== 'number') {
      throw new InvalidInputError('suppressSmallCounts', argument, value, 'must be a count or one of [c], [x], [z]');
    }
    if (Number.isNaN(value)) throw new InvalidInputError('suppressSmallCounts', argument, value, 'must be a number');
    if (!Number.isFinite(value)) throw new InvalidInputError('suppressSmallCounts', argument, value, 'must be finite');
    if (!Number.isInteger(value)) {
      throw new InvalidInputError('suppressSmallCounts', argument, value, 'must be a whole number (a count)');
    }
    if (value < 0) throw new InvalidInputError('suppressSmallCounts', argument, value, 'must not be negative');
    if (!Number.isSafeInteger(value)) throw new InvalidInputError('suppressSmallCounts', argument, value, 'must be at most 2^53 - 1');
    return isSmallCount(value, range) ? SUPPRESSED : value;
  });
}
