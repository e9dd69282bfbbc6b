import { InvalidInputError } from '../errors/index.js';
import { checkOptions } from '../stats/validate-input.js';

/**
 * The range of counts suppressed as `[c]` (primary suppression): every whole number from `min` to
 * `max` inclusive. Defaults 1 to 5, the rule of DfE's children's social care statistics ("Any number
 * between 1 and 5 inclusive has been suppressed and replaced by 'c'"). `min` must be at least 1:
 * 0 is a true zero and is always published.
 *
 * @example
 * const rule: SmallCountOptions = { min: 1, max: 9 }; // a "fewer than 10" rule
 * suppressSmallCounts([0, 9, 10], rule); // => [0, '[c]', 10]
 */
export interface SmallCountOptions {
  /** Smallest count suppressed; a whole number >= 1. Default 1. */
  readonly min?: number;
  /** Largest count suppressed; a whole number >= min. Default 5. */
  readonly max?: number;
}

/**
 * Default smallest suppressed count (1: a 0 is a true zero).
 *
 * @example
 * SMALL_COUNT_MIN; // => 1
 */
export const SMALL_COUNT_MIN = 1;

/**
 * Default largest suppressed count (5).
 *
 * @example
 * suppressSmallCounts([SMALL_COUNT_MAX, SMALL_COUNT_MAX + 1]); // => ['[c]', 6]
 */
export const SMALL_COUNT_MAX = 5;

/** The resolved range (internal). */
export interface SmallCountRange {
  readonly min: number;
  readonly max: number;
}

/** Checks `options` once at a public entry (a misspelt or unknown key is refused) and returns the range. Internal. */
export function resolveSmallCountRange(fn: string, options: SmallCountOptions | undefined): SmallCountRange {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new InvalidInputError(fn, 'options', options, 'must be an object such as { min: 1, max: 5 }');
  }
  checkOptions(fn, options, ['min', 'max']);
  const min = options?.min ?? SMALL_COUNT_MIN;
  const max = options?.max ?? SMALL_COUNT_MAX;
  for (const [name, value] of [['options.min', min], ['options.max', max]] as const) {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw new InvalidInputError(fn, name, value, 'must be a whole number');
    }
  }
  if (min < 1) {
    throw new InvalidInputError(fn, 'options.min', min, 'must be at least 1 (0 is a true zero and is never suppressed)');
  }
  if (max < min) {
    throw new InvalidInputError(fn, 'options.max', max, `must not be less than options.min (${min})`);
  }
  return { min, max };
}

/** True when `count` lies in the suppressed range. Internal. */
export function isSmallCount(count: number, range: SmallCountRange): boolean {
  return count >= range.min && count <= range.max;
}
