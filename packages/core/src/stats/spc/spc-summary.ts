import { InvalidInputError } from '../../errors/index.js';
import { assertArray, assertFiniteNumber } from '../validate-input.js';
import { assuranceClassUnchecked, type AssuranceClass } from './assurance-class.js';
import { SHIFT_RUN_LENGTH } from './shift.js';
import { segmentStarts } from './validate-series.js';
import { assertImprovement, variationClassUnchecked, type SpcImprovement, type VariationClass } from './variation-class.js';
import { xmrUnchecked, type SpecialCause, type SpecialCauseRule, type XmrPoint, type XmrSegment } from './xmr.js';

/**
 * Fewest baseline points NHSRplotthedots accepts for `fix_after_n_points` (R/ptd_spc_options.R); fewer gets a warning here.
 *
 * @example
 * SPC_MIN_BASELINE;
 * // => 12
 * spcSummary([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2], { improvement: 'increase', baseline: 6 }).warnings.map((w) => w.code);
 * // => ['short-baseline']
 */
export const SPC_MIN_BASELINE = 12;

/**
 * Shift run lengths {@link spcSummary} accepts: 7 (Making Data Count) or 6 (offered by some NHS tools).
 *
 * @example
 * const values = [1, 3, 2, 5, 5, 5, 5, 5, 5, 1, 3, 2, 1, 3];
 * [spcSummary(values, { improvement: 'increase' }).signals.length, spcSummary(values, { improvement: 'increase', runLength: 6 }).signals.map((g) => [g.rule, g.indices])];
 * // => [0, [['shift', [3, 4, 5, 6, 7, 8]]]]
 */
export type SpcRunLength = 6 | 7;

/**
 * Options of {@link spcSummary}.
 *
 * @example
 * const breaches = [1199, 929, 970, 1178, 1110, 1388, 2061, 1985, 2675, 3141, 1942, 2030,
 *   1309, 1960, 1169, 1117, 1085, 1492, 1280, 1197, 1569, 1406, 1328, 1564];
 * spcSummary(breaches, { improvement: 'decrease', target: 1200, screenOutliers: true, rebase: [12] }).applied;
 * // => { runLength: 7, baseline: null, rebase: [12], screenOutliers: true }
 */
export interface SpcSummaryOptions {
  /** Which direction is an improvement; `neutral` when neither is. */
  readonly improvement: SpcImprovement;
  /** A target to judge assurance against (a finite number); no assurance without one. */
  readonly target?: number;
  /** Points in a row on one side of the mean that make a shift: 7 (default) or 6. The trend rule keeps 7. */
  readonly runLength?: SpcRunLength;
  /**
   * Fix the limits from the first `baseline` points of each segment and judge every point against
   * them (NHSRplotthedots `fix_after_n_points`). A whole number >= 2; below 12 a `short-baseline`
   * warning (NHSRplotthedots refuses it); at or above a segment's length, the whole segment.
   */
  readonly baseline?: number;
  /**
   * Where the process changed: limits are recomputed from here on (NHSRplotthedots `rebase`). Each
   * entry is the index of a segment's first point, or a label from `periods`. Strictly increasing.
   */
  readonly rebase?: readonly (number | string)[];
  /** A label for each value (e.g. `'2023-24 Q1'`), unique and non-empty; used by `rebase` and in the result. */
  readonly periods?: readonly string[];
  /** Screen outlying moving ranges (NHSRplotthedots default `TRUE`); default `false`, as the Making Data Count Excel tools. */
  readonly screenOutliers?: boolean;
}

/**
 * One point of {@link spcSummary}: the XmR point with its period and its Making Data Count variation class.
 *
 * @example
 * const breaches = [1199, 929, 970, 1178, 1110, 1388, 2061, 1985, 2675, 3141, 1942, 2030,
 *   1309, 1960, 1169, 1117, 1085, 1492, 1280, 1197, 1569, 1406, 1328, 1564];
 * const periods = breaches.map((_, i) => `month ${i + 1}`);
 * const point = spcSummary(breaches, { improvement: 'decrease', screenOutliers: true, periods }).points[9];
 * [point?.period, point?.value, point?.variationClass, point?.side];
 * // => ['month 10', 3141, 'special-cause-concerning', 'high']
 */
export interface SpcPoint extends XmrPoint {
  /** The point's label from `periods`, or `null`. */
  readonly period: string | null;
  readonly variationClass: VariationClass;
  /** Side of the special cause (high or low); `null` for common cause. */
  readonly side: 'high' | 'low' | null;
}

