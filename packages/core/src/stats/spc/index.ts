// The XmR chart and its limits
export { xmr, XMR_MIN_RECOMMENDED_POINTS } from './xmr.js';
export type {
  ImprovementDirection,
  PointVariation,
  SpecialCause,
  SpecialCauseRule,
  XmrOptions,
  XmrPoint,
  XmrResult,
  XmrSegment,
  XmrWarning,
} from './xmr.js';
export {
  xmrColumns,
  xmrPanel,
  XMR_FLAG_OUTSIDE_LIMITS,
  XMR_FLAG_SHIFT,
  XMR_FLAG_TREND,
  XMR_FLAG_TREND_INCREASING,
  XMR_FLAG_TWO_OF_THREE,
} from './xmr-columns.js';
export type { XmrColumnOptions, XmrColumns, XmrPanelOptions } from './xmr-columns.js';
export {
  xmrLimits,
  XMR_LIMIT_FACTOR,
  XMR_NEAR_LIMIT_FACTOR,
  XMR_OUTLIER_SCREEN_FACTOR,
} from './xmr-limits.js';
export type { XmrLimitOptions, XmrLimits } from './xmr-limits.js';
// The special-cause rules, one predicate each
export { pointsOutsideLimits } from './outside-limits.js';
export { pointsInShift, SHIFT_RUN_LENGTH } from './shift.js';
export { pointsInTrend, TREND_RUN_LENGTH } from './trend.js';
export type { TrendDirection } from './trend.js';
export { pointsInTwoOfThreeNearLimits } from './two-of-three-near-limits.js';
export type { NearLimitLines } from './two-of-three-near-limits.js';
// Making Data Count summaries: variation and assurance classes
export { variationClass } from './variation-class.js';
export type { SpcImprovement, VariationClass, VariationOfPoint } from './variation-class.js';
export { assuranceClass } from './assurance-class.js';
export type { AssuranceClass } from './assurance-class.js';
export { spcSummary, SPC_MIN_BASELINE } from './spc-summary.js';
export type { SpcPoint, SpcRunLength, SpcSignal, SpcSummary, SpcSummaryOptions, SpcWarning } from './spc-summary.js';
// Which indicators a QA subgroup should look at
export { escalationCandidates } from './escalation-candidates.js';
export type { EscalationCandidate, EscalationIndicator, EscalationOptions, EscalationTrigger } from './escalation-candidates.js';
