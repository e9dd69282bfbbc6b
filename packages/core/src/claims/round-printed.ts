import { roundHalfUp } from '../change/round-half-up.js';
import { InvalidInputError } from '../errors/index.js';
import type { PrintedRounding } from './claim-audit-options.js';

// Extra decimals kept when snapping away binary noise before truncating or testing for a tie.
const GUARD = 9;

/**
 * Rounds `x` to `digits` decimals (0 to 20) the way `mode` says: `'half-up'` is `roundHalfUp`
 * (half away from zero); `'half-even'` rounds a tie to the even last digit (2.5 → 2, 3.5 → 4);
 * `'truncate'` drops the extra decimals (toward zero: 28.97 → 28). Before truncating or testing for
 * a tie the value is first rounded half-up to `digits + 9` decimals, so binary noise such as
 * 0.29 × 100 = 28.999999999999996 is read as the 29 it stands for.
 * @throws {InvalidInputError} when `x` is not finite or `digits` is not an integer from 0 to 20.
 */
export function roundPrinted(x: number, digits: number, mode: PrintedRounding): number {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new InvalidInputError('roundPrinted', 'digits', digits, 'must be an integer from 0 to 20');
  }
  if (mode === 'half-up') return roundHalfUp(x, digits);
  const snapped = roundHalfUp(x, digits + GUARD);
  const sign = snapped < 0 ? -1 : 1;
  const fixed = Math.abs(snapped).toFixed(digits + GUARD);
  const kept = fixed.slice(0, fixed.length - GUARD).replace(/\.$/, '');
  const down = sign * Number(kept) || 0;
  if (mode === 'truncate') return down;
  const tail = fixed.slice(fixed.length - GUARD);
  if (tail !== '5'.padEnd(GUARD, '0')) return roundHalfUp(snapped, digits);
  const lastDigit = Number(kept.charAt(kept.length - 1));
  return lastDigit % 2 === 0 ? down : roundHalfUp(snapped, digits);
}
