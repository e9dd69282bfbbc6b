import { InvalidInputError } from '../errors/index.js';

// Internal argument checks shared by core's analysis modules. Not part of the public API
// (not exported from any barrel): each throws InvalidInputError naming the function, the argument,
// the value and what is wrong with it, so no NaN or Infinity ever reaches a result.

/** Smallest confidence level accepted, as in PHEindicatormethods (which allows 0.9 to 1). */
export const MIN_CONFIDENCE = 0.9;

/**
 * Largest confidence level accepted: 1 − 10⁻⁹. Nearer 1 the tail 1 − (1 − confidence)/2 is lost to
 * binary rounding (at 0.9999999999999999 it is exactly 1, whose quantile is infinite), so the
 * quantile would be inaccurate or infinite; up to here its relative error is below 10⁻⁷.
 */
export const MAX_CONFIDENCE = 1 - 1e-9;

/** Largest count accepted: 2^53 − 1, beyond which whole numbers are no longer exact in a double. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** Throws unless `value` is a finite number. */
export function assertFinite(fn: string, argument: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new InvalidInputError(fn, argument, value, 'must be a number');
  }
  if (!Number.isFinite(value)) {
    throw new InvalidInputError(fn, argument, value, 'must be finite');
  }
}

/**
 * Throws unless `value` is a finite number, saying 'must be a finite number' for a non-number, NaN
 * and ±Infinity alike (where {@link assertFinite} tells a non-number from an infinite one).
 */
export function assertFiniteNumber(fn: string, argument: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidInputError(fn, argument, value, 'must be a finite number');
  }
}

/** Throws unless `value` is a whole number >= 0 (a count of events, people or cases). */
export function assertCount(fn: string, argument: string, value: unknown): asserts value is number {
  assertFinite(fn, argument, value);
  if (!Number.isInteger(value)) {
    throw new InvalidInputError(fn, argument, value, 'must be a whole number (a count)');
  }
  if (value < 0) {
    throw new InvalidInputError(fn, argument, value, 'must not be negative');
  }
  if (value > MAX_COUNT) {
    throw new InvalidInputError(fn, argument, value, `must be at most ${MAX_COUNT} (2^53 − 1), the largest whole number exact in a double`);
  }
}

/** Throws unless `value` is a finite number > 0. */
export function assertPositive(fn: string, argument: string, value: unknown): asserts value is number {
  assertFinite(fn, argument, value);
  if (value <= 0) {
    throw new InvalidInputError(fn, argument, value, 'must be greater than 0');
  }
}

/**
 * Throws unless `confidence` is a proportion with 0.9 <= confidence <= {@link MAX_CONFIDENCE}
 * (0.95, 0.998, ...). A value such as 95 gets a message saying to write it as a proportion. 1 is
 * refused because it gives an infinite upper limit, and values a hair below 1 because their
 * quantile cannot be computed accurately.
 */
export function assertConfidence(fn: string, confidence: unknown): asserts confidence is number {
  assertFinite(fn, 'confidence', confidence);
  if (confidence >= 1 && confidence <= 100) {
    throw new InvalidInputError(
      fn,
      'confidence',
      confidence,
      'must be a proportion below 1 (write 95% as 0.95 and 99.8% as 0.998)',
    );
  }
  if (confidence < MIN_CONFIDENCE || confidence >= 1) {
    throw new InvalidInputError(fn, 'confidence', confidence, `must be at least ${MIN_CONFIDENCE} and below 1`);
  }
  if (confidence > MAX_CONFIDENCE) {
    throw new InvalidInputError(fn, 'confidence', confidence, `must be at most 1 − 1e-9 (${MAX_CONFIDENCE}): nearer 1 the normal and chi-square quantiles cannot be computed accurately`);
  }
}

/**
 * Throws unless `numerator` and `denominator` are whole numbers with 0 <= numerator <= denominator
 * and denominator >= 1, naming them `numeratorName` and `denominatorName` in the error.
 */
