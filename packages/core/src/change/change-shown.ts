import { InvalidInputError } from '../errors/index.js';
import { assertFiniteNumber } from '../stats/validate-input.js';
import { formatFigure } from './format-figure.js';
import { percentChange } from './percent-change.js';
import { roundHalfUp } from './round-half-up.js';

/**
 * Units whose changes {@link changeShown} prints: a count or pounds sterling.
 *
 * @example
 * const unit: ChangeUnit = 'GBP';
 * changeShown(500, 800, unit).kind; // => 'difference'
 */
export type ChangeUnit = 'count' | 'GBP';

/**
 * The smallest base (the earlier value) from which scpkit shows a change as a percentage, by unit.
 * Below it a percentage mostly measures how small the base is (£64 to £1,500 is "+2244%"; 4 to 6
 * children is "+50%"), so the change is shown in the base's own unit instead: "+£1,436", "+2".
 *
 * - `count`: 10. Under 10, one more or one fewer is already a change of more than 10%.
 * - `GBP`: £1,000. Budget lines under £1,000 are sundries whose percentage swings say nothing
 *   about the budget.
 *
 * This is scpkit's own presentation rule (no published standard sets these numbers); the figure
 * lint of `@scpkit/charts` checks every figure against it, and a figure using it says so.
 *
 * @example
 * PERCENT_CHANGE_MIN_BASE.count; // => 10
 * PERCENT_CHANGE_MIN_BASE.GBP; // => 1000
 */
export const PERCENT_CHANGE_MIN_BASE: Readonly<Record<ChangeUnit, number>> = Object.freeze({ count: 10, GBP: 1000 });

/**
 * How {@link changeShown} shows one change.
 *
 * @example
 * const shown: ChangeShown = changeShown(13218, 17011, 'count');
 * [shown.kind, shown.text]; // => ['percent', '+29%']
 */
export type ChangeShown =
  | {
      /** `percent`: the change as a percentage of the base. */
      readonly kind: 'percent';
      /** Unrounded percentage change (×100), {@link percentChange}. */
      readonly percent: number;
      readonly difference: number;
      /** Printed as the reports do, whole percents rounded half up with a sign: "-29%", "+94%". */
      readonly text: string;
    }
  | {
      /**
       * `difference`: the change in the base's unit, because the base is below
       * {@link PERCENT_CHANGE_MIN_BASE} (`smallBase` true), is not positive, or the percentage
       * rounds to 0% while the values differ (`smallBase` false).
       */
      readonly kind: 'difference';
      readonly difference: number;
      readonly smallBase: boolean;
      /** "+£1,436", "-2". */
      readonly text: string;
    }
  | {
      /** `none`: the two values are equal. */
      readonly kind: 'none';
      readonly difference: 0;
      /** "no change". */
      readonly text: string;
    };

/**
 * How to show the change from `previous` (the base) to `current` in a chart label:
 *
 * - equal values: "no change" (never "+0%");
 * - base at least {@link PERCENT_CHANGE_MIN_BASE}`[unit]`: the percentage change
 *   `100 × (current − previous) / previous` ({@link percentChange}) in whole percents, rounded half
 *   up, with its sign, unless that rounds to 0% (then the difference);
 * - otherwise (a small, zero or negative base): the difference `current − previous` in the unit.
 *
 * `changeShown(10_613, 7_500, 'GBP').text === '-29%'`,
 * `changeShown(64, 1_500, 'GBP').text === '+£1,436'`,
 * `changeShown(35_000, 35_000, 'GBP').text === 'no change'`,
 * `changeShown(4, 6, 'count').text === '+2'`.
 *
 * @example
 * changeShown(64, 1500, 'GBP'); // => { kind: 'difference', difference: 1436, smallBase: true, text: '+£1,436' }
 * @throws {InvalidInputError} when a value is not finite or the unit is not `count` or `GBP`.
 */
export function changeShown(previous: number, current: number, unit: ChangeUnit): ChangeShown {
  const fn = 'changeShown';
  assertFiniteNumber(fn, 'previous', previous);
  assertFiniteNumber(fn, 'current', current);
  if (unit !== 'count' && unit !== 'GBP') throw new InvalidInputError(fn, 'unit', unit, "must be 'count' or 'GBP'");
  const difference = current - previous;
  if (!Number.isFinite(difference)) throw new InvalidInputError(fn, 'current', current, `is too far from previous (${previous}) for a finite difference`);
  if (difference === 0) return { kind: 'none', difference: 0, text: 'no change' };
  const differenceText = formatFigure(difference, { unit, digits: Number.isInteger(difference) ? 0 : 2, sign: 'always' });
  const smallBase = previous < PERCENT_CHANGE_MIN_BASE[unit];
  if (smallBase) return { kind: 'difference', difference, smallBase: true, text: differenceText };
  const percent = percentChange(previous, current);
  if (roundHalfUp(percent, 0) === 0) return { kind: 'difference', difference, smallBase: false, text: differenceText };
  return { kind: 'percent', percent, difference, text: formatFigure(percent, { unit: 'percent', sign: 'always' }) };
}