/**
 * One signal: points of a segment marked by the same rule on the same side, each within one
 * point of the next (within two for two-of-three, whose marked points may straddle an unmarked one).
 *
 * @example
 * const breaches = [1199, 929, 970, 1178, 1110, 1388, 2061, 1985, 2675, 3141, 1942, 2030,
 *   1309, 1960, 1169, 1117, 1085, 1492, 1280, 1197, 1569, 1406, 1328, 1564];
 * spcSummary(breaches, { improvement: 'decrease', screenOutliers: true }).signals[1];
 * // => { rule: 'outside-limits', side: 'high', variationClass: 'special-cause-concerning', segment: 0, indices: [8, 9] }
 */
export interface SpcSignal {
  readonly rule: SpecialCauseRule;
  readonly side: 'high' | 'low';
  readonly variationClass: VariationClass;
  readonly segment: number;
  /** Indices of the marked points, increasing. */
  readonly indices: readonly number[];
}

/**
 * A warning attached to {@link spcSummary}'s result; the summary is still computed.
 *
 * @example
 * spcSummary([1, 2, 1, 2, 1], { improvement: 'neutral', target: 2 }).warnings.map((w) => [w.code, w.segment]);
 * // => [['short-segment', 0], ['target-without-direction', null]]
 */
export interface SpcWarning {
  readonly code: 'short-segment' | 'short-baseline' | 'target-without-direction';
  /** The segment it concerns, or `null` for the whole series. */
  readonly segment: number | null;
  readonly message: string;
}

/**
 * The result of {@link spcSummary}.
 *
 * @example
 * const breaches = [1199, 929, 970, 1178, 1110, 1388, 2061, 1985, 2675, 3141, 1942, 2030,
 *   1309, 1960, 1169, 1117, 1085, 1492, 1280, 1197, 1569, 1406, 1328, 1564];
 * const s = spcSummary(breaches, { improvement: 'decrease', target: 1200, screenOutliers: true });
 * [s.points.length, s.segments.length, s.latest.index, s.target, s.assurance, s.signals.length, s.warnings.length];
 * // => [24, 1, 23, 1200, 'hit-and-miss', 2, 0]
 */
export interface SpcSummary {
  readonly points: readonly SpcPoint[];
  readonly segments: readonly XmrSegment[];
  readonly improvement: SpcImprovement;
  /** The last point: the one Making Data Count's variation icon summarises. */
  readonly latest: SpcPoint;
  /** The target, or `null`. */
  readonly target: number | null;
  /** Assurance of the target against the last segment's limits; `null` without a target or with `neutral`. */
  readonly assurance: AssuranceClass | null;
  /** Every rule that fired and at which points, in order of first index, then precedence. */
  readonly signals: readonly SpcSignal[];
  /** The options as applied: rebase as indices, the run length and baseline used. */
  readonly applied: {
    readonly runLength: SpcRunLength;
    readonly baseline: number | null;
    readonly rebase: readonly number[];
    readonly screenOutliers: boolean;
  };
  readonly warnings: readonly SpcWarning[];
}

/** Internal: options checked once by {@link checkSpcSummary}; {@link spcSummaryUnchecked} trusts them. */
export interface SpcPlan {
  readonly improvement: SpcImprovement;
  readonly target: number | null;
  readonly runLength: SpcRunLength;
  readonly baseline: number | null;
  readonly starts: readonly number[];
  readonly periods: readonly string[] | null;
  readonly screenOutliers: boolean;
}

/**
 * An XmR chart summarised the NHS "Making Data Count" way, as NHSRplotthedots `ptd_spc` +
 * `summary()` (commit 050b07d): the limits and rule signals of {@link xmr}, each point's variation
 * class ({@link variationClass}), the latest point's (the variation icon), and, with a target, the
 * assurance class ({@link assuranceClass}: the target against the last segment's process limits).
 *
 * Options users of NHSRplotthedots ask for: `runLength` 6 for the shift rule (NHSRplotthedots
 * issue #202), `baseline` (`fix_after_n_points`: limits from the first n points of each segment,
 * applied to all of it) and `rebase` (new limits from given indices or periods).
 *
 * @example
 * // NHSRplotthedots README: A&E 4-hour breaches of trust RQM, Apr 2016 - Mar 2018 (NHSRdatasets);
 * // the README's plot labels the limits 740, 1 545, 2 350 and its summary() says "inconsistent".
 * const breaches = [1199, 929, 970, 1178, 1110, 1388, 2061, 1985, 2675, 3141, 1942, 2030,
 *   1309, 1960, 1169, 1117, 1085, 1492, 1280, 1197, 1569, 1406, 1328, 1564];
 * const s = spcSummary(breaches, { improvement: 'decrease', target: 1200, screenOutliers: true });
 * s.segments.map((g) => [g.lower, g.mean, g.upper].map(Math.round));
 * // => [[740, 1545, 2350]]
 * s.latest.variationClass;
 * // => 'common-cause'
 * s.assurance;
 * // => 'hit-and-miss'
 * s.signals.map((g) => [g.rule, g.variationClass, g.indices]);
 * // => [['two-of-three', 'special-cause-improving', [1, 2]],
 * //     ['outside-limits', 'special-cause-concerning', [8, 9]]]
 *
 * References: NHS England, Making Data Count (2018) and Making Data Count: Strengthening your
 * decisions (2019/2021); NHSRplotthedots (https://github.com/nhs-r-community/NHSRplotthedots),
 * R/ptd_spc.R, R/ptd_calculate_point_type.R, R/ptd_calculate_assurance_type.R.
 *
 * @param values - the series in time order, finite numbers; every segment needs at least 2 points.
 * @throws {InvalidInputError} for a value that is not finite, an unknown improvement, a target that
 *   is not finite, a runLength other than 6 or 7, a baseline that is not a whole number >= 2, bad
 *   periods (wrong length, empty or repeated labels), rebase entries that are not increasing indices
 *   or known periods, a segment of fewer than 2 points, screenOutliers not a boolean, or an option
 *   that is not one of these.
 */
