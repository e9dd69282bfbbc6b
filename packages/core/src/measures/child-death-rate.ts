import type { rateWithCI, RateWithCI } from '../stats/rate-with-ci.js';
import { childPopulationRate } from './child-population-rate.js';

/**
 * Options of {@link childDeathRate}.
 *
 * @example
 * const options: ChildDeathRateOptions = { confidence: 0.998 };
 * const r = childDeathRate(17, 106_575, options);
 * [r.confidence, r.lower < 9.2869]; // => [0.998, true]
 */
export interface ChildDeathRateOptions {
  /** Confidence level, 0.9 <= confidence <= 1 − 1e-9 (default 0.95). */
  readonly confidence?: number;
}

/**
 * Child death rate per 100,000 children (aged 0 to 17) with the PHEindicatormethods confidence
 * interval of {@link rateWithCI}: exact Poisson limits for fewer than 10 deaths, Byar's method
 * from 10. Child Death Overview Panel (CDOP) and NCMD figures count deaths of children resident in
 * the area in the year; the population is the matching ONS mid-year estimate of children.
 *
 * Example: `childDeathRate(17, 106_575)` → 15.9512 per 100,000, 95% CI 9.2869 to 25.5408.
 *
 * References: Breslow & Day (1987) and Armitage & Berry (2002) via PHEindicatormethods `phe_rate`;
 * National Child Mortality Database, Child death review data release (rates per 100,000 children).
 *
 * @example
 * const r = childDeathRate(17, 106_575);
 * [r.value, r.lower, r.upper, r.method]; // => [15.9512, 9.2869, 25.5408, 'byars']
 * @param deaths - number of child deaths, a whole number >= 0.
 * @param childPopulation - children aged 0 to 17, > 0 and >= deaths.
 * @throws {InvalidInputError} for a negative, fractional or non-finite count of deaths, a
 *   childPopulation <= 0 or below the deaths, or a confidence outside [0.9, 1 − 1e-9].
 */
export function childDeathRate(deaths: number, childPopulation: number, options: ChildDeathRateOptions = {}): RateWithCI {
  return childPopulationRate('childDeathRate', 'deaths', deaths, childPopulation, 100_000, options);
}
