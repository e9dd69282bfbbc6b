import { InvalidInputError } from '../../errors/index.js';
import { assertFiniteNumber, checkOptions } from '../validate-input.js';
import { SHIFT_RUN_LENGTH } from './shift.js';
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
  if (values instanceof Float64Array && allFinite(values)) return;
  const series = values as ArrayLike<unknown>;
  for (let i = 0; i < series.length; i += 1) {
    const v = series[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) assertFiniteNumber(fn, `values[${i}]`, v);
  }
}

/** Whether every value is finite: v − v is 0 for a finite v, NaN for ±Infinity and NaN. */
function allFinite(x: Float64Array): boolean {
  const n = x.length;
  // The n mod 4 first values one by one, then four at a time (a sum of zeros is 0, and NaN if any
  // term is). This order, not the remainder last: code optimised while in the long loop would meet
  // a loop it has never seen run, and give up its optimised code on every call.
  const head = n % 4;
  for (let i = 0; i < head; i += 1) {
    const v = x[i] as number;
    if (v - v !== 0) return false;
  }
  for (let i = head; i < n; i += 4) {
    const a = x[i] as number;
    const b = x[i + 1] as number;
    const c = x[i + 2] as number;
    const d = x[i + 3] as number;
    if (a - a + (b - b) + (c - c) + (d - d) !== 0) return false;
  }
  return true;
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

/**
 * Internal: the columnar XmR core for checked values and segment starts (every segment >= 2
 * points). `fn` names the caller in errors. `xmr`, {@link xmrColumns} and {@link xmrPanel} run this.
 */
export function xmrColumnsUnchecked(fn: string, values: Series, starts: ArrayLike<number>, plan: Plan): XmrColumns {
  // One element kind in the loops (monomorphic loads, whoever calls): a Float64Array holds the same doubles.
  const x = values instanceof Float64Array ? values : new Float64Array(values);
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
  let longest = 0;
  for (let k = 0; k < segments; k += 1) {
    const s = starts[k] as number;
    const e = k + 1 < segments ? (starts[k + 1] as number) : n;
    start[k] = s;
    if (e - s > longest) longest = e - s;
  }
  const out: XmrColumns = { start, baselineLength: baselines, mean: means, averageMovingRange: amrs, lower: lowers, upper: uppers, nearLower: nearLowers, nearUpper: nearUppers, flags };
  const baselineLength = plan.baselineLength ?? 0;
  const screenOutliers = plan.screenOutliers;
  const shiftRunLength = plan.shiftRunLength;
  // Where shift and trend runs reach their length, per segment (reused): their earlier members are marked after the pass.
  const shiftEnds = new Int32Array(longest);
  const trendEnds = new Int32Array(longest);
  // One segment's mean, average moving range, lower, upper, nearLower and nearUpper, between the two steps
  // (a typed array, not the result object: the steps then depend on no object's shape).
  const line = new Float64Array(6);
  // One call per segment, not one long loop: each gets optimised code without on-stack replacement.
  for (let k = 0; k < segments; k += 1) {
    const s = start[k] as number;
    const e = start[k + 1] as number;
    const length = e - s;
    const baseline = baselineLength === 0 || baselineLength > length ? length : baselineLength;
    baselines[k] = baseline;
    segmentLimits(fn, values, x, s, s + baseline, screenOutliers, line);
    means[k] = line[0] as number;
    amrs[k] = line[1] as number;
    lowers[k] = line[2] as number;
    uppers[k] = line[3] as number;
    nearLowers[k] = line[4] as number;
    nearUppers[k] = line[5] as number;
    // The baseline's moving ranges are finite (else its average is not and segmentLimits threw).
    if (baseline < length) assertRangesFinite(fn, x, s + baseline, e);
    segmentRules(x, s, e, shiftRunLength, line, flags, shiftEnds, trendEnds);
  }
  return out;
}

/** Throws when a moving range |x[i] − x[i − 1]|, i in [from, to), overflows a double. */
function assertRangesFinite(fn: string, x: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i += 1) {
    const v = x[i] as number;
    if (Math.abs(v - (x[i - 1] as number)) === Infinity) {
      throw new InvalidInputError(fn, `values[${i}]`, v, 'is so far from the value before it that their moving range overflows a double');
    }
  }
}

