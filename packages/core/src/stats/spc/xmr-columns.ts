import { InvalidInputError } from '../../errors/index.js';
import { assertFiniteNumber, checkOptions } from '../validate-input.js';
import { SHIFT_RUN_LENGTH } from './shift.js';
import { TREND_RUN_LENGTH } from './trend.js';
import { assertRunLength, segmentStarts } from './validate-series.js';
import { computeXmrLimits, XMR_LIMIT_FACTOR, XMR_NEAR_LIMIT_FACTOR, XMR_OUTLIER_SCREEN_FACTOR } from './xmr-limits.js';

/**
 * Flag bit of {@link XmrColumns.flags}: the point is outside the process limits.
 *
 * @example
 * xmrColumns([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]).flags[4] & XMR_FLAG_OUTSIDE_LIMITS; // => 1
 */
export const XMR_FLAG_OUTSIDE_LIMITS = 1;
/**
 * Flag bit: the point is one of 7 or more rising (or falling) in a row.
 *
 * @example
 * xmrColumns([1, 2, 3, 4, 5, 6, 7, 3, 3, 3]).flags[0] & XMR_FLAG_TREND; // => 2
 */
export const XMR_FLAG_TREND = 2;
/**
 * Flag bit: the point is near a limit in a run where 2 of 3 are near it, on one side.
 *
 * @example
 * XMR_FLAG_TWO_OF_THREE; // => 4
 */
export const XMR_FLAG_TWO_OF_THREE = 4;
/**
 * Flag bit: the point is one of `shiftRunLength` or more on one side of the mean.
 *
 * @example
 * xmrColumns([1, 1, 1, 1, 1, 1, 1, 9, 9, 9]).flags[0] & XMR_FLAG_SHIFT; // => 8
 */
export const XMR_FLAG_SHIFT = 8;
/**
 * Flag bit: set with {@link XMR_FLAG_TREND} when the trend is increasing (a high); clear when decreasing.
 *
 * @example
 * xmrColumns([1, 2, 3, 4, 5, 6, 7, 3, 3, 3]).flags[0] & XMR_FLAG_TREND_INCREASING; // => 16
 */
export const XMR_FLAG_TREND_INCREASING = 16;

// Scratch bits used between passes, cleared before returning.
const SHIFT_END = 32;
const TREND_END = 64;
const NEAR = 128;

/**
 * Options of {@link xmrColumns}: those of `xmr` that change the limits or the rules.
 *
 * @example
 * const options: XmrColumnOptions = { rebaseAt: [9], shiftRunLength: 6 };
 * xmrColumns([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], options).mean.length; // => 2
 */
export interface XmrColumnOptions {
  /** Indices at which a new segment starts, as `xmr`'s `rebaseAt`. */
  readonly rebaseAt?: readonly number[];
  /** Limits from each segment's first `baselineLength` points, as `xmr`. A whole number >= 2. */
  readonly baselineLength?: number;
  /** Screen outlying moving ranges, as `xmr`; default `false`. */
  readonly screenOutliers?: boolean;
  /** Points in a row on one side of the mean that make a shift, as `xmr`; default 7. */
  readonly shiftRunLength?: number;
}

/**
 * Options of {@link xmrPanel}: as {@link XmrColumnOptions} without `rebaseAt` (each series is one segment).
 *
 * @example
 * const options: XmrPanelOptions = { baselineLength: 12 };
 * xmrPanel(new Float64Array([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]), 18, options).baselineLength[0]; // => 12
 */
export type XmrPanelOptions = Omit<XmrColumnOptions, 'rebaseAt'>;

/**
 * The columnar result of {@link xmrColumns} and {@link xmrPanel}: one entry per segment (or series), one flag byte per point.
 *
 * @example
 * const chart: XmrColumns = xmrColumns([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);
 * chart.flags.length; // => 18
 */
export interface XmrColumns {
  /** First index of each segment (series), then the number of points: segment k is `start[k]` to `start[k + 1]`. */
  readonly start: Int32Array;
  /** Points each segment's limits were computed from. */
  readonly baselineLength: Int32Array;
  readonly mean: Float64Array;
  readonly averageMovingRange: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly nearLower: Float64Array;
  readonly nearUpper: Float64Array;
  /** Per point, the rules that mark it: OR of the `XMR_FLAG_*` bits; 0 for common cause. */
  readonly flags: Uint8Array;
}

type Series = Float64Array | readonly number[];

function assertColumnSeries(fn: string, values: unknown): asserts values is Series {
  if (!(values instanceof Float64Array) && !Array.isArray(values)) {
    throw new InvalidInputError(fn, 'values', values, 'must be a Float64Array or an array of finite numbers');
  }
  const series = values as ArrayLike<unknown>;
  for (let i = 0; i < series.length; i += 1) {
    const v = series[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) assertFiniteNumber(fn, `values[${i}]`, v);
  }
}