export function assertNumeratorDenominator(
  fn: string,
  numeratorName: string,
  numerator: unknown,
  denominatorName: string,
  denominator: unknown,
): asserts numerator is number {
  assertCount(fn, numeratorName, numerator);
  assertCount(fn, denominatorName, denominator);
  if (denominator === 0) throw new InvalidInputError(fn, denominatorName, denominator, 'must be at least 1');
  if (numerator > denominator) {
    throw new InvalidInputError(
      fn,
      numeratorName,
      numerator,
      `must not exceed ${denominatorName} (${String(denominator)})`,
    );
  }
}

/**
 * Throws unless `count` is a whole number >= 0, `population` a finite number > 0 with
 * count <= population, and `confidence` valid; the names are used in the error.
 */
export function assertRateInput(
  fn: string,
  countName: string,
  count: unknown,
  populationName: string,
  population: unknown,
  confidence: unknown,
): void {
  assertCount(fn, countName, count);
  assertPositive(fn, populationName, population);
  if (count > population) {
    throw new InvalidInputError(fn, countName, count, `must not exceed ${populationName} (${String(population)})`);
  }
  assertConfidence(fn, confidence);
}

/** Throws unless `value` is a string. */
export function assertString(fn: string, argument: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new InvalidInputError(fn, argument, value, 'must be a string');
}

/** Throws unless `value` is an object (not null, not an array). */
export function assertObject(fn: string, argument: string, value: unknown, shape = 'an object'): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInputError(fn, argument, value, `must be ${shape}`);
  }
}

/** Throws unless `value` is an array without holes (a sparse array such as [1, , 3] is refused). */
export function assertArray(fn: string, argument: string, value: unknown): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new InvalidInputError(fn, argument, value, 'must be an array');
  for (let i = 0; i < value.length; i += 1) {
    if (!(i in value)) throw new InvalidInputError(fn, `${argument}[${i}]`, undefined, 'is a hole in a sparse array: every item must be given');
  }
}

/** Throws unless `value` is an array of strings (without holes). */
export function assertStringArray(fn: string, argument: string, value: unknown): asserts value is readonly string[] {
  assertArray(fn, argument, value);
  value.forEach((item, i) => assertString(fn, `${argument}[${i}]`, item));
}

/** Throws unless `value` is an array of objects (without holes), each checked by {@link assertObject}. */
export function assertObjectArray(fn: string, argument: string, value: unknown, shape = 'an object'): asserts value is readonly Record<string, unknown>[] {
  assertArray(fn, argument, value);
  value.forEach((item, i) => assertObject(fn, `${argument}[${i}]`, item, shape));
}

/** Throws unless `value` is one of `allowed`, naming them. */
export function assertOneOf<T extends string>(fn: string, argument: string, value: unknown, allowed: readonly T[]): asserts value is T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new InvalidInputError(fn, argument, value, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
  }
}

/**
 * The options object of `fn`: `{}` for `undefined`; throws for anything but a plain object, and for
 * a key not in `allowed` (so a misspelt or unsupported option such as `method` is not silently
 * ignored), naming the options `fn` takes.
 */
export function checkOptions<T extends object>(fn: string, options: T | undefined, allowed: readonly string[]): T {
  if (options === undefined) return {} as T;
  assertObject(fn, 'options', options, `an options object (${allowed.length === 0 ? 'no options' : allowed.join(', ')})`);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new InvalidInputError(
        fn,
        `options.${key}`,
        (options as Record<string, unknown>)[key],
        `is not an option of ${fn}: the options are ${allowed.length === 0 ? 'none' : allowed.join(', ')}`,
      );
    }
  }
  return options;
}

/**
 * Throws unless every number of a computed result is finite: the guard after a computation whose
 * inputs were valid but so extreme (e.g. a `per` of 1e308) that the arithmetic overflowed.
 * `argument` names the input to blame.
 */
export function assertFiniteResult(fn: string, argument: string, value: unknown, ...results: readonly number[]): void {
  for (const result of results) {
    if (!Number.isFinite(result)) {
      throw new InvalidInputError(fn, argument, value, 'is so extreme that the result overflows a double (it would be NaN or Infinity)');
    }
  }
}