export function spcSummary(values: readonly number[], options: SpcSummaryOptions): SpcSummary {
  return spcSummaryUnchecked(values, checkSpcSummary('spcSummary', '', values, options));
}

/** The keys of {@link SpcSummaryOptions}; any other is refused (a misspelt option is not silently ignored). */
const SPC_OPTIONS: readonly string[] = ['improvement', 'target', 'runLength', 'baseline', 'rebase', 'periods', 'screenOutliers'];

/**
 * Internal: checks `values` and `options` for {@link spcSummary} once, naming arguments with
 * `prefix` (e.g. `indicators[2].`), and returns the plan to compute from.
 */
export function checkSpcSummary(fn: string, prefix: string, values: unknown, options: unknown): SpcPlan {
  if (!Array.isArray(values)) {
    throw new InvalidInputError(fn, `${prefix}values`, values, 'must be an array of finite numbers');
  }
  // An index loop, not forEach: forEach skips the holes of a sparse array ([1, , 3]).
  for (let i = 0; i < values.length; i += 1) assertFiniteNumber(fn, `${prefix}values[${i}]`, values[i]);
  if (values.length < 2) {
    throw new InvalidInputError(fn, `${prefix}values`, values, 'must hold at least two values (one moving range)');
  }
  if (options === null || typeof options !== 'object') {
    throw new InvalidInputError(fn, `${prefix}options`, options, 'must be an object with at least improvement');
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!SPC_OPTIONS.includes(key)) {
      throw new InvalidInputError(fn, `${prefix}${key}`, o[key], `is not an option of ${fn}: the options are ${SPC_OPTIONS.join(', ')}`);
    }
  }
  assertImprovement(fn, `${prefix}improvement`, o.improvement);
  const improvement = o.improvement;

  let target: number | null = null;
  if (o.target !== undefined) {
    if (typeof o.target !== 'number' || !Number.isFinite(o.target)) {
      throw new InvalidInputError(fn, `${prefix}target`, o.target, 'must be a finite number');
    }
    target = o.target;
  }

  const runLength = o.runLength ?? SHIFT_RUN_LENGTH;
  if (runLength !== 6 && runLength !== 7) {
    throw new InvalidInputError(fn, `${prefix}runLength`, runLength, 'must be 6 or 7');
  }

  let baseline: number | null = null;
  if (o.baseline !== undefined) {
    if (typeof o.baseline !== 'number' || !Number.isInteger(o.baseline) || o.baseline < 2) {
      throw new InvalidInputError(fn, `${prefix}baseline`, o.baseline, 'must be a whole number of at least 2');
    }
    baseline = o.baseline;
  }

  const screenOutliers = o.screenOutliers ?? false;
  if (typeof screenOutliers !== 'boolean') {
    throw new InvalidInputError(fn, `${prefix}screenOutliers`, screenOutliers, 'must be true or false');
  }

  const periods = checkPeriods(fn, `${prefix}periods`, o.periods, values.length);
  const rebase = o.rebase ?? [];
  if (!Array.isArray(rebase)) {
    throw new InvalidInputError(fn, `${prefix}rebase`, rebase, 'must be an array of indices or periods');
  }
  assertArray(fn, `${prefix}rebase`, rebase);
  const indices = rebase.map((entry: unknown) => {
    if (typeof entry !== 'string') return entry;
    if (periods === null) {
      throw new InvalidInputError(fn, `${prefix}rebase`, rebase, `names a period (${JSON.stringify(entry)}) but no periods were given`);
    }
    const at = periods.indexOf(entry);
    if (at < 0) throw new InvalidInputError(fn, `${prefix}rebase`, rebase, `names an unknown period ${JSON.stringify(entry)}`);
    return at;
  });
  const starts = segmentStarts(fn, `${prefix}rebase`, values.length, indices);
  return { improvement, target, runLength, baseline, starts, periods, screenOutliers };
}

