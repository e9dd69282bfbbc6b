import { InvalidInputError } from '../errors/index.js';
import { computeProportion, type ProportionWithCI } from '../stats/proportion-with-ci.js';
import { MAX_COUNT, assertConfidence, assertCount, assertPositive, checkOptions } from '../stats/validate-input.js';

/**
 * Options of {@link categoryShares}.
 *
 * @example
 * const options: CategorySharesOptions = { multiplier: 100 };
 * categoryShares({ neglect: 30, 'emotional abuse': 10 }, options).shares[0]!.share.value; // => 75
 */
export interface CategorySharesOptions {
  /** Confidence level, 0.9 <= confidence <= 1 − 1e-9 (default 0.95). */
  readonly confidence?: number;
  /** 1 (default) for proportions, 100 for percentages. */
  readonly multiplier?: number;
}

/**
 * One category's share of the total, with its Wilson interval.
 *
 * @example
 * const share: CategoryShare = categoryShares({ neglect: 30, 'emotional abuse': 10 }).shares[1]!;
 * [share.category, share.count, share.share.value]; // => ['emotional abuse', 10, 0.25]
 */
export interface CategoryShare {
  readonly category: string;
  readonly count: number;
  readonly share: ProportionWithCI;
}

/**
 * The result of {@link categoryShares}: the shares in the input's key order and their total.
 *
 * @example
 * const result: CategorySharesResult = categoryShares({ neglect: 30, 'emotional abuse': 10 });
 * [result.total, result.shares.length]; // => [40, 2]
 */
export interface CategorySharesResult {
  readonly total: number;
  readonly shares: readonly CategoryShare[];
}

/**
 * Share of each category in a set of mutually exclusive categories (e.g. CDOP deaths by category
 * of death), `count / total` with a Wilson score interval ({@link proportionWithCI}) for each.
 * Each interval is for that share on its own (not simultaneous intervals for all categories).
 *
 * Example: `categoryShares({ a: 10, b: 30 })` → total 40; a 0.25 (95% CI 0.1419 to 0.4019),
 * b 0.75 (0.5981 to 0.8581).
 *
 * Reference: Wilson EB (1927), J Am Stat Assoc 22:209-212, as PHEindicatormethods `phe_proportion`.
 *
 * @example
 * const { total, shares } = categoryShares({ a: 10, b: 30 });
 * total; // => 40
 * shares.map((c) => [c.category, c.share.value, c.share.lower, c.share.upper]); // => [['a', 0.25, 0.1419, 0.4019], ['b', 0.75, 0.5981, 0.8581]]
 * @param counts - category → count; whole numbers >= 0, at least one category, total >= 1.
 * @throws {InvalidInputError} for no categories, a count that is not a whole number >= 0 (named
 *   `counts.<category>`), a total of 0, or a bad confidence or multiplier.
 */
export function categoryShares(
  counts: Readonly<Record<string, number>>,
  options: CategorySharesOptions = {},
): CategorySharesResult {
  const fn = 'categoryShares';
  if (counts === null || typeof counts !== 'object' || Array.isArray(counts)) {
    throw new InvalidInputError(fn, 'counts', counts, 'must be an object mapping each category to its count');
  }
  const entries = Object.entries(counts);
  if (entries.length === 0) throw new InvalidInputError(fn, 'counts', counts, 'must name at least one category');
  for (const [category, count] of entries) assertCount(fn, `counts.${category}`, count);
  const checked = checkOptions(fn, options, ['confidence', 'multiplier']);
  const confidence = checked.confidence ?? 0.95;
  const multiplier = checked.multiplier ?? 1;
  assertConfidence(fn, confidence);
  assertPositive(fn, 'options.multiplier', multiplier);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) throw new InvalidInputError(fn, 'counts', counts, 'must have a total of at least 1');
  if (total > MAX_COUNT) throw new InvalidInputError(fn, 'counts', counts, `must have a total of at most ${MAX_COUNT} (2^53 − 1), so that it is an exact whole number`);

  return {
    total,
    shares: entries.map(([category, count]) => ({
      category,
      count,
      share: computeProportion(fn, count, total, confidence, multiplier),
    })),
  };
}
