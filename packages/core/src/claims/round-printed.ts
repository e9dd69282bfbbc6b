import { decimalOf, roundHalfUp } from '../change/round-half-up.js';
import { InvalidInputError } from '../errors/index.js';
import { assertOneOf } from '../stats/validate-input.js';
import type { PrintedRounding } from './claim-audit-options.js';

const ROUNDINGS: readonly PrintedRounding[] = ['half-up', 'half-even', 'truncate'];

// Extra decimals kept when snapping away binary noise before truncating or testing for a tie.
const GUARD = 9;

/**
 * Rounds `x` to `digits` decimals (0 to 20) the way `mode` says: `'half-up'` is `roundHalfUp`
 * (half away from zero); `'half-even'` rounds a tie to the even last digit (2.5 → 2, 3.5 → 4);
 * `'truncate'` drops the extra decimals (toward zero: 28.97 → 28). Before truncating or testing for
 * a tie the value is first rounded half-up to `digits + 9` decimals and read as its shortest
 * decimal (ECMAScript Number::toString), so binary noise such as 0.29 × 100 = 28.999999999999996
 * is read as the 29 it stands for.
 * @example
 * roundPrinted(2.5, 0, 'half-up'); // => 3
 * roundPrinted(2.5, 0, 'half-even'); // => 2
 * roundPrinted(28.97, 0, 'truncate'); // => 28
 * roundPrinted(0.29 * 100, 0, 'truncate'); // => 29
 * @throws {InvalidInputError} when `x` is not finite, `digits` is not an integer from 0 to 20 or
 *   `mode` is not one of 'half-up', 'half-even', 'truncate'.
 */
export function roundPrinted(x: number, digits: number, mode: PrintedRounding): number {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new InvalidInputError('roundPrinted', 'digits', digits, 'must be an integer from 0 to 20');
  }
  // An unknown mode was read as 'half-up'; it is an error, naming the modes.
  assertOneOf('roundPrinted', 'mode', mode, ROUNDINGS);
  if (mode === 'half-up') return roundHalfUp(x, digits);
  const snapped = roundHalfUp(x, digits + GUARD);
  if (snapped === 0) return 0;
  const sign = snapped < 0 ? -1 : 1;
  const { whole, fraction } = decimalParts(Math.abs(snapped));
  const kept = fraction.slice(0, digits);
  const down = sign * Number(`${whole}.${kept || '0'}`) || 0;
  if (mode === 'truncate') return down;
  const dropped = fraction.slice(digits);
  if (dropped !== '5') return roundHalfUp(snapped, digits);
  const lastDigit = Number((whole + kept).charAt((whole + kept).length - 1));
  return lastDigit % 2 === 0 ? down : roundHalfUp(snapped, digits);
}

/** The digits of a positive finite number's shortest decimal, before and after the point (no trailing zeros after it). */
function decimalParts(positive: number): { whole: string; fraction: string } {
  const { coefficient, exponent } = decimalOf(positive);
  if (exponent >= 0) return { whole: coefficient + '0'.repeat(exponent), fraction: '' };
  const padded = coefficient.padStart(1 - exponent, '0');
  const at = padded.length + exponent;
  return { whole: padded.slice(0, at), fraction: padded.slice(at).replace(/0+$/, '') };
}
