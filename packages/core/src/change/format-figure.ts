import { InvalidInputError } from '../errors/index.js';
import { assertFiniteNumber, assertObject, checkOptions } from '../stats/validate-input.js';
import { roundHalfUp } from './round-half-up.js';

/**
 * Units {@link formatFigure} prints: a count, a percentage (already ×100) or pounds sterling.
 *
 * @example
 * const unit: FigureFormatUnit = 'GBP';
 * formatFigure(-1685, { unit }); // => '-£1,685'
 */
export type FigureFormatUnit = 'count' | 'percent' | 'GBP';

/**
 * Options of {@link formatFigure}.
 *
 * @example
 * const options: FormatFigureOptions = { unit: 'percent', digits: 1, sign: 'always' };
 * formatFigure(7.586, options); // => '+7.6%'
 */
export interface FormatFigureOptions {
  /** What the number is: `count` "17,011", `percent` "29%", `GBP` "£270,300". */
  readonly unit: FigureFormatUnit;
  /**
   * Decimals to round to, half up ({@link roundHalfUp}), and then print exactly (7 with 1 digit
   * prints "7.0%"). Default 0. Negative values round to tens, hundreds... and print no decimals.
   */
  readonly digits?: number;
  /** `'negative'` (default) prints only a minus sign; `'always'` also prints "+" before a positive figure. */
  readonly sign?: 'negative' | 'always';
}

const MAX_PRINT_DIGITS = 20;

/**
 * Prints a figure the way the report does: thousands separated by commas, the value rounded half
 * up to `digits` decimals (never banker's rounding), a `%` after percentages and `£` before pounds.
 * Minus is the ASCII hyphen-minus ("-36%", "-£1,685"); zero is never printed as "-0".
 *
 * `formatFigure(17011, { unit: 'count' }) === '17,011'`,
 * `formatFigure(7.586, { unit: 'percent', digits: 1 }) === '7.6%'`,
 * `formatFigure(28.7, { unit: 'percent', sign: 'always' }) === '+29%'`,
 * `formatFigure(270300, { unit: 'GBP' }) === '£270,300'`.
 *
 * @example
 * formatFigure(17011, { unit: 'count' }); // => '17,011'
 * formatFigure(7.586, { unit: 'percent', digits: 1 }); // => '7.6%'
 * formatFigure(28.7, { unit: 'percent', sign: 'always' }); // => '+29%'
 * formatFigure(270300, { unit: 'GBP' }); // => '£270,300'
 * @throws {InvalidInputError} when `value` is not finite, the unit or sign is unknown, or `digits`
 *   is not an integer from -20 to 20.
 */
export function formatFigure(value: number, options: FormatFigureOptions): string {
  assertFiniteNumber('formatFigure', 'value', value);
  assertObject('formatFigure', 'options', options, "an options object with unit ('count', 'percent' or 'GBP')");
  const { unit, digits = 0, sign = 'negative' } = checkOptions('formatFigure', options, ['unit', 'digits', 'sign']);
  if (unit !== 'count' && unit !== 'percent' && unit !== 'GBP') {
    throw new InvalidInputError('formatFigure', 'options.unit', unit, "must be 'count', 'percent' or 'GBP'");
  }
  if (!Number.isInteger(digits) || digits < -20 || digits > MAX_PRINT_DIGITS) {
    throw new InvalidInputError('formatFigure', 'options.digits', digits, `must be an integer from -20 to ${MAX_PRINT_DIGITS}`);
  }
  if (sign !== 'negative' && sign !== 'always') {
    throw new InvalidInputError('formatFigure', 'options.sign', sign, "must be 'negative' or 'always'");
  }

  const rounded = roundHalfUp(value, digits);
  const decimals = Math.max(0, digits);
  // Already rounded, so the formatter only lays out digits; its own rounding never applies.
  const magnitude = new Intl.NumberFormat('en-GB', {
    useGrouping: true,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(Math.abs(rounded));

  const prefix = rounded < 0 ? '-' : rounded > 0 && sign === 'always' ? '+' : '';
  switch (unit) {
    case 'count':
      return `${prefix}${magnitude}`;
    case 'percent':
      return `${prefix}${magnitude}%`;
    case 'GBP':
      return `${prefix}£${magnitude}`;
  }
}
