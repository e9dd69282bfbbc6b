import type { rateWithCI, RateWithCI } from '../stats/rate-with-ci.js';
import { childPopulationRate } from './child-population-rate.js';

/**
 * Options of {@link ratePer10k} and the children's social care rate helpers.
 *
 * @example
 * const options: RatePer10kOptions = { confidence: 0.998 };
 * ratePer10k(500, 100_000, options).confidence; // => 0.998
 */
export interface RatePer10kOptions {
  /** Confidence level, 0.9 <= confidence <= 1 − 1e-9 (default 0.95). */
  readonly confidence?: number;
}

/**
 * Rate per 10,000 children: `count / childPopulation × 10,000`, with the PHEindicatormethods
 * confidence interval of {@link rateWithCI} (exact Poisson below 10, Byar's from 10). This is the
 * unit of the Department for Education's children's social care statistics (referrals, children in
 * need, child protection plans, looked-after children per 10,000 children aged 0 to 17).
 *
 * DfE publishes these rates rounded to whole numbers (e.g. "52 per 10,000"); this function does not
 * round. Compare with a published figure by rounding half up to 0 decimals, and never use a
 * published (rounded) rate as an input.
 *
 * Example: `ratePer10k(500, 100_000)` → 50.00 per 10,000, 95% CI 45.71 to 54.58 (Byar's).
 *
 * Reference: DfE, Characteristics of children in need and Children looked after in England
 * (explore-education-statistics.service.gov.uk): rates per 10,000 children aged under 18, from ONS
 * mid-year population estimates. CI method as PHEindicatormethods `phe_rate`.
 *
 * @example
 * const r = ratePer10k(4170, 106450); // referrals per 10,000 children
 * [r.value, r.lower, r.upper]; // => [391.7, 379.9, 403.8]
 * @param count - number of children (or referrals), a whole number >= 0.
 * @param childPopulation - children aged 0 to 17, > 0 and >= count.
 * @throws {InvalidInputError} for a negative, fractional or non-finite count, a childPopulation
 *   <= 0, a count above it, or a confidence outside [0.9, 1 − 1e-9].
 */
export function ratePer10k(count: number, childPopulation: number, options: RatePer10kOptions = {}): RateWithCI {
  return childPopulationRate('ratePer10k', 'count', count, childPopulation, 10_000, options);
}
