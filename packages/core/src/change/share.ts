import { InvalidInputError } from '../errors/index.js';
import { assertFiniteNumber } from '../stats/validate-input.js';

/**
 * Percentage share of a part in its whole, unrounded:
 *
 *     share = 100 × part / whole
 *
 * computed as `(100 × part) / whole` (one rounding for whole-number inputs, see
 * {@link percentChange}). `share(6, 25) === 24`: "6 of 25 children ...; 24%".
 *
 * @example
 * share(5, 17); // => 29.41
 * @param part - a finite number from 0 to `whole`.
 * @param whole - a finite number greater than 0.
 * @throws {InvalidInputError} when an input is not finite, `whole` is not positive, `part` is
 *   negative or `part` is greater than `whole`.
 */
export function share(part: number, whole: number): number {
  assertFiniteNumber('share', 'part', part);
  assertFiniteNumber('share', 'whole', whole);
  if (whole === 0) {
    throw new InvalidInputError('share', 'whole', whole, 'is 0: a share of nothing is undefined');
  }
  if (whole < 0) {
    throw new InvalidInputError('share', 'whole', whole, 'must be positive');
  }
  if (part < 0) {
    throw new InvalidInputError('share', 'part', part, 'must not be negative');
  }
  if (part > whole) {
    throw new InvalidInputError('share', 'part', part, `must not exceed whole (${whole})`);
  }
  const value = (100 * part) / whole;
  // 100 × part overflows for a part above about 1.8e306; part / whole <= 1 cannot.
  return Number.isFinite(value) ? value : 100 * (part / whole);
}
