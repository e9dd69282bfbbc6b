import { InvalidInputError } from '../errors/index.js';
import { assertFiniteNumber } from '../stats/validate-input.js';

/**
 * Smallest `digits` {@link roundHalfUp} accepts: -20 rounds to a multiple of 10^20.
 *
 * @example
 * ROUND_DIGITS_MIN; // => -20
 */
export const ROUND_DIGITS_MIN = -20;
/**
 * Largest `digits` {@link roundHalfUp} accepts (as `Number.prototype.toFixed`).
 *
 * @example
 * ROUND_DIGITS_MAX; // => 100
 */
export const ROUND_DIGITS_MAX = 100;

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Rounds `x` to `digits` decimal places, half away from zero: the way the report, spreadsheets
 * (Excel/LibreOffice `ROUND`) and most printed statistics round. `roundHalfUp(2.5, 0) === 3`,
 * `roundHalfUp(-2.5, 0) === -3`, `roundHalfUp(7.65, 1) === 7.7`. Negative `digits` round to tens,
 * hundreds, ...: `roundHalfUp(270_350, -2) === 270_400`.
 *
 * Decimal, not binary: the number is rounded as the shortest decimal string that converts back to the
 * same double (`String(x)`, ECMAScript Number::toString), so `1.005`, which is stored as
 * 1.00499999999999989..., rounds to 1.01 as written, and `2.675` to 2.68. The rounded decimal is then
 * converted back with `Number()`, which returns the double nearest to it. A value computed by one
 * correctly rounded operation from exact integers (e.g. `(100 * k) / n`) is the double nearest to the
 * true rational, so its shortest string is the true decimal whenever that has at most 15 significant
 * digits: ties are then seen as ties.
 *
 * The result is never `-0`: a negative number that rounds to zero gives `0`.
 *
 * @example
 * roundHalfUp(2.675, 2); // => 2.68
 * roundHalfUp(-0.5, 0); // => -1
 * @param x - a finite number.
 * @param digits - an integer from {@link ROUND_DIGITS_MIN} to {@link ROUND_DIGITS_MAX}.
 * @throws {InvalidInputError} when `x` is not finite or `digits` is not an integer in range.
 */
export function roundHalfUp(x: number, digits: number): number {
  assertFiniteNumber('roundHalfUp', 'x', x);
  if (!Number.isInteger(digits) || digits < ROUND_DIGITS_MIN || digits > ROUND_DIGITS_MAX) {
    throw new InvalidInputError(
      'roundHalfUp',
      'digits',
      digits,
      `must be an integer from ${ROUND_DIGITS_MIN} to ${ROUND_DIGITS_MAX}`,
    );
  }
  if (x === 0) return 0;

  const { coefficient, exponent } = decimalOf(Math.abs(x));
  // |x| = coefficient * 10^exponent exactly (as a decimal). Keep units of 10^-digits.
  const dropped = -digits - exponent;
  if (dropped <= 0) return x;

  let kept: bigint;
  if (dropped > coefficient.length) {
    // Everything dropped is below a tenth of a unit: rounds to zero.
    kept = 0n;
  } else {
    const head = coefficient.slice(0, coefficient.length - dropped);
    const roundingDigit = coefficient.charAt(coefficient.length - dropped);
    kept = BigInt(head === '' ? '0' : head);
    if (roundingDigit >= '5') kept += 1n;
  }
  if (kept === 0n) return 0;

  // Cannot overflow: a double has at most 17 significant digits, so with digits >= -20 only
  // numbers below 10^37 lose any digit.
  const magnitude = Number(`${kept}e${-digits}`);
  return x < 0 ? -magnitude : magnitude;
}

/**
 * The shortest round-trip decimal of a positive finite number (`String(x)`) as an integer coefficient
 * (no leading zeros) and a power of ten: 0.05 is `{ coefficient: '5', exponent: -2 }`. Internal.
 */
export function decimalOf(positive: number): { coefficient: string; exponent: number } {
  const text = String(positive);
  const match = DECIMAL.exec(text);
  if (match === null) {
    // Unreachable for a positive finite number; kept so a surprise is loud rather than wrong.
    throw new InvalidInputError('roundHalfUp', 'x', positive, 'has no decimal representation');
  }
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  const power = match[3] === undefined ? 0 : Number(match[3]);
  const coefficient = (whole + fraction).replace(/^0+(?=\d)/, '');
  return { coefficient, exponent: power - fraction.length };
}
