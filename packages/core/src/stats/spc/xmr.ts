import { InvalidInputError } from '../../errors/index.js';
import { SHIFT_RUN_LENGTH } from './shift.js';
import { assertRunLength, assertSeries, segmentStarts } from './validate-series.js';
import { assertObject, checkOptions } from '../validate-input.js';
import type { XmrLimits } from './xmr-limits.js';
import {
  XMR_FLAG_OUTSIDE_LIMITS,
  XMR_FLAG_SHIFT,
  XMR_FLAG_TREND,
  XMR_FLAG_TREND_INCREASING,
  XMR_FLAG_TWO_OF_THREE,
  xmrColumnsUnchecked,
} from './xmr-columns.js';

/**
 * Segments (or series) shorter than this get a warning: their limits are trial limits
 * (NHSRplotthedots warns below 13 points too).
 *
 * @example
 * XMR_MIN_RECOMMENDED_POINTS; // => 13
 * xmr([1, 2, 1, 2, 1], { improvement: 'increase' }).warnings[0]?.code; // => 'short-segment'
 */
export const XMR_MIN_RECOMMENDED_POINTS = 13;

/**
 * Which direction of change is an improvement; `neither` when no direction is better.
 *
 * @example
 * const direction: ImprovementDirection = 'decrease';
 * xmr([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { improvement: direction }).points[4]?.variation; // => 'special_cause_concern'
 */
export type ImprovementDirection = 'increase' | 'decrease' | 'neither';

/**
 * The special-cause rules, in the order of precedence used to label a point.
 *
 * @example
 * const rule: SpecialCauseRule | undefined = xmr([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { improvement: 'increase' }).points[4]?.specialCause?.rule;
 * rule; // => 'outside-limits'
 */
export type SpecialCauseRule = 'outside-limits' | 'trend' | 'two-of-three' | 'shift';

/**
 * The special cause a point shows: the rule and whether it signals a high or a low.
 *
 * @example
 * const cause: SpecialCause | null | undefined = xmr([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { improvement: 'increase' }).points[4]?.specialCause;
 * cause; // => { rule: 'outside-limits', side: 'high' }
 */
export interface SpecialCause {
  readonly rule: SpecialCauseRule;
  readonly side: 'high' | 'low';
}

/**
 * Per-point variation, spelled as NHSRplotthedots' `point_type`.
 *
 * @example
 * const variation: PointVariation[] = xmr([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { improvement: 'neither' }).points.map((p) => p.variation);
 * variation.slice(3, 6); // => ['common_cause', 'special_cause_neutral_high', 'common_cause']
 */
export type PointVariation =
  | 'common_cause'
  | 'special_cause_improvement'
  | 'special_cause_concern'
  | 'special_cause_neutral_high'
  | 'special_cause_neutral_low';

/**
 * Options of {@link xmr}.
 *
 * @example
 * const options: XmrOptions = { improvement: 'increase', rebaseAt: [9] };
 * xmr([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], options).segments.map((s) => [s.start, s.length]); // => [[0, 9], [9, 9]]
 */
export interface XmrOptions {
  /** Which direction is an improvement: decides improvement/concern (or neutral high/low). */
  readonly improvement: ImprovementDirection;
  /**
   * Indices at which a new segment starts (a change to the process): limits are recomputed from
   * each segment's own points and the rules look within a segment only. Whole numbers, strictly
   * increasing, each between 1 and values.length − 1.
   */
  readonly rebaseAt?: readonly number[];
  /**
   * Compute each segment's limits from its first `baselineLength` points only (NHSRplotthedots
   * `fix_after_n_points`); later points are judged against those fixed limits. A whole number >= 2.
   * Default: every point of the segment.
   */
  readonly baselineLength?: number;
  /** Screen outlying moving ranges (see {@link xmrLimits}); default `false`, as Making Data Count. */
  readonly screenOutliers?: boolean;
  /**
   * Points in a row on one side of the mean that make a shift ({@link pointsInShift}); a whole
   * number >= 2, default 7 (Making Data Count; some NHS tools offer 6). The trend rule keeps 7.
   */
  readonly shiftRunLength?: number;
}

/**
 * One point of an XmR chart with its segment's lines and its classification.
 *
 * @example
 * const point: XmrPoint | undefined = xmr([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { improvement: 'increase' }).points[4];
 * [point?.value, point?.movingRange, point?.variation]; // => [10, 8, 'special_cause_improvement']
 */
export interface XmrPoint {
  readonly index: number;
  readonly value: number;
  /** Index of the segment (0 before the first rebase). */
  readonly segment: number;
  /** |value − previous value| within the segment; `null` for a segment's first point. */
  readonly movingRange: number | null;
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  readonly nearLower: number;
  readonly nearUpper: number;
  /** The special cause the point shows, by precedence outside limits > trend > two of three > shift; `null` for common cause. */
  readonly specialCause: SpecialCause | null;
  /** Every rule that marks the point, in order of precedence (`specialCause` is the first); empty for common cause. */
  readonly causes: readonly SpecialCause[];
  readonly variation: PointVariation;
}