interface Plan {
  readonly baselineLength: number | undefined;
  readonly screenOutliers: boolean;
  readonly shiftRunLength: number;
}

function checkPlan(fn: string, options: XmrPanelOptions): Plan {
  const { baselineLength, screenOutliers = false, shiftRunLength = SHIFT_RUN_LENGTH } = options;
  if (baselineLength !== undefined && (!Number.isInteger(baselineLength) || baselineLength < 2)) {
    throw new InvalidInputError(fn, 'baselineLength', baselineLength, 'must be a whole number of at least 2');
  }
  if (typeof screenOutliers !== 'boolean') {
    throw new InvalidInputError(fn, 'screenOutliers', screenOutliers, 'must be true or false');
  }
  if (shiftRunLength !== SHIFT_RUN_LENGTH) assertRunLength(fn, shiftRunLength);
  return { baselineLength, screenOutliers, shiftRunLength };
}

/**
 * XmR limits and the four Making Data Count rules of `xmr`, as typed arrays: no object per point.
 * Each segment (the whole series, or the parts between `rebaseAt` indices) gets its mean, average
 * moving range and limits (`xmrLimits`: mean ± 2.66 × mean moving range); each point a flag byte
 * with the `XMR_FLAG_*` bits of the rules that mark it (outside limits, trend of 7, two of three
 * near a limit, shift of `shiftRunLength`), exactly as `xmr` finds them (`xmr` is built on this).
 * The side of a cause is `value > mean` (high) except a trend's, which is {@link XMR_FLAG_TREND_INCREASING}.
 *
 * References: NHS England, Making Data Count (2019/2021); NHSRplotthedots `ptd_spc_standard`.
 *
 * @example
 * const chart = xmrColumns([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);
 * chart.mean[0]; // => 1.94
 * chart.upper[0]; // => 6.95
 * chart.flags[4] === XMR_FLAG_OUTSIDE_LIMITS; // => true
 * chart.flags.filter((f) => f !== 0).length; // => 1
 *
 * @param values - the series in time order, finite numbers; every segment needs at least 2 points.
 * @throws {InvalidInputError} as `xmr`: a value that is not finite, bad rebase indices, a segment of
 *   fewer than 2 points, a bad baselineLength or shiftRunLength, values so far apart that a limit overflows.
 */
export function xmrColumns(values: Series, options: XmrColumnOptions = {}): XmrColumns {
  const fn = 'xmrColumns';
  assertColumnSeries(fn, values);
  checkOptions(fn, options, ['rebaseAt', 'baselineLength', 'screenOutliers', 'shiftRunLength']);
  const plan = checkPlan(fn, options);
  const starts = segmentStarts(fn, 'rebaseAt', values.length, options.rebaseAt ?? []);
  if (values.length < 2) throw new InvalidInputError(fn, 'values', values, 'must hold at least two values (one moving range)');
  return xmrColumnsUnchecked(fn, values, starts, plan);
}

/**
 * {@link xmrColumns} for a panel of equal-length series laid end to end in one Float64Array
 * (series k is `values[k × seriesLength]` up to `values[(k + 1) × seriesLength]`): one segment per
 * series, one call and one set of typed arrays for the whole panel.
 *
 * @example
 * const panel = xmrPanel(new Float64Array([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, ...new Array(18).fill(5)]), 18);
 * panel.mean.length; // => 2
 * panel.upper[0]; // => 6.95
 * panel.flags[4] === XMR_FLAG_OUTSIDE_LIMITS; // => true
 *
 * @param values - every series' values in time order, series after series; finite numbers.
 * @param seriesLength - points in each series, a whole number >= 2 dividing `values.length`.
 * @throws {InvalidInputError} as {@link xmrColumns}, and for a seriesLength that is not a whole
 *   number >= 2 or does not divide the number of values.
 */
export function xmrPanel(values: Float64Array, seriesLength: number, options: XmrPanelOptions = {}): XmrColumns {
  const fn = 'xmrPanel';
  if (!(values instanceof Float64Array)) throw new InvalidInputError(fn, 'values', values, 'must be a Float64Array');
  assertColumnSeries(fn, values);
  if (typeof seriesLength !== 'number' || !Number.isInteger(seriesLength) || seriesLength < 2) {
    throw new InvalidInputError(fn, 'seriesLength', seriesLength, 'must be a whole number of at least 2');
  }
  if (values.length === 0 || values.length % seriesLength !== 0) {
    throw new InvalidInputError(fn, 'values', values, `must hold a positive whole number of series of ${seriesLength} points`);
  }
  checkOptions(fn, options, ['baselineLength', 'screenOutliers', 'shiftRunLength']);
  const plan = checkPlan(fn, options);
  const count = values.length / seriesLength;
  const starts = new Int32Array(count);
  for (let k = 0; k < count; k += 1) starts[k] = k * seriesLength;
  return xmrColumnsUnchecked(fn, values, starts, plan);
}

