import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { InvalidInputError } from '../errors/index.js';

// Internal argument checks shared by core's analysis modules. Not part of the public API
// (not exported from any barrel): each throws InvalidInputError naming the function, the argument,
// the value and what is wrong with it, so no NaN or Infinity ever reaches a result.

/** Smallest confidence level accepted, as in PHEindicatormethods (which allows 0.9 to 1). */
export const MIN_CONFIDENCE = 0.9;

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
}

/** Throws unless `value` is a finite number > 0. */
export function assertPositive(fn: string, argument: string, value: unknown): asserts value is number {
  assertFinite(fn, argument, value);
  if (value <= 0) {
    throw new InvalidInputError(fn, argument, value, 'must be greater than 0');
  }
}

/**
 * Throws unless `confidence` is a proportion with 0.9 <= confidence < 1 (0.95, 0.998, ...). A value
 * such as 95 gets a message saying to write it as a proportion. 1 is refused because it gives an
 * infinite upper limit.
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
}

/** The two-sided standard normal quantile z = Φ⁻¹(1 − α/2) for confidence level 1 − α. */
export function twoSidedZ(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2, 0, 1);
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