/**
 * Limits of a segment from its baseline x[s..b) (b >= s + 2) into `line` (as {@link xmrColumnsUnchecked} says): simple-statistics' `mean`
 * of the values and of the moving ranges, bit for bit as `computeXmrLimits` (the same compensated
 * Kahan-Babuska sums, in the same order; the two sums share one loop).
 */
function segmentLimits(fn: string, values: Series, x: Float64Array, from: number, to: number, screenOutliers: boolean, line: Float64Array): void {
  const s = from | 0;
  const b = to | 0;
  let previous = x[s] as number;
  let sum = previous;
  let correction = 0;
  let current = x[s + 1] as number;
  let ranges = Math.abs(current - previous);
  let rangeCorrection = 0;
  {
    const t = sum + current;
    correction += Math.abs(sum) >= Math.abs(current) ? sum - t + current : current - t + sum;
    sum = t;
  }
  for (let i = s + 2; i < b; i += 1) {
    previous = current;
    current = x[i] as number;
    const t = sum + current;
    correction += Math.abs(sum) >= Math.abs(current) ? sum - t + current : current - t + sum;
    sum = t;
    const r = Math.abs(current - previous);
    const u = ranges + r;
    rangeCorrection += Math.abs(ranges) >= r ? ranges - u + r : r - u + ranges;
    ranges = u;
  }
  const baseline = b - s;
  const mean = (sum + correction) / baseline;
  let amr = (ranges + rangeCorrection) / (baseline - 1);
  if (screenOutliers && amr > 0) amr = screenedAverage(x, s, b, XMR_OUTLIER_SCREEN_FACTOR * amr);
  const spread = XMR_LIMIT_FACTOR * amr;
  const nearSpread = XMR_NEAR_LIMIT_FACTOR * amr;
  const lower = mean - spread;
  const upper = mean + spread;
  const nearLower = mean - nearSpread;
  const nearUpper = mean + nearSpread;
  if (!Number.isFinite(mean) || !Number.isFinite(amr) || !Number.isFinite(lower) || !Number.isFinite(upper) || !Number.isFinite(nearLower) || !Number.isFinite(nearUpper)) {
    // The reference implementation names the overflowing line; let it throw its own error.
    computeXmrLimits(fn, Array.from(x.subarray(s, b)), screenOutliers);
    throw new InvalidInputError(fn, 'values', values, 'are so far apart that a limit overflows a double');
  }
  line[0] = mean;
  line[1] = amr;
  line[2] = lower;
  line[3] = upper;
  line[4] = nearLower;
  line[5] = nearUpper;
}

/** Mean of the moving ranges of x[s..b) below `cutoff` (there is at least one), as simple-statistics' `mean` of them. */
function screenedAverage(x: Float64Array, s: number, b: number, cutoff: number): number {
  let sum = 0;
  let correction = 0;
  let count = 0;
  for (let i = s + 1; i < b; i += 1) {
    const v = Math.abs((x[i] as number) - (x[i - 1] as number));
    if (!(v < cutoff)) continue;
    if (count === 0) sum = v;
    else {
      const t = sum + v;
      correction += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
      sum = t;
    }
    count += 1;
  }
  return (sum + correction) / count;
}

/**
 * The four rules over the segment x[from..to), with its lines from `line`, into `flags` (zero on
 * entry): one forward pass keeping a streak or a few bits per rule, with 0/1 comparisons instead of
 * branches on the data, then the earlier members of each run that reached its length. The same
 * marks as the predicates (`pointsOutsideLimits`, `pointsInTrend`, `pointsInTwoOfThreeNearLimits`,
 * `pointsInShift`):
 * - outside: `v > upper || v < lower`; near (two of three): not outside and `v < nearLower || v > nearUpper`;
 * - shift: `shiftRunLength` points in a row on one side of the mean (v ≠ mean) mark them all, a longer run each point after;
 * - trend: 6 steps in a row of one sign mark their 7 points; a point's direction is the step to the
 *   next point when that point is in a trend too, otherwise the step from the previous point;
 * - two of three: each window of 3 points on one side (a side streak of 3 or more) with at least 2
 *   near marks its near points.
 *
 * The hot loop holds no call and no inner loop (either makes the optimiser re-check the arrays on
 * every point), reads the lines as untagged doubles from typed arrays and uses local constants
 * (an imported binding is re-read and checked on every use).
 */
