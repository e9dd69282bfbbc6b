export type { IntervalEstimate } from './interval-estimate.js';
export { DEFAULT_CONFIDENCE } from './interval-estimate.js';
export { confidenceLevelLabel } from './confidence-level-label.js';
export type { CountInterval } from './count-interval.js';
export { exactPoissonInterval } from './exact-poisson-interval.js';
export { byarsInterval } from './byars-interval.js';
export { rateWithCI, BYARS_MIN_COUNT } from './rate-with-ci.js';
export { rateCIMethodLabel } from './rate-ci-method-label.js';
export type { RateCIMethod, RateOptions, RateWithCI } from './rate-with-ci.js';
export { wilsonInterval } from './wilson-interval.js';
export { proportionWithCI } from './proportion-with-ci.js';
export type { ProportionOptions, ProportionWithCI } from './proportion-with-ci.js';
export { proportionDifferenceWithCI } from './proportion-difference-with-ci.js';
export type { ProportionDifferenceOptions, ProportionDifferenceWithCI } from './proportion-difference-with-ci.js';
export { compareWithBenchmark, BENCHMARK_CONFIDENCE_LEVELS } from './compare-with-benchmark.js';
export type {
  BenchmarkComparison,
  BenchmarkDirection,
  BenchmarkJudgement,
  BenchmarkLevel,
  BenchmarkOptions,
  BenchmarkSignificance,
  ConfidenceLimits,
  EstimateAtBothLevels,
  EstimateAtConfidence,
  Polarity,
} from './compare-with-benchmark.js';
export * from './spc/index.js';
