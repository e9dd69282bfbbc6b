import type { RateWithCI } from '../stats/rate-with-ci.js';
import { childPopulationRate } from './child-population-rate.js';
import type { RatePer10kOptions } from './rate-per-10k.js';

/**
 * The children's social care measures scpkit computes per 10,000 children aged 0 to 17.
 *
 * @example
 * const measure: ChildrensSocialCareMeasure = referralRate(4169, 106_575).measure;
 * measure; // => 'referrals'
 */
export type ChildrensSocialCareMeasure = 'child-protection-plans' | 'looked-after-children' | 'referrals';

/**
 * A children's social care rate per 10,000 children with its confidence interval and measure.
 *
 * @example
 * const rate: ChildrensSocialCareRate = childProtectionPlanRate(500, 100_000);
 * [rate.measure, rate.per, rate.value]; // => ['child-protection-plans', 10000, 50]
 */
export interface ChildrensSocialCareRate extends RateWithCI {
  readonly measure: ChildrensSocialCareMeasure;
}

/**
 * Children on child protection plans per 10,000 children aged 0 to 17 (at 31 March), with a CI
 * ({@link ratePer10k}). DfE publishes this rate rounded to a whole number.
 *
 * Example: `childProtectionPlanRate(500, 100_000)` → 50.00 per 10,000 (95% CI 45.71 to 54.58).
 *
 * @example
 * const r = childProtectionPlanRate(500, 100_000);
 * [r.value, r.lower, r.upper, r.measure]; // => [50, 45.71, 54.58, 'child-protection-plans']
 * @throws {InvalidInputError} for an invalid count, population or confidence, naming the argument.
 */
export function childProtectionPlanRate(
  children: number,
  childPopulation: number,
  options: RatePer10kOptions = {},
): ChildrensSocialCareRate {
  return { ...childPopulationRate('childProtectionPlanRate', 'children', children, childPopulation, 10_000, options), measure: 'child-protection-plans' };
}

/**
 * Looked-after children per 10,000 children aged 0 to 17 (at 31 March), with a CI
 * ({@link ratePer10k}). DfE publishes this rate rounded to a whole number.
 *
 * @example
 * const r = lookedAfterChildrenRate(700, 100_000);
 * [r.value, r.lower, r.upper, r.measure]; // => [70, 64.91, 75.38, 'looked-after-children']
 * @throws {InvalidInputError} for an invalid count, population or confidence, naming the argument.
 */
export function lookedAfterChildrenRate(
  children: number,
  childPopulation: number,
  options: RatePer10kOptions = {},
): ChildrensSocialCareRate {
  return { ...childPopulationRate('lookedAfterChildrenRate', 'children', children, childPopulation, 10_000, options), measure: 'looked-after-children' };
}

/**
 * Referrals to children's social care in the year per 10,000 children aged 0 to 17, with a CI
 * ({@link ratePer10k}). A referral count may include re-referrals of the same child; the CI treats
 * referrals as Poisson events. DfE publishes this rate rounded to a whole number.
 *
 * @example
 * const r = referralRate(4169, 106_575);
 * [r.value, r.lower, r.upper, r.measure]; // => [391.18, 379.39, 403.24, 'referrals']
 * @throws {InvalidInputError} for an invalid count, population or confidence, naming the argument.
 */
export function referralRate(
  referrals: number,
  childPopulation: number,
  options: RatePer10kOptions = {},
): ChildrensSocialCareRate {
  return { ...childPopulationRate('referralRate', 'referrals', referrals, childPopulation, 10_000, options), measure: 'referrals' };
}