function checkPeriods(fn: string, argument: string, periods: unknown, length: number): readonly string[] | null {
  if (periods === undefined) return null;
  if (!Array.isArray(periods) || periods.length !== length) {
    throw new InvalidInputError(fn, argument, periods, `must be an array of ${length} labels, one per value`);
  }
  const seen = new Set<string>();
  for (let i = 0; i < periods.length; i += 1) {
    const label: unknown = periods[i];
    if (typeof label !== 'string' || label.trim() === '') {
      throw new InvalidInputError(fn, `${argument}[${i}]`, label, 'must be a non-empty string');
    }
    if (seen.has(label)) throw new InvalidInputError(fn, `${argument}[${i}]`, label, 'repeats an earlier period');
    seen.add(label);
  }
  return periods as string[];
}

/** Internal: {@link spcSummary} from a checked plan. */
export function spcSummaryUnchecked(values: readonly number[], plan: SpcPlan): SpcSummary {
  const { improvement, target, runLength, baseline, starts, periods, screenOutliers } = plan;
  const chart = xmrUnchecked(values, {
    improvement: improvement === 'neutral' ? 'neither' : improvement,
    starts,
    baselineLength: baseline ?? undefined,
    screenOutliers,
    shiftRunLength: runLength,
  });
  const points: SpcPoint[] = chart.points.map((point) => {
    const { variation, side } = variationClassUnchecked(point.specialCause, improvement);
    return { ...point, period: periods?.[point.index] ?? null, variationClass: variation, side };
  });
  const latest = points[points.length - 1] as SpcPoint;
  const lastSegment = chart.segments[chart.segments.length - 1] as XmrSegment;

  const warnings: SpcWarning[] = chart.warnings.map((w) => ({ code: w.code, segment: w.segment, message: w.message }));
  if (baseline !== null && baseline < SPC_MIN_BASELINE) {
    warnings.push({
      code: 'short-baseline',
      segment: null,
      message:
        `a baseline of ${baseline} points is fewer than ${SPC_MIN_BASELINE} ` +
        '(NHSRplotthedots refuses fix_after_n_points below 12): the fixed limits are trial limits',
    });
  }
  if (target !== null && improvement === 'neutral') {
    warnings.push({
      code: 'target-without-direction',
      segment: null,
      message: "a target was given with improvement 'neutral': assurance needs a better direction, so there is none",
    });
  }

  return {
    points,
    segments: chart.segments,
    improvement,
    latest,
    target,
    assurance: target === null ? null : assuranceClassUnchecked(lastSegment, target, improvement),
    signals: signalsOf(points, improvement),
    applied: { runLength, baseline, rebase: starts.slice(1), screenOutliers },
    warnings,
  };
}

const PRECEDENCE: readonly SpecialCauseRule[] = ['outside-limits', 'trend', 'two-of-three', 'shift'];

function signalsOf(points: readonly SpcPoint[], improvement: SpcImprovement): SpcSignal[] {
  const open = new Map<string, { cause: SpecialCause; segment: number; indices: number[] }>();
  const done: { cause: SpecialCause; segment: number; indices: number[] }[] = [];
  for (const point of points) {
    for (const [key, group] of open) {
      const last = group.indices[group.indices.length - 1] as number;
      const gap = group.cause.rule === 'two-of-three' ? 2 : 1;
      if (group.segment !== point.segment || point.index - last > gap) {
        done.push(group);
        open.delete(key);
      }
    }
    for (const cause of point.causes) {
      const key = `${cause.rule}/${cause.side}`;
      const group = open.get(key);
      if (group) group.indices.push(point.index);
      else open.set(key, { cause, segment: point.segment, indices: [point.index] });
    }
  }
  done.push(...open.values());
  return done
    .sort(
      (a, b) =>
        (a.indices[0] as number) - (b.indices[0] as number) ||
        PRECEDENCE.indexOf(a.cause.rule) - PRECEDENCE.indexOf(b.cause.rule),
    )
    .map(({ cause, segment, indices }) => ({
      rule: cause.rule,
      side: cause.side,
      variationClass: variationClassUnchecked(cause, improvement).variation,
      segment,
      indices,
    }));
}
