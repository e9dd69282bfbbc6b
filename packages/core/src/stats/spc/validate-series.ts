import { InvalidInputError } from '../../errors/index.js';
import { assertFiniteNumber } from '../validate-input.js';

// Internal checks for SPC inputs; not exported from the barrel.

/** Throws unless `values` is an array of finite numbers (the error names the first bad index). */
export function assertSeries(fn: string, values: unknown): asserts values is readonly number[] {
  if (!Array.isArray(values)) {
    throw new InvalidInputError(fn, 'values', values, 'must be an array of finite numbers');
  }
  // An index loop, not forEach: forEach skips the holes of a sparse array ([1, , 3]).
  for (let index = 0; index < values.length; index += 1) assertFiniteNumber(fn, `values[${index}]`, values[index]);
}

/** Throws unless `runLength` is a whole number >= 2. */
export function assertRunLength(fn: string, runLength: unknown): asserts runLength is number {
  if (typeof runLength !== 'number' || !Number.isInteger(runLength) || runLength < 2) {
    throw new InvalidInputError(fn, 'runLength', runLength, 'must be a whole number of at least 2');
  }
}

/** Throws unless `limits` has finite `lower <= upper` (named `limits.lower`, `limits.upper` in errors). */
export function assertLimits(
  fn: string,
  limits: unknown,
): asserts limits is { readonly lower: number; readonly upper: number } {
  if (limits === null || typeof limits !== 'object') {
    throw new InvalidInputError(fn, 'limits', limits, 'must be an object with lower and upper');
  }
  const { lower, upper } = limits as { lower?: unknown; upper?: unknown };
  assertFiniteNumber(fn, 'limits.lower', lower);
  assertFiniteNumber(fn, 'limits.upper', upper);
  if (lower > upper) throw new InvalidInputError(fn, 'limits', limits, 'must have lower <= upper');
}

/**
 * Checks rebase indices against a series of `length` points and returns the first index of each
 * segment (0, then the indices). Throws unless the indices are whole numbers from 1 to length − 1,
 * strictly increasing, and every segment has at least 2 points. `argument` names them in errors.
 */
export function segmentStarts(fn: string, argument: string, length: number, rebaseAt: unknown): number[] {
  if (!Array.isArray(rebaseAt)) {
    throw new InvalidInputError(fn, argument, rebaseAt, 'must be an array of indices');
  }
  let previous = 0;
  for (const index of rebaseAt as unknown[]) {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 1 || index > length - 1) {
      throw new InvalidInputError(fn, argument, rebaseAt, `must hold whole-number indices from 1 to ${length - 1} (got ${String(index)})`);
    }
    if (index <= previous) {
      throw new InvalidInputError(fn, argument, rebaseAt, 'must be strictly increasing');
    }
    previous = index;
  }
  const starts = [0, ...(rebaseAt as number[])];
  starts.forEach((start, segment) => {
    const size = (starts[segment + 1] ?? length) - start;
    if (size < 2) {
      throw new InvalidInputError(
        fn,
        argument,
        rebaseAt,
        `leaves segment ${segment} (from index ${start}) with ${size} point; each segment needs at least 2`,
      );
    }
  });
  return starts;
}
