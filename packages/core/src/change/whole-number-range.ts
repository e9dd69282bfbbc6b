import { InvalidInputError } from '../errors/index.js';

/**
 * A run of consecutive whole numbers `first, first + 1, …, last` (both included, `first <= last`):
 * the answer of "which whole numbers print as this percentage" ({@link countRangeConsistentWith},
 * {@link denominatorRangeConsistentWith}), which is always one run because rounding is monotone.
 * Its size is `last − first + 1`, however large; no list is built.
 *
 * @example
 * const range: WholeNumberRange | null = countRangeConsistentWith(35, 514); // counts that print as 35% of 514
 * range; // => { first: 178, last: 182 }
 */
export interface WholeNumberRange {
  readonly first: number;
  readonly last: number;
}

/**
 * Largest run the list-returning functions (`countsConsistentWith`, `denominatorsConsistentWith`)
 * give as an array; beyond it they throw and the `…Range…` functions give the ends.
 *
 * @example
 * CONSISTENT_LIST_MAX; // => 1_000_000
 * countsConsistentWith(50, 100 * CONSISTENT_LIST_MAX).length; // => 1_000_000
 * countsConsistentWith(38, 1e10); // throws InvalidInputError: gives 100000000 whole numbers …
 */
export const CONSISTENT_LIST_MAX = 1_000_000;

/** Where a whole number lies relative to a run: before it (-1), in it (0) or after it (1). */
export type RunPlace = -1 | 0 | 1;

/**
 * The run of whole numbers k in `[lo, hi]` with `place(k) === 0`, or `null` when there is none.
 * `place` must be monotone non-decreasing in k (-1 … -1, 0 … 0, 1 … 1). Found by bisection: about
 * 2·log2(hi − lo) calls of `place`, whatever the size of the run. Internal (not exported from the
 * package): callers validate their arguments first.
 */
export function runWhere(lo: number, hi: number, place: (k: number) => RunPlace): WholeNumberRange | null {
  if (lo > hi) return null;
  // first = smallest k with place(k) >= 0
  let a = lo;
  let b = hi + 1;
  while (a < b) {
    const mid = a + Math.floor((b - a) / 2);
    if (place(mid) < 0) a = mid + 1;
    else b = mid;
  }
  const first = a;
  if (first > hi || place(first) !== 0) return null;
  // last = largest k with place(k) <= 0
  a = first;
  b = hi + 1;
  while (a < b) {
    const mid = a + Math.floor((b - a) / 2);
    if (place(mid) <= 0) a = mid + 1;
    else b = mid;
  }
  return { first, last: a - 1 };
}

/** The number of whole numbers in `range` (0 for `null`). */
export function rangeSize(range: WholeNumberRange | null): number {
  return range === null ? 0 : range.last - range.first + 1;
}

/**
 * `range` as the array `[first, …, last]` (empty for `null`), or an InvalidInputError of `fn`
 * naming `argument` when the run is longer than {@link CONSISTENT_LIST_MAX}, saying to call
 * `rangeFn` for its ends. Internal.
 */
export function rangeToList(
  range: WholeNumberRange | null,
  fn: string,
  argument: string,
  value: unknown,
  rangeFn: string,
): number[] {
  if (range === null) return [];
  const size = rangeSize(range);
  if (size > CONSISTENT_LIST_MAX) {
    throw new InvalidInputError(
      fn,
      argument,
      value,
      `gives ${size} whole numbers (${range.first} to ${range.last}), more than the ${CONSISTENT_LIST_MAX} a list may hold: call ${rangeFn} for the ends`,
    );
  }
  const list = new Array<number>(size);
  for (let i = 0; i < size; i += 1) list[i] = range.first + i;
  return list;
}
