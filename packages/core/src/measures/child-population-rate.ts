import { rateWithCI, type RateWithCI } from '../stats/rate-with-ci.js';
import { assertRateInput } from '../stats/validate-input.js';

/**
 * A rate of `count` per `per` children of `childPopulation` with its {@link rateWithCI} interval,
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
  const confidence = options.confidence ?? 0.95;
  assertRateInput(fn, countName, count, 'childPopulation', childPopulation, confidence);
  return rateWithCI(count, childPopulation, { per, confidence });
}
