import { InvalidInputError } from '../../errors/index.js';
import type { SpecialCause } from './xmr.js';

/**
 * Which direction of change is an improvement, spelled as NHSRplotthedots' `improvement_direction`:
 * `neutral` when neither direction is better.
 *
 * @example
 * [variationClass({ rule: 'shift', side: 'high' }, 'increase').variation,
 *   variationClass({ rule: 'shift', side: 'high' }, 'decrease').variation,
 *   variationClass({ rule: 'shift', side: 'high' }, 'neutral').variation];
 * // => ['special-cause-improving', 'special-cause-concerning', 'special-cause-neither']
 */
export type SpcImprovement = 'increase' | 'decrease' | 'neutral';

/**
 * NHS "Making Data Count" variation class of a point: common cause, or special cause of an
 * improving or a concerning nature, or (when neither direction is better) of neither.
 *
 * @example
 * variationClass({ rule: 'trend', side: 'low' }, 'decrease').variation;
 * // => 'special-cause-improving'
 */
export type VariationClass =
  | 'common-cause'
  | 'special-cause-improving'
  | 'special-cause-concerning'
  | 'special-cause-neither';

/**
 * A point's variation class and the side (high or low) of its special cause; `side` is `null` for common cause.
 *
 * @example
 * variationClass({ rule: 'outside-limits', side: 'low' }, 'increase');
 * // => { variation: 'special-cause-concerning', side: 'low' }
 */
export interface VariationOfPoint {
  readonly variation: VariationClass;
  readonly side: 'high' | 'low' | null;
}

const RULES = new Set(['outside-limits', 'trend', 'two-of-three', 'shift']);

/**
 * The Making Data Count variation class of a point from its special cause (or `null`) and the
 * improvement direction, as NHSRplotthedots' `ptd_point_type` (R/ptd_calculate_point_type.R at
 * commit 050b07d): a high signal (above the mean, above the upper limit or an increasing trend) is
 * improving when `increase` is better and concerning when `decrease` is; with `neutral` it is
 * `special-cause-neither` (NHSRplotthedots: `special_cause_neutral_high` / `_low`), keeping the side.
 *
 * @example
 * variationClass({ rule: 'outside-limits', side: 'high' }, 'decrease');
 * // => { variation: 'special-cause-concerning', side: 'high' }
 * variationClass({ rule: 'shift', side: 'low' }, 'neutral');
 * // => { variation: 'special-cause-neither', side: 'low' }
 * variationClass(null, 'increase');
 * // => { variation: 'common-cause', side: null }
 *
 * Reference: NHS England, Making Data Count: Strengthening your decisions (2019/2021);
 * NHSRplotthedots `ptd_point_type` (https://github.com/nhs-r-community/NHSRplotthedots).
 *
 * @throws {InvalidInputError} for an unknown improvement direction or a cause that is not
 *   `null` nor `{ rule, side: 'high' | 'low' }`.
 */
export function variationClass(cause: SpecialCause | null, improvement: SpcImprovement): VariationOfPoint {
  const fn = 'variationClass';
  assertImprovement(fn, 'improvement', improvement);
  if (cause !== null) {
    const ok =
      typeof cause === 'object' &&
      RULES.has((cause as { rule?: unknown }).rule as string) &&
      ((cause as { side?: unknown }).side === 'high' || (cause as { side?: unknown }).side === 'low');
    if (!ok) {
      throw new InvalidInputError(fn, 'cause', cause, "must be null or { rule, side: 'high' | 'low' } with a known rule");
    }
  }
  return variationClassUnchecked(cause, improvement);
}

/** Internal: {@link variationClass} without the argument checks. */
export function variationClassUnchecked(cause: SpecialCause | null, improvement: SpcImprovement): VariationOfPoint {
  if (cause === null) return { variation: 'common-cause', side: null };
  if (improvement === 'neutral') return { variation: 'special-cause-neither', side: cause.side };
  const improving = (cause.side === 'high') === (improvement === 'increase');
  return { variation: improving ? 'special-cause-improving' : 'special-cause-concerning', side: cause.side };
}

/** Internal: throws unless `improvement` is 'increase', 'decrease' or 'neutral'. */
export function assertImprovement(fn: string, argument: string, improvement: unknown): asserts improvement is SpcImprovement {
  if (improvement !== 'increase' && improvement !== 'decrease' && improvement !== 'neutral') {
    throw new InvalidInputError(fn, argument, improvement, "must be 'increase', 'decrease' or 'neutral'");
  }
}
