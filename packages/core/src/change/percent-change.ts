import { InvalidInputError } from '../errors/index.js';
import { assertFiniteNumber } from '../stats/validate-input.js';

/**
 * Percentage change from `previous` to `current`, unrounded:
 *
 *     percentChange = 100 × (current − previous) / previous
 *
 * Computed as `(100 × (current − previous)) / previous`, so for whole-number counts below 2^53/100
 * the only rounding is the final division and the result is the double nearest to the exact
 * rational; {@link roundHalfUp} then sees exact decimal ties as ties. `percentChange(13_218, 17_011)`
 * is 28.695...; the report prints "up 29%".
 *
 * @example
 * percentChange(3811, 4170); // => 9.42
 * percentChange(0, 5); // throws InvalidInputError
 * @param previous - the base value; must be a finite number greater than 0 (a change from 0 has no
 *   percentage, and one from a negative base has no agreed sign).
 * @param current - the new value; any finite number.
 * @throws {InvalidInputError} when an input is not finite or `previous` is not positive.
 */
export function percentChange(previous: number, current: number): number {
  // The common case in one test (both numbers, previous > 0 and finite, current finite, a finite
  // result), so a panel of changes costs little more than the bare division; anything else goes
  // through the checks below for its typed error.
  if (typeof previous === 'number' && typeof current === 'number' && previous > 0 && previous < Infinity && current - current === 0) {
    const change = (100 * (current - previous)) / previous;
    if (change - change === 0) return change;
  }
  assertFiniteNumber('percentChange', 'previous', previous);
  assertFiniteNumber('percentChange', 'current', current);
  if (previous === 0) {
    throw new InvalidInputError('percentChange', 'previous', previous, 'is 0: a change from zero has no percentage');
  }
  if (previous < 0) {
    throw new InvalidInputError('percentChange', 'previous', previous, 'must be positive: a percentage change from a negative base is ambiguous');
  }
  const change = (100 * (current - previous)) / previous;
  if (!Number.isFinite(change)) {
    throw new InvalidInputError('percentChange', 'current', current, `is too far from previous (${previous}) for a finite percentage`);
  }
  return change;
}
