import { InvalidInputError } from '../errors/index.js';
import { assertFinite } from './validate-input.js';

/**
 * Whether a higher value of an indicator is better, worse, or neither (Fingertips "polarity").
 *
 * @example
 * const polarity: Polarity = 'higher-is-better';
 * compareWithBenchmark((c) => proportionWithCI(90, 100, { confidence: c }), 0.7, { polarity }).judgement; // => 'better'
 */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'no-judgement';

/**
 * A confidence interval: `lower <= upper`.
 *
 * @example
 * const limits: ConfidenceLimits = { lower: 9.2869, upper: 25.5408 };
 * limits.upper - limits.lower > 0; // => true
 */
export interface ConfidenceLimits {
  readonly lower: number;
  readonly upper: number;
}

/**
 * An estimate with its 95% and 99.8% confidence intervals, the two levels Fingertips compares at.
 *
 * @example
 * const estimate: EstimateAtBothLevels = { value: 16, ci95: { lower: 9.3, upper: 25.5 }, ci998: { lower: 6.4, upper: 31.6 } };
 * compareWithBenchmark(estimate, 30, { polarity: 'lower-is-better' }).level; // => 'lower'
 */
export interface EstimateAtBothLevels {
  readonly value: number;
  readonly ci95: ConfidenceLimits;
  readonly ci998: ConfidenceLimits;
}

/**
 * A function that computes the estimate at a given confidence level, e.g.
 * `(confidence) => rateWithCI(17, 106_575, { confidence })`. {@link compareWithBenchmark} calls it
 * with 0.95 and with 0.998.
 *
 * @example
 * const estimate: EstimateAtConfidence = (confidence) => rateWithCI(17, 106_575, { confidence });
 * compareWithBenchmark(estimate, 20, { polarity: 'lower-is-better' }).level; // => 'similar'
 */
export type EstimateAtConfidence = (confidence: number) => {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
};

/**
 * Options of {@link compareWithBenchmark}.
 *
 * @example
 * const options: BenchmarkOptions = { polarity: 'no-judgement' };
 * compareWithBenchmark((c) => rateWithCI(17, 106_575, { confidence: c }), 30, options).judgement; // => 'not-judged'
 */
export interface BenchmarkOptions {
  /** Whether higher values are better; decides `judgement`. */
  readonly polarity: Polarity;
}

/**
 * The estimate relative to the benchmark; `similar` when the difference is not significant at 95%.
 *
 * @example
 * const d: BenchmarkDirection = compareWithBenchmark((c) => rateWithCI(17, 106_575, { confidence: c }), 20, { polarity: 'lower-is-better' }).direction;
 * d; // => 'similar'
 */
export type BenchmarkDirection = 'higher' | 'lower' | 'similar';

/**
 * The strongest level at which the estimate differs from the benchmark.
 *
 * @example
 * const s: BenchmarkSignificance = compareWithBenchmark((c) => rateWithCI(17, 106_575, { confidence: c }), 40, { polarity: 'lower-is-better' }).significance;
 * s; // => '99.8%'
 */
export type BenchmarkSignificance = 'not-significant' | '95%' | '99.8%';

/**
 * Fingertips-style label: the direction, with the stronger level named when beyond 99.8%.
 *
 * @example
 * const level: BenchmarkLevel = compareWithBenchmark((c) => rateWithCI(17, 106_575, { confidence: c }), 40, { polarity: 'lower-is-better' }).level;
 * level; // => 'lower (99.8%)'
 */
export type BenchmarkLevel = 'similar' | 'higher' | 'lower' | 'higher (99.8%)' | 'lower (99.8%)';

/**
 * What the difference means given the polarity; `not-judged` for a difference with no polarity.
 *
 * @example
 * const j: BenchmarkJudgement = compareWithBenchmark((c) => rateWithCI(17, 106_575, { confidence: c }), 5, { polarity: 'lower-is-better' }).judgement;
 * j; // => 'worse'
 */
export type BenchmarkJudgement = 'better' | 'worse' | 'similar' | 'not-judged';

/**
 * The result of {@link compareWithBenchmark}.
 *
 * @example
 * const c: BenchmarkComparison = compareWithBenchmark((level) => rateWithCI(17, 106_575, { confidence: level }), 30, { polarity: 'lower-is-better' });
 * [c.level, c.benchmark, c.estimate.ci95.upper]; // => ['lower', 30, 25.54]
 */
export interface BenchmarkComparison {
  readonly level: BenchmarkLevel;
  readonly direction: BenchmarkDirection;
  readonly judgement: BenchmarkJudgement;
  readonly significance: BenchmarkSignificance;
  /** The benchmark value compared against. */
  readonly benchmark: number;
  /** The estimate with both intervals, as used for the comparison. */
  readonly estimate: EstimateAtBothLevels;
  readonly polarity: Polarity;
}

/**
 * The two confidence levels of the Fingertips comparison.
 *
 * @example
 * BENCHMARK_CONFIDENCE_LEVELS; // => [0.95, 0.998]
 */
export const BENCHMARK_CONFIDENCE_LEVELS = [0.95, 0.998] as const;

