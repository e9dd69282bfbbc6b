import { assertFiniteNumber } from '../validate-input.js';
import { assertImprovement, type SpcImprovement } from './variation-class.js';
import { assertLimits } from './validate-series.js';

/**
 * NHS "Making Data Count" assurance class: whether, as the process stands, it will consistently
 * pass a target, consistently fail it, or sometimes pass and sometimes fail ("hit and miss").
 * NHSRplotthedots spells them `consistent_pass`, `consistent_fail`, `inconsistent`.
 *
 * @example
 * [0, 5, 10].map((target) => assuranceClass({ lower: 2, upper: 8 }, target, 'increase'));
 * // => ['consistently-passing', 'hit-and-miss', 'consistently-failing']
 */
export type AssuranceClass = 'consistently-passing' | 'consistently-failing' | 'hit-and-miss';

/**
 * Assurance class of a target against a process's limits, as NHSRplotthedots'
 * `ptd_calculate_assurance_type` (R/ptd_calculate_assurance_type.R at commit 050b07d), which reads
 * the limits of the last point (so the last segment after a rebase):
 *
 *     target > upper limit  ->  increase: consistently-failing,  decrease: consistently-passing
 *     target < lower limit  ->  increase: consistently-passing,  decrease: consistently-failing
 *     otherwise (lower <= target <= upper)                  ->  hit-and-miss
 *
 * With `neutral` there is no better direction, so no assurance: `null` (NHSRplotthedots: `NA`).
 * A target exactly on a limit is hit-and-miss (the comparisons are strict, as in the package).
 *
 * @example
 * assuranceClass({ lower: 740.4, upper: 2349.9 }, 1200, 'decrease');
 * // => 'hit-and-miss'
 * assuranceClass({ lower: 1, upper: 3 }, 4, 'increase');
 * // => 'consistently-failing'
 * assuranceClass({ lower: 5, upper: 7 }, 4, 'increase');
 * // => 'consistently-passing'
 * assuranceClass({ lower: 5, upper: 7 }, 4, 'neutral');
 * // => null
 *
 * Reference: NHS England, Making Data Count: Strengthening your decisions (2019/2021), "Using
 * summary icons"; NHSRplotthedots (https://github.com/nhs-r-community/NHSRplotthedots).
 *
 * @throws {InvalidInputError} for non-finite limits or target, lower > upper, or an unknown improvement direction.
 */
export function assuranceClass(
  limits: { readonly lower: number; readonly upper: number },
  target: number,
  improvement: SpcImprovement,
): AssuranceClass | null {
  const fn = 'assuranceClass';
  assertLimits(fn, limits);
  assertFiniteNumber(fn, 'target', target);
  assertImprovement(fn, 'improvement', improvement);
  return assuranceClassUnchecked(limits, target, improvement);
}

/** Internal: {@link assuranceClass} without the argument checks. */
export function assuranceClassUnchecked(
  limits: { readonly lower: number; readonly upper: number },
  target: number,
  improvement: SpcImprovement,
): AssuranceClass | null {
  if (improvement === 'neutral') return null;
  const increasing = improvement === 'increase';
  if (target > limits.upper) return increasing ? 'consistently-failing' : 'consistently-passing';
  if (target < limits.lower) return increasing ? 'consistently-passing' : 'consistently-failing';
  return 'hit-and-miss';
}