/**
 * One segment (between rebases) of an XmR chart.
 *
 * @example
 * const segment: XmrSegment | undefined = xmr([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { improvement: 'increase', rebaseAt: [9] }).segments[1];
 * [segment?.start, segment?.end, segment?.mean]; // => [9, 18, 1.44]
 */
export interface XmrSegment extends XmrLimits {
  readonly segment: number;
  /** Index of the segment's first point. */
  readonly start: number;
  /** Index one past the segment's last point. */
  readonly end: number;
  /** Number of points in the segment. */
  readonly length: number;
  /** Number of points the limits were computed from. */
  readonly baselineLength: number;
}

/**
 * A warning attached to an XmR result; the chart is still computed.
 *
 * @example
 * const warning: XmrWarning | undefined = xmr([1, 2, 1, 2, 1], { improvement: 'increase' }).warnings[0];
 * warning?.message; // => 'segment 0 has 5 points (fewer than 13): its limits are trial limits and will change as points are added'
 */
export interface XmrWarning {
  readonly code: 'short-segment';
  readonly segment: number;
  readonly length: number;
  readonly message: string;
}

/**
 * The result of {@link xmr}.
 *
 * @example
 * const result: XmrResult = xmr([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { improvement: 'increase' });
 * [result.points.length, result.segments.length, result.improvement, result.warnings]; // => [18, 1, 'increase', []]
 */
export interface XmrResult {
  readonly points: readonly XmrPoint[];
  readonly segments: readonly XmrSegment[];
  readonly improvement: ImprovementDirection;
  readonly warnings: readonly XmrWarning[];
}

/**
 * XmR (individuals) statistical process control chart with the NHS England "Making Data Count"
 * rules, matching NHSRplotthedots `ptd_spc` with `screen_outliers = FALSE` (the Excel tools'
 * behaviour; set `screenOutliers` for the package default).
 *
 * For each segment (the whole series, or the parts between `rebaseAt` indices): centre line =
 * mean, limits = mean ± 2.66 × mean moving range ({@link xmrLimits}, from the first
 * `baselineLength` points if given). Each point is then tested, within its segment, by the
 * special-cause rules, each its own function: {@link pointsOutsideLimits},
 * {@link pointsInTrend} (7 rising or falling), {@link pointsInTwoOfThreeNearLimits} and
 * {@link pointsInShift} (7 on one side of the mean). A point matching several is labelled by the
 * first in that order. With `improvement` the high/low side becomes `special_cause_improvement` or
 * `special_cause_concern`; with `neither`, `special_cause_neutral_high`/`_low`.
 *
 * A segment of fewer than 13 points gets a `short-segment` warning (NHSRplotthedots warns the
 * same): its limits are trial limits.
 *
 * @example
 * // NHSRplotthedots vignette "Deviations from Excel defaults": mean 1.94, limits −3.06 to 6.95.
 * const chart = xmr([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { improvement: 'increase' });
 * [chart.segments[0]?.mean, chart.segments[0]?.lower, chart.segments[0]?.upper]; // => [1.94, -3.06, 6.95]
 * chart.points.filter((p) => p.variation !== 'common_cause').map((p) => [p.index, p.variation]); // => [[4, 'special_cause_improvement']]
 * xmr([1, 2, 3], { improvement: 'up' as never }); // throws InvalidInputError
 *
 * References: NHS England, Making Data Count: Strengthening your decisions (2019/2021); Wheeler DJ,
 * Understanding Variation (1993); NHSRplotthedots (https://github.com/nhs-r-community/NHSRplotthedots),
 * `ptd_spc_standard` and `ptd_calculate_point_type`.
 *
 * @param values - the series in time order, finite numbers; every segment needs at least 2 points.
 * @throws {InvalidInputError} for a value that is not finite, an unknown improvement direction,
 *   bad rebase indices, a segment of fewer than 2 points, a baselineLength that is not a whole number >= 2,
 *   or a shiftRunLength that is not a whole number >= 2.
 */
