import { InvalidInputError } from '../errors/index.js';
import { assertFiniteNumber, assertObject, checkOptions } from '../stats/validate-input.js';

/**
 * Direction of a change between two values, as the report's arrows show it.
 *
 * @example
 * const d: Direction = direction(13218, 17011);
 * d; // => 'up'
 */
export type Direction = 'up' | 'down' | 'flat';

/**
 * When a change counts as flat (↔). Without a rule only no change at all is flat.
 * - `{ percent: p }`: flat when |current − previous| ≤ p% of |previous| (when previous is 0, only
 *   an unchanged 0 is flat).
 * - `{ absolute: a }`: flat when |current − previous| ≤ a.
 *
 * @example
 * const rule: FlatRule = { percent: 5 };
 * direction(100, 103, { flatWithin: rule }); // => 'flat'
 */
export type FlatRule = { readonly percent: number } | { readonly absolute: number };

/**
 * Options of {@link direction}.
 *
 * @example
 * const options: DirectionOptions = { flatWithin: { absolute: 10 } };
 * direction(3811, 3818, options); // => 'flat'
 */
export interface DirectionOptions {
  /** The band within which a change is called flat; default: none (only equal values are flat). */
  readonly flatWithin?: FlatRule;
}

/**
 * The direction from `previous` to `current`: `'up'` when current is larger, `'down'` when smaller,
 * `'flat'` when equal or, with `options.flatWithin`, when the change is inside the stated band
 * (bounds inclusive). The report has no published rule for ↔ (it prints ↔ for child protection
 * plans 525 → 536, +2.1%), so the rule is always the caller's explicit choice.
 *
 * @example
 * direction(3811, 4170); // => 'up'
 * @throws {InvalidInputError} when a value is not finite or the band is negative or not finite.
 */
export function direction(previous: number, current: number, options: DirectionOptions = {}): Direction {
  assertFiniteNumber('direction', 'previous', previous);
  assertFiniteNumber('direction', 'current', current);
  const rule = checkOptions('direction', options, ['flatWithin']).flatWithin;
  if (rule !== undefined) assertObject('direction', 'options.flatWithin', rule, 'an object { percent } or { absolute }');
  const difference = current - previous;
  if (rule !== undefined && withinBand(previous, difference, rule)) return 'flat';
  if (difference > 0) return 'up';
  if (difference < 0) return 'down';
  return 'flat';
}

function withinBand(previous: number, difference: number, rule: FlatRule): boolean {
  if ('percent' in rule) {
    const band = rule.percent;
    if (typeof band !== 'number' || !Number.isFinite(band) || band < 0) {
      throw new InvalidInputError('direction', 'options.flatWithin.percent', band, 'must be a finite number of at least 0');
    }
    if (previous === 0) return difference === 0;
    // Compare 100·|Δ| ≤ band·|previous| rather than dividing, to keep exact integers exact.
    return 100 * Math.abs(difference) <= band * Math.abs(previous);
  }
  if ('absolute' in rule) {
    const band = rule.absolute;
    if (typeof band !== 'number' || !Number.isFinite(band) || band < 0) {
      throw new InvalidInputError('direction', 'options.flatWithin.absolute', band, 'must be a finite number of at least 0');
    }
    return Math.abs(difference) <= band;
  }
  throw new InvalidInputError('direction', 'options.flatWithin', rule, 'must be { percent: number } or { absolute: number }');
}
