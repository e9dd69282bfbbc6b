import { computeRate, type RateWithCI } from '../stats/rate-with-ci.js';
import { assertRateInput, checkOptions } from '../stats/validate-input.js';

/**
 * A rate of `count` per `per` children of `childPopulation` with its `rateWithCI` interval,
 * checked under the calling measure's names (`fn`, `countName`, `childPopulation`) so the error
 * names what the caller passed. Confidence defaults to 0.95. Internal: the child-population
 * measures (`ratePer10k`, the children's social care rates, `childDeathRate`) all compute through it.
 */
export function childPopulationRate(
  fn: string,
  countName: string,
  count: number,
  childPopulation: number,
  per: number,
  options: { readonly confidence?: number },
): RateWithCI {
  const confidence = checkOptions(fn, options, ['confidence']).confidence ?? 0.95;
  assertRateInput(fn, countName, count, 'childPopulation', childPopulation, confidence);
  return computeRate(fn, count, childPopulation, per, confidence);
}