export function xmr(values: readonly number[], options: XmrOptions): XmrResult {
  const fn = 'xmr';
  assertSeries(fn, values);
  assertObject(fn, 'options', options, "an options object with improvement ('increase', 'decrease' or 'neither')");
  checkOptions(fn, options, ['improvement', 'rebaseAt', 'baselineLength', 'screenOutliers', 'shiftRunLength']);
  const improvement = options.improvement;
  if (improvement !== 'increase' && improvement !== 'decrease' && improvement !== 'neither') {
    throw new InvalidInputError(fn, 'improvement', improvement, "must be 'increase', 'decrease' or 'neither'");
  }
  const { rebaseAt = [], baselineLength, screenOutliers = false, shiftRunLength = SHIFT_RUN_LENGTH } = options;
  if (baselineLength !== undefined && (!Number.isInteger(baselineLength) || baselineLength < 2)) {
    throw new InvalidInputError(fn, 'baselineLength', baselineLength, 'must be a whole number of at least 2');
  }
  if (typeof screenOutliers !== 'boolean') {
    throw new InvalidInputError(fn, 'screenOutliers', screenOutliers, 'must be true or false');
  }
  if (shiftRunLength !== SHIFT_RUN_LENGTH) assertRunLength(fn, shiftRunLength);
  const starts = segmentStarts(fn, 'rebaseAt', values.length, rebaseAt);
  return xmrUnchecked(values, { improvement, starts, baselineLength, screenOutliers, shiftRunLength });
}

/** Internal: the checked plan {@link xmrUnchecked} computes from (segment starts instead of rebase indices). */
export interface XmrPlan {
  readonly improvement: ImprovementDirection;
  /** First index of each segment: 0, then the rebase indices; every segment has at least 2 points. */
  readonly starts: readonly number[];
  readonly baselineLength: number | undefined;
  readonly screenOutliers: boolean;
  readonly shiftRunLength: number;
}

/**
 * Internal: {@link xmr} without the argument checks, for callers that validated their own options
 * once (spcSummary). `values` are finite and `plan` is as {@link XmrPlan} says.
 */
export function xmrUnchecked(values: readonly number[], plan: XmrPlan): XmrResult {
  const { improvement, starts, baselineLength, screenOutliers, shiftRunLength } = plan;
  // One implementation of the limits and rules: the columnar core; this only builds the objects.
  const columns = xmrColumnsUnchecked('xmr', values, starts, { baselineLength, screenOutliers, shiftRunLength });
  const { flags } = columns;
  const points: XmrPoint[] = [];
  const segments: XmrSegment[] = [];
  const warnings: XmrWarning[] = [];
  starts.forEach((start, segment) => {
    const end = columns.start[segment + 1] as number;
    const length = end - start;
    const limits: XmrLimits = {
      mean: columns.mean[segment] as number,
      averageMovingRange: columns.averageMovingRange[segment] as number,
      lower: columns.lower[segment] as number,
      upper: columns.upper[segment] as number,
      nearLower: columns.nearLower[segment] as number,
      nearUpper: columns.nearUpper[segment] as number,
    };
    segments.push({ segment, start, end, length, baselineLength: columns.baselineLength[segment] as number, ...limits });
    if (length < XMR_MIN_RECOMMENDED_POINTS) {
      warnings.push({
        code: 'short-segment',
        segment,
        length,
        message:
          `segment ${segment} has ${length} points (fewer than ${XMR_MIN_RECOMMENDED_POINTS}): ` +
          'its limits are trial limits and will change as points are added',
      });
    }
    for (let index = start; index < end; index += 1) {
      const value = values[index] as number;
      const pointCauses = causesOf(flags[index] as number, value > limits.mean ? 'high' : 'low');
      const specialCause = pointCauses[0] ?? null;
      const movingRange = index === start ? null : Math.abs(value - (values[index - 1] as number));
      points.push({
        index,
        value,
        segment,
        movingRange,
        mean: limits.mean,
        lower: limits.lower,
        upper: limits.upper,
        nearLower: limits.nearLower,
        nearUpper: limits.nearUpper,
        specialCause,
        causes: pointCauses,
        variation: classify(specialCause, improvement),
      });
    }
  });
  return { points, segments, improvement, warnings };
}

const NO_CAUSES: readonly SpecialCause[] = Object.freeze([]);

/** Every rule a point's flag byte marks, in order of precedence; `side` is the point's side of the mean. */
function causesOf(f: number, side: 'high' | 'low'): readonly SpecialCause[] {
  if (f === 0) return NO_CAUSES;
  const found: SpecialCause[] = [];
  if ((f & XMR_FLAG_OUTSIDE_LIMITS) !== 0) found.push({ rule: 'outside-limits', side });
  if ((f & XMR_FLAG_TREND) !== 0) found.push({ rule: 'trend', side: (f & XMR_FLAG_TREND_INCREASING) !== 0 ? 'high' : 'low' });
  if ((f & XMR_FLAG_TWO_OF_THREE) !== 0) found.push({ rule: 'two-of-three', side });
  if ((f & XMR_FLAG_SHIFT) !== 0) found.push({ rule: 'shift', side });
  return found;
}

function classify(cause: SpecialCause | null, improvement: ImprovementDirection): PointVariation {
  if (cause === null) return 'common_cause';
  if (improvement === 'neither') {
    return cause.side === 'high' ? 'special_cause_neutral_high' : 'special_cause_neutral_low';
  }
  const improving = (cause.side === 'high') === (improvement === 'increase');
  return improving ? 'special_cause_improvement' : 'special_cause_concern';
}