/**
 * Compares an area's estimate with a benchmark value (e.g. England) by the Fingertips rule, which
 * asks whether the benchmark value lies inside the area's confidence intervals:
 *
 * - inside the 95% interval (limits included) → `similar` (not significant);
 * - outside the 95% but inside the 99.8% interval → `higher` or `lower` (significant at 95%);
 * - outside the 99.8% interval → `higher (99.8%)` or `lower (99.8%)` (significant at 99.8%).
 *
 * `polarity` turns the direction into a judgement: with `higher-is-better` a higher value is
 * `better`, with `lower-is-better` it is `worse`; with `no-judgement` a significant difference is
 * `not-judged` (Fingertips colours these blue as "higher"/"lower"). A similar value is always `similar`.
 *
 * The estimate is either an object with both intervals or a function computing it at a confidence
 * level, called with 0.95 and 0.998: `compareWithBenchmark((c) => rateWithCI(17, 106_575, { confidence: c }), 30, { polarity: 'lower-is-better' })`
 * → `lower`, significant at 95%, `better`.
 *
 * Reference: Public Health England, Fingertips "Technical Guide: Assessing statistical significance"
 * and "Confidence intervals" (https://fingertips.phe.org.uk/profile/guidance), comparison of an
 * area's value with a benchmark value using the area's 95% and 99.8% confidence intervals.
 *
 * @example
 * const c = compareWithBenchmark((level) => rateWithCI(17, 106_575, { confidence: level }), 30, { polarity: 'lower-is-better' });
 * [c.direction, c.significance, c.judgement]; // => ['lower', '95%', 'better']
 * @throws {InvalidInputError} when a value or limit is not finite, an interval does not contain the
 *   value, the 99.8% interval does not contain the 95% interval, the two levels give different
 *   values, the benchmark is not finite, or the polarity is unknown.
 */
export function compareWithBenchmark(
  estimate: EstimateAtBothLevels | EstimateAtConfidence,
  benchmark: number,
  options: BenchmarkOptions,
): BenchmarkComparison {
  const fn = 'compareWithBenchmark';
  const polarity = options?.polarity;
  if (polarity !== 'higher-is-better' && polarity !== 'lower-is-better' && polarity !== 'no-judgement') {
    throw new InvalidInputError(
      fn,
      'polarity',
      polarity,
      "must be 'higher-is-better', 'lower-is-better' or 'no-judgement'",
    );
  }
  assertFinite(fn, 'benchmark', benchmark);
  const both = typeof estimate === 'function' ? atBothLevels(estimate) : estimate;
  checkEstimate(fn, both);

  const { ci95, ci998 } = both;
  let direction: BenchmarkDirection = 'similar';
  if (benchmark < ci95.lower) direction = 'higher';
  else if (benchmark > ci95.upper) direction = 'lower';

  let significance: BenchmarkSignificance = 'not-significant';
  if (direction !== 'similar') {
    significance = benchmark < ci998.lower || benchmark > ci998.upper ? '99.8%' : '95%';
  }

  const level: BenchmarkLevel =
    direction === 'similar' ? 'similar' : significance === '99.8%' ? `${direction} (99.8%)` : direction;

  let judgement: BenchmarkJudgement = 'similar';
  if (direction !== 'similar') {
    if (polarity === 'no-judgement') judgement = 'not-judged';
    else judgement = (direction === 'higher') === (polarity === 'higher-is-better') ? 'better' : 'worse';
  }

  // A copy of the estimate's own fields, so nothing else the caller's object holds is echoed back.
  const estimateCopy: EstimateAtBothLevels = { value: both.value, ci95: { lower: ci95.lower, upper: ci95.upper }, ci998: { lower: ci998.lower, upper: ci998.upper } };
  return { level, direction, judgement, significance, benchmark, estimate: estimateCopy, polarity };
}

function atBothLevels(compute: EstimateAtConfidence): EstimateAtBothLevels {
  const at95 = compute(0.95);
  const at998 = compute(0.998);
  for (const [level, at] of [['0.95', at95], ['0.998', at998]] as const) {
    if (at === null || typeof at !== 'object') {
      throw new InvalidInputError('compareWithBenchmark', 'estimate', at, `must return { value, lower, upper } (at confidence ${level})`);
    }
    for (const key of ['value', 'lower', 'upper'] as const) assertFinite('compareWithBenchmark', `estimate(${level}).${key}`, at[key]);
  }
  if (at95.value !== at998.value) {
    throw new InvalidInputError(
      'compareWithBenchmark',
      'estimate',
      { at95: at95.value, at998: at998.value },
      'gave different values at 0.95 and 0.998: it must compute the same estimate at both levels',
    );
  }
  return {
    value: at95.value,
    ci95: { lower: at95.lower, upper: at95.upper },
    ci998: { lower: at998.lower, upper: at998.upper },
  };
}

function checkEstimate(fn: string, estimate: EstimateAtBothLevels): void {
  if (estimate === null || typeof estimate !== 'object' || estimate.ci95 === null || typeof estimate.ci95 !== 'object' || estimate.ci998 === null || typeof estimate.ci998 !== 'object') {
    throw new InvalidInputError(fn, 'estimate', estimate, 'must have value, ci95 and ci998, or be a function of the confidence level');
  }
  const { value, ci95, ci998 } = estimate;
  assertFinite(fn, 'estimate.value', value);
  assertFinite(fn, 'estimate.ci95.lower', ci95.lower);
  assertFinite(fn, 'estimate.ci95.upper', ci95.upper);
  assertFinite(fn, 'estimate.ci998.lower', ci998.lower);
  assertFinite(fn, 'estimate.ci998.upper', ci998.upper);
  if (!(ci95.lower <= value && value <= ci95.upper)) {
    throw new InvalidInputError(fn, 'estimate.ci95', ci95, `must contain the value ${value}`);
  }
  if (!(ci998.lower <= ci95.lower && ci95.upper <= ci998.upper)) {
    throw new InvalidInputError(fn, 'estimate.ci998', ci998, `must contain the 95% interval [${ci95.lower}, ${ci95.upper}]`);
  }
}