/** Compensated (Kahan-Babuska) sum of x[from..to), exactly as simple-statistics' `sum`. */
function sumRange(x: ArrayLike<number>, from: number, to: number): number {
  if (to <= from) return 0;
  let sum = x[from] as number;
  let correction = 0;
  for (let i = from + 1; i < to; i += 1) {
    const v = x[i] as number;
    const t = sum + v;
    correction += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + correction;
}

/** Compensated sum of the moving ranges |x[i] − x[i−1]| for i in (from, to) (only those below `cutoff` if given), as simple-statistics' `sum` of them. */
function rangeSum(x: ArrayLike<number>, from: number, to: number, cutoff: number | undefined): { sum: number; count: number } {
  let sum = 0;
  let correction = 0;
  let count = 0;
  for (let i = from + 1; i < to; i += 1) {
    const v = Math.abs((x[i] as number) - (x[i - 1] as number));
    if (cutoff !== undefined && !(v < cutoff)) continue;
    if (count === 0) sum = v;
    else {
      const t = sum + v;
      correction += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
      sum = t;
    }
    count += 1;
  }
  return { sum: sum + correction, count };
}

const sign = (d: number): number => (d > 0 ? 1 : d < 0 ? -1 : 0);

/**
 * Internal: the columnar XmR core for checked values and segment starts (every segment >= 2
 * points). `fn` names the caller in errors. `xmr`, {@link xmrColumns} and {@link xmrPanel} run this.
 */
export function xmrColumnsUnchecked(fn: string, x: Series, starts: ArrayLike<number>, plan: Plan): XmrColumns {
  const n = x.length;
  const segments = starts.length;
  const start = new Int32Array(segments + 1);
  const baselines = new Int32Array(segments);
  const means = new Float64Array(segments);
  const amrs = new Float64Array(segments);
  const lowers = new Float64Array(segments);
  const uppers = new Float64Array(segments);
  const nearLowers = new Float64Array(segments);
  const nearUppers = new Float64Array(segments);
  const flags = new Uint8Array(n);
  // Before the loop: a store first reached after a long loop deoptimises the loop's optimised code.
  start[segments] = n;
  const out: XmrColumns = { start, baselineLength: baselines, mean: means, averageMovingRange: amrs, lower: lowers, upper: uppers, nearLower: nearLowers, nearUpper: nearUppers, flags };
  // One call per segment, not one long loop: each gets optimised code without on-stack replacement.
  for (let k = 0; k < segments; k += 1) {
    const s = starts[k] as number;
    fillSegment(fn, x, k, s, k + 1 < segments ? (starts[k + 1] as number) : n, plan, out);
  }
  return out;
}

/** Limits and rule flags of the segment x[s..e), segment number k, into `out`. */
function fillSegment(fn: string, x: Series, k: number, s: number, e: number, plan: Plan, out: XmrColumns): void {
  const { baselineLength, screenOutliers, shiftRunLength } = plan;
  const flags = out.flags;
  const trendRun = TREND_RUN_LENGTH;
  out.start[k] = s;
  const length = e - s;
  const baseline = Math.min(baselineLength ?? length, length);
  const b = s + baseline;
  // Limits, as computeXmrLimits (simple-statistics' mean of the values and of the moving ranges).
  const mean = sumRange(x, s, b) / baseline;
  let ranges = rangeSum(x, s, b, undefined);
  let amr = ranges.sum / ranges.count;
  if (screenOutliers && amr > 0) {
    ranges = rangeSum(x, s, b, XMR_OUTLIER_SCREEN_FACTOR * amr);
    amr = ranges.sum / ranges.count;
  }
  const spread = XMR_LIMIT_FACTOR * amr;
  const nearSpread = XMR_NEAR_LIMIT_FACTOR * amr;
  const lower = mean - spread;
  const upper = mean + spread;
  const nearLower = mean - nearSpread;
  const nearUpper = mean + nearSpread;
  if (!Number.isFinite(mean) || !Number.isFinite(amr) || !Number.isFinite(lower) || !Number.isFinite(upper) || !Number.isFinite(nearLower) || !Number.isFinite(nearUpper)) {
    // The reference implementation names the overflowing line; let it throw its own error.
    computeXmrLimits(fn, Array.from(x.slice(s, b) as ArrayLike<number>), screenOutliers);
    throw new InvalidInputError(fn, 'values', x, 'are so far apart that a limit overflows a double');
  }
  out.baselineLength[k] = baseline;
  out.mean[k] = mean;
  out.averageMovingRange[k] = amr;
  out.lower[k] = lower;
  out.upper[k] = upper;
  out.nearLower[k] = nearLower;
  out.nearUpper[k] = nearUpper;

  // Pass 1, forward: outside limits, near a limit, and where shift and trend runs end (as
  // shiftUnchecked and trendUnchecked count streaks).
  let shiftStreak = 0;
  let trendStreak = 0;
  let previousSide = 0;
  let previousStep = 0;
  for (let i = s; i < e; i += 1) {
    const v = x[i] as number;
    let f = 0;
    if (v > upper || v < lower) f = XMR_FLAG_OUTSIDE_LIMITS;
    else if (v < nearLower || v > nearUpper) f = NEAR;
    const side = sign(v - mean);
    shiftStreak = side !== 0 && i > s && previousSide === side ? shiftStreak + 1 : side !== 0 ? 1 : 0;
    previousSide = side;
    if (shiftStreak >= shiftRunLength) f |= SHIFT_END;
    if (i > s) {
      const d = v - (x[i - 1] as number);
      if (d === Infinity || d === -Infinity) {
        throw new InvalidInputError(fn, `values[${i}]`, v, 'is so far from the value before it that their moving range overflows a double');
      }
      const step = sign(d);
      trendStreak = step !== 0 && i > s + 1 && previousStep === step ? trendStreak + 1 : step !== 0 ? 1 : 0;
      previousStep = step;
      if (trendStreak >= trendRun - 1) f |= TREND_END;
    }
    flags[i] = f;
  }

  // Pass 2, backward: run members (as markRunMembers) and a trend's direction (as trendUnchecked).
  let nextShiftEnd = Infinity;
  let nextTrendEnd = Infinity;
  let nextInTrend = false;
  // Values are read on every iteration (no load only on a rare branch, which would deoptimise).
  let after = 0;
  for (let j = e - 1; j >= s; j -= 1) {
    const v = x[j] as number;
    const before = x[j > s ? j - 1 : j] as number;
    let f = flags[j] as number;
    if ((f & SHIFT_END) !== 0) nextShiftEnd = j;
    if ((f & TREND_END) !== 0) nextTrendEnd = j;
    if (nextShiftEnd - j < shiftRunLength) f |= XMR_FLAG_SHIFT;
    const inTrend = nextTrendEnd - j < trendRun;
    if (inTrend) {
      const direction = nextInTrend ? sign(after - v) : j > s ? sign(v - before) : 0;
      f |= direction === 1 ? XMR_FLAG_TREND | XMR_FLAG_TREND_INCREASING : XMR_FLAG_TREND;
    }
    nextInTrend = inTrend;
    after = v;
    flags[j] = f;
  }

  // Pass 3, forward: two of three near a limit (as twoOfThreeUnchecked: a near point in a window
  // of 3, within the segment, with at least 2 near and all 3 on one side), with the near flags and
  // sides of points i, i + 1, i + 2 held in registers; clears the scratch bits.
  let near0 = ((flags[s] as number) & NEAR) !== 0 ? 1 : 0;
  let side0 = sign((x[s] as number) - mean);
  let near1 = ((flags[s + 1] as number) & NEAR) !== 0 ? 1 : 0;
  let side1 = sign((x[s + 1] as number) - mean);
  let near2 = s + 2 < e && ((flags[s + 2] as number) & NEAR) !== 0 ? 1 : 0;
  let side2 = s + 2 < e ? sign((x[s + 2] as number) - mean) : 0;
  let windowBefore2 = false;
  let windowBefore1 = false;
  for (let i = s; i < e; i += 1) {
    const windowHere = near0 + near1 + near2 >= 2 && Math.abs(side0 + side1 + side2) === 3;
    let f = (flags[i] as number) & 31;
    if (near0 === 1 && (windowBefore2 || windowBefore1 || windowHere)) f |= XMR_FLAG_TWO_OF_THREE;
    flags[i] = f;
    windowBefore2 = windowBefore1;
    windowBefore1 = windowHere;
    near0 = near1;
    side0 = side1;
    near1 = near2;
    side1 = side2;
    const k = i + 3;
    if (k < e) {
      near2 = ((flags[k] as number) & NEAR) !== 0 ? 1 : 0;
      side2 = sign((x[k] as number) - mean);
    } else {
      near2 = 0;
      side2 = 0;
    }
  }
}
