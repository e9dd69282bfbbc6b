import { InvalidInputError } from '../errors/index.js';
import type { RateCIMethod } from './rate-with-ci.js';

const LABELS: Readonly<Record<RateCIMethod, string>> = { exact: 'exact Poisson limits', byars: "Byar's method" };

/**
 * How a rate's confidence limits were computed ({@link RateWithCI}'s `method`), in words for a
 * subtitle or a sentence, so the text follows the count (exact Poisson limits below
 * {@link BYARS_MIN_COUNT}, Byar's method from it, as PHEindicatormethods' `phe_rate`).
 *
 * @example
 * rateCIMethodLabel(rateWithCI(25, 100000).method); // => "Byar's method"
 * rateCIMethodLabel(rateWithCI(4, 100000).method); // => 'exact Poisson limits'
 */
export function rateCIMethodLabel(method: RateCIMethod): string {
  const label = typeof method === 'string' && Object.hasOwn(LABELS, method) ? LABELS[method] : undefined;
  if (label === undefined) throw new InvalidInputError('rateCIMethodLabel', 'method', method, "must be 'exact' or 'byars'");
  return label;
}