function segmentRules(x: Float64Array, from: number, to: number, run: number, line: Float64Array, flags: Uint8Array, shiftEnds: Int32Array, trendEnds: Int32Array): void {
  const TREND = 2;
  const SHIFT = 8;
  const INCREASING = 16;
  const TREND_STEPS = 6; // TREND_RUN_LENGTH (7) points make a trend: 6 steps
  const s = from | 0;
  const e = to | 0;
  const shiftRun = run | 0;
  const mean = line[0] as number;
  const lower = line[2] as number;
  const upper = line[3] as number;
  const nearLower = line[4] as number;
  const nearUpper = line[5] as number;
  let previousSide = 0;
  let sideStreak = 0;
  let previousStep = 0;
  let stepStreak = 0;
  // Near bits of the last 3 points (bit 0: this point).
  let nearBits = 0;
  let shiftCount = 0;
  let trendCount = 0;
  let previous = x[s] as number;
  for (let i = s; i < e; i += 1) {
    const v = x[i] as number;
    const outside = +(v > upper) | +(v < lower);
    const near = (+(v < nearLower) | +(v > nearUpper)) & (outside ^ 1);
    // Streaks: +1 when the side (step) is that of the point before, else 1; 0 on the mean (a zero step).
    const side = +(v > mean) - +(v < mean);
    sideStreak = ((sideStreak & -+(side === previousSide)) + 1) & -(side & 1);
    previousSide = side;
    let f = outside | (+(sideStreak >= shiftRun) << 3);
    if (sideStreak === shiftRun) {
      shiftEnds[shiftCount] = i;
      shiftCount += 1;
    }
    const d = v - previous;
    previous = v;
    const up = +(d > 0);
    const step = up - +(d < 0);
    stepStreak = ((stepStreak & -+(step === previousStep)) + 1) & -(step & 1);
    previousStep = step;
    if (stepStreak >= TREND_STEPS) {
      f |= TREND | (up << 4);
      if (stepStreak === TREND_STEPS) {
        trendEnds[trendCount] = i;
        trendCount += 1;
      }
    }
    nearBits = ((nearBits << 1) | near) & 7;
    // 0xe8 has bits 3, 5, 6 and 7: the patterns with 2 or 3 of the 3 points near.
    if (((0xe8 >> nearBits) & 1) !== 0 && sideStreak >= 3) {
      if ((nearBits & 4) !== 0) flags[i - 2] = (flags[i - 2] as number) | 4;
      if ((nearBits & 2) !== 0) flags[i - 1] = (flags[i - 1] as number) | 4;
      f |= near << 2;
    }
    flags[i] = f;
  }
  // The earlier members of each shift.
  for (let q = 0; q < shiftCount; q += 1) {
    const end = shiftEnds[q] as number;
    for (let j = end - shiftRun + 1; j < end; j += 1) flags[j] = (flags[j] as number) | SHIFT;
  }
  // The earlier members of each trend, in order: they go the trend's way (their next point is a
  // member), the first one included even when it ended another trend (a peak takes the step after
  // it); a member just before the first one now takes its step to the first one.
  for (let q = 0; q < trendCount; q += 1) {
    const end = trendEnds[q] as number;
    const trend = (flags[end] as number) & (TREND | INCREASING);
    const first = end - TREND_STEPS;
    for (let j = first; j < end; j += 1) flags[j] = ((flags[j] as number) & ~INCREASING) | trend;
    const before = first - 1;
    if (before >= s && ((flags[before] as number) & TREND) !== 0) {
      const f = (flags[before] as number) & ~INCREASING;
      flags[before] = (x[first] as number) > (x[before] as number) ? f | INCREASING : f;
    }
  }
}
