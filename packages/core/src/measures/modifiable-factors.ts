import { DEFAULT_CONFIDENCE } from '../stats/interval-estimate.js';
import { proportionDifferenceWithCI, type ProportionDifferenceWithCI } from '../stats/proportion-difference-with-ci.js';
import { computeProportion, proportionWithCI, type ProportionWithCI } from '../stats/proportion-with-ci.js';
import { assertConfidence, assertNumeratorDenominator, assertPositive, checkOptions } from '../stats/validate-input.js';
import { InvalidInputError } from '../errors/index.js';

/**
 * Deaths reviewed by a Child Death Overview Panel in a year and how many had modifiable factors.
 *
 * @example
 * const year: ModifiableFactorsCount = { withFactors: 27, reviewed: 80 };
 * modifiableFactorsShare(year.withFactors, year.reviewed).value; // => 0.3375
 */
export interface ModifiableFactorsCount {
  /** Reviewed deaths in which the panel identified modifiable factors. */
  readonly withFactors: number;
  /** Deaths whose review was completed in the year. */
  readonly reviewed: number;
}

/**
 * Options of {@link modifiableFactorsShare} and {@link modifiableFactorsChange}.
 *
 * @example
 * const options: ModifiableFactorsOptions = { multiplier: 100 };
 * modifiableFactorsShare(27, 80, options).value; // => 33.75
 */
export interface ModifiableFactorsOptions {
  /** Confidence level, 0.9 <= confidence <= 1 − 1e-9 (default 0.95). */
  readonly confidence?: number;
  /** 1 (default) for proportions, 100 for percentages / percentage points. */
  readonly multiplier?: number;
}

/**
 * Share of reviewed child deaths in which the CDOP identified modifiable factors,
 * `withFactors / reviewed`, with a Wilson score interval ({@link proportionWithCI}).
 *
 * Needs the number of reviews: when a report prints only "27 (34%)", it does not determine it; use
 * {@link denominatorsConsistentWith} to list the denominators the printed figures allow, label them
 * as derived, and do not pick one.
 *
 * Example: `modifiableFactorsShare(27, 80)` → 0.3375, 95% CI 0.2435 to 0.4464.
 *
 * Reference: Wilson EB (1927); Working Together to Safeguard Children / Child Death Review
 * Statutory and Operational Guidance (England) 2018 (definition of modifiable factors).
 *
 * @example
 * const s = modifiableFactorsShare(27, 80);
 * [s.value, s.lower, s.upper]; // => [0.3375, 0.2435, 0.4464]
 * @throws {InvalidInputError} for counts that are not whole numbers, withFactors > reviewed,
 *   reviewed = 0, or a bad confidence or multiplier.
 */
export function modifiableFactorsShare(
  withFactors: number,
  reviewed: number,
  options: ModifiableFactorsOptions = {},
): ProportionWithCI {
  const fn = 'modifiableFactorsShare';
  assertNumeratorDenominator(fn, 'withFactors', withFactors, 'reviewed', reviewed);
  const { confidence = DEFAULT_CONFIDENCE, multiplier = 1 } = checkOptions(fn, options, ['confidence', 'multiplier']);
  assertConfidence(fn, confidence);
  assertPositive(fn, 'options.multiplier', multiplier);
  return computeProportion(fn, withFactors, reviewed, confidence, multiplier);
}

/**
 * Change in the share of reviewed deaths with modifiable factors from the previous year to the
 * current one, current − previous, with Newcombe's hybrid score interval for the difference of
 * two independent proportions ({@link proportionDifferenceWithCI}; Newcombe 1998, method 10).
 * The two years' reviews are treated as independent samples.
 *
 * Example: `modifiableFactorsChange({ withFactors: 27, reviewed: 80 }, { withFactors: 36, reviewed: 80 })`
 * → −0.1125, 95% CI −0.2563 to 0.0383.
 *
 * Reference: Newcombe RG. Statistics in Medicine 1998;17:873-890.
 *
 * @example
 * const d = modifiableFactorsChange({ withFactors: 27, reviewed: 80 }, { withFactors: 36, reviewed: 80 });
 * [d.value, d.lower, d.upper]; // => [-0.1125, -0.2563, 0.0383]
 * @throws {InvalidInputError} for a missing year, counts that are not whole numbers,
 *   withFactors > reviewed, reviewed = 0, or a bad confidence; the error names the year and field
 *   (e.g. `current.reviewed`).
 */
export function modifiableFactorsChange(
  current: ModifiableFactorsCount,
  previous: ModifiableFactorsCount,
  options: ModifiableFactorsOptions = {},
): ProportionDifferenceWithCI {
  const fn = 'modifiableFactorsChange';
  for (const [name, year] of [['current', current], ['previous', previous]] as const) {
    if (year === null || typeof year !== 'object') {
      throw new InvalidInputError(fn, name, year, 'must be an object { withFactors, reviewed }');
    }
    assertNumeratorDenominator(fn, `${name}.withFactors`, year.withFactors, `${name}.reviewed`, year.reviewed);
  }
  const { confidence = DEFAULT_CONFIDENCE, multiplier = 1 } = checkOptions(fn, options, ['confidence', 'multiplier']);
  assertConfidence(fn, confidence);
  assertPositive(fn, 'options.multiplier', multiplier);
  return proportionDifferenceWithCI(current.withFactors, current.reviewed, previous.withFactors, previous.reviewed, { confidence, multiplier });
}
