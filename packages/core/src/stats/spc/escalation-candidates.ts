import { roundHalfUp } from '../../change/round-half-up.js';
import { InvalidInputError } from '../../errors/index.js';
import { assertArray } from '../validate-input.js';
import type { AssuranceClass } from './assurance-class.js';
import { checkSpcSummary, spcSummaryUnchecked, type SpcPoint, type SpcRunLength, type SpcSummary } from './spc-summary.js';
import type { SpcImprovement } from './variation-class.js';
import type { XmrSegment } from './xmr.js';

/**
 * One indicator a QA subgroup follows: a quarterly (or any regular) series and how to judge it.
 *
 * @example
 * escalationCandidates([{ indicator: 'Re-referrals (%)', group: 'Early help', improvement: 'decrease',
 *   values: [20, 21, 20, 21, 20, 21, 20, 35], periods: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'] }])
 *   .map((c) => [c.indicator, c.triggers, c.latest.period]);
 * // => [['Re-referrals (%)', ['special-cause-concerning'], 'Q8']]
 */
export interface EscalationIndicator {
  /** The indicator's name, e.g. `'Re-referrals within 12 months (%)'`. */
  readonly indicator: string;
  /** The group it belongs to (a theme, a partner agency, a subgroup), e.g. `'Early help'`. */
  readonly group: string;
  /** The values in time order, finite numbers, at least two. */
  readonly values: readonly number[];
  readonly improvement: SpcImprovement;
  /** A target to judge assurance against. */
  readonly target?: number;
  /** A label per value (e.g. `'2023-24 Q4'`), used in the reason. */
  readonly periods?: readonly string[];
}

/**
 * Options of {@link escalationCandidates}.
 *
 * @example
 * // neutral: only a large change can make it a candidate; 40 on 50 four quarters earlier is −20%
 * escalationCandidates([{ indicator: 'Rate', group: 'B', improvement: 'neutral', values: [50, 52, 51, 53, 50, 52, 51, 53, 40] }],
 *   { yearOnYearPercent: 20, periodsPerYear: 4 }).map((c) => [c.triggers, c.yearOnYearChange]);
 * // => [[['large-year-on-year-change'], -20]]
 */
export interface EscalationOptions {
  /** Also escalate a hit-and-miss indicator whose latest value misses its target. Default `false`. */
  readonly includeHitAndMissFailing?: boolean;
  /** Shift run length for every indicator: 7 (default) or 6. See {@link spcSummary}. */
  readonly runLength?: SpcRunLength;
  /** Fixed baseline for every indicator (`fix_after_n_points`). See {@link spcSummary}. */
  readonly baseline?: number;
  /** Screen outlying moving ranges (default `false`). See {@link spcSummary}. */
  readonly screenOutliers?: boolean;
  /** Decimal places of the computed numbers (mean, limits) in the reason, 0 to 10; default 1. Values print as given. */
  readonly digits?: number;
  /**
   * Also escalate an indicator whose latest value differs from the value a year earlier by at least
   * this many per cent (either way, whatever the improvement direction: a large change is worth a
   * look even where neither direction is better). Off unless given; a finite number > 0.
   */
  readonly yearOnYearPercent?: number;
  /** Values per year, to find "a year earlier": 4 (quarterly, the default), 12 (monthly), 52 or 1. */
  readonly periodsPerYear?: number;
}

/**
 * Why an indicator is a candidate for escalation.
 *
 * @example
 * escalationCandidates([{ indicator: 'Visits', group: 'C', improvement: 'increase', target: 100,
 *   values: [50, 52, 51, 53, 50, 52, 51, 53] }]).map((c) => c.triggers);
 * // => [['consistently-failing']]
 */
export type EscalationTrigger = 'special-cause-concerning' | 'consistently-failing' | 'hit-and-miss-failing' | 'large-year-on-year-change';

/**
 * An indicator the QA subgroup should look at, with the reason in one sentence.
 *
 * @example
 * const [candidate] = escalationCandidates([{ indicator: 'Visits', group: 'C', improvement: 'increase', target: 100,
 *   values: [50, 52, 51, 53, 50, 52, 51, 53] }]);
 * [candidate?.assurance, candidate?.target, candidate?.latest.value, candidate?.reason];
 * // => ['consistently-failing', 100, 53,
 * //    'Visits (C): the target 100 is above the upper process limit 56.4, so the process will consistently fail it unless it changes.']
 */
export interface EscalationCandidate {
  readonly indicator: string;
  readonly group: string;
  /** In this order when several apply: special-cause-concerning, then consistently-failing or hit-and-miss-failing, then large-year-on-year-change. */
  readonly triggers: readonly EscalationTrigger[];
  /** One sentence built from the rule and the numbers. */
  readonly reason: string;
  readonly latest: SpcPoint;
  readonly assurance: AssuranceClass | null;
  readonly target: number | null;
  /** The limits the latest point was judged against (its segment). */
  readonly limits: XmrSegment;
  /** The change on a year earlier in per cent, when `yearOnYearPercent` was given and the series is long enough (and the earlier value not 0); else `null`. */
  readonly yearOnYearChange: number | null;
}

/**
 * Which indicators a quality-assurance subgroup should look at, by the NHS "Making Data Count"
 * summary of each ({@link spcSummary}): those whose latest point is special cause of a concerning
 * nature, or whose assurance is consistently failing the target, and (with
 * `includeHitAndMissFailing`) those that are hit and miss with the latest value missing the
 * target, and (with `yearOnYearPercent`) those whose latest value changed by at least that many per
 * cent on the value `periodsPerYear` places earlier in `values` (a year earlier when the series has
 * no gaps): change = (latest − earlier) / |earlier| × 100, not computed when the earlier value is 0.
 * Each comes with a one-sentence reason built from the rule that fired and the numbers. A neutral
 * indicator is a candidate only for a large year-on-year change (no side is concerning and there
 * is no assurance).
 *
 * Sorted deterministically: concerning first, then by group, then by indicator (by UTF-16 code
 * units, not by locale). "Misses the target" means strictly below it when increase is better,
 * strictly above it when decrease is better.
 *
 * @example
 * const candidates = escalationCandidates([
 *   { indicator: 'Breaches', group: 'A&E', improvement: 'decrease', target: 1200,
 *     values: [1199, 929, 970, 1178, 1110, 1388, 2061, 1985, 2675, 3141] },
 *   { indicator: 'Rate', group: 'B', improvement: 'increase', values: [5, 6, 5, 6, 5, 6] },
 * ], { includeHitAndMissFailing: true });
 * candidates.map((c) => [c.indicator, c.triggers]);
 * // => [['Breaches', ['special-cause-concerning', 'hit-and-miss-failing']]]
 * candidates[0]?.reason;
 * // => 'Breaches (A&E): the latest value 3141 is above the upper process limit 2482.3 (mean 1663.6): ' +
 * //    'special cause of a concerning nature, as lower is better; and the target 1200 lies between ' +
 * //    'the process limits 844.9 and 2482.3 (hit and miss) and the latest value misses it.'
 *
 * Reference: NHS England, Making Data Count: Strengthening your decisions (2019/2021), "Using
 * summary icons"; NHSRplotthedots (https://github.com/nhs-r-community/NHSRplotthedots), commit 050b07d.
 *
 * @throws {InvalidInputError} when `indicators` is not an array, an indicator lacks a non-empty
 *   `indicator` or `group`, two share both, or its values, improvement, target or periods are bad
 *   (named `indicators[i].…`), or an option is bad or unknown (`options.…`).
 */
export function escalationCandidates(
  indicators: readonly EscalationIndicator[],
  options: EscalationOptions = {},
): EscalationCandidate[] {
  const fn = 'escalationCandidates';
  const o = checkOptions(fn, options);
  if (!Array.isArray(indicators)) {
    throw new InvalidInputError(fn, 'indicators', indicators, 'must be an array of indicators');
  }
  assertArray(fn, 'indicators', indicators);
  const seen = new Set<string>();
  const plans = indicators.map((item: unknown, i) => {
    const at = `indicators[${i}]`;
    if (item === null || typeof item !== 'object') {
      throw new InvalidInputError(fn, at, item, 'must be an object with indicator, group, values and improvement');
    }
    const { indicator, group } = item as { indicator?: unknown; group?: unknown };
    if (typeof indicator !== 'string' || indicator.trim() === '') {
      throw new InvalidInputError(fn, `${at}.indicator`, indicator, 'must be a non-empty string');
    }
    if (typeof group !== 'string' || group.trim() === '') {
      throw new InvalidInputError(fn, `${at}.group`, group, 'must be a non-empty string');
    }
    const key = JSON.stringify([group, indicator]);
    if (seen.has(key)) {
      throw new InvalidInputError(fn, at, { group, indicator }, 'repeats the group and indicator of an earlier one');
    }
    seen.add(key);
    const x = item as EscalationIndicator;
    const plan = checkSpcSummary(fn, `${at}.`, x.values, {
      improvement: x.improvement,
      target: x.target,
      periods: x.periods,
      runLength: o.runLength,
      baseline: o.baseline,
      screenOutliers: o.screenOutliers,
    });
    return { indicator, group, values: x.values, plan };
  });

  const candidates: EscalationCandidate[] = [];
  for (const { indicator, group, values, plan } of plans) {
    const summary = spcSummaryUnchecked(values, plan);
    const found = judge(indicator, group, summary, o);
    if (found) candidates.push(found);
  }
  return candidates.sort(byPriority);
}

interface CheckedOptions {
  readonly yearOnYearPercent: number | null;
  readonly periodsPerYear: number;
  readonly includeHitAndMissFailing: boolean;
  readonly runLength: SpcRunLength | undefined;
  readonly baseline: number | undefined;
  readonly screenOutliers: boolean | undefined;
  readonly digits: number;
}

/** The keys of {@link EscalationOptions}; any other is refused. */
const ESCALATION_OPTIONS: readonly string[] = ['includeHitAndMissFailing', 'runLength', 'baseline', 'screenOutliers', 'digits', 'yearOnYearPercent', 'periodsPerYear'];

function checkOptions(fn: string, options: unknown): CheckedOptions {
  if (options === null || typeof options !== 'object') {
    throw new InvalidInputError(fn, 'options', options, 'must be an object');
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!ESCALATION_OPTIONS.includes(key)) {
      throw new InvalidInputError(fn, `options.${key}`, o[key], `is not an option of ${fn}: the options are ${ESCALATION_OPTIONS.join(', ')}`);
    }
  }
  const includeHitAndMissFailing = o.includeHitAndMissFailing ?? false;
  if (typeof includeHitAndMissFailing !== 'boolean') {
    throw new InvalidInputError(fn, 'options.includeHitAndMissFailing', includeHitAndMissFailing, 'must be true or false');
  }
  if (o.runLength !== undefined && o.runLength !== 6 && o.runLength !== 7) {
    throw new InvalidInputError(fn, 'options.runLength', o.runLength, 'must be 6 or 7');
  }
  if (o.baseline !== undefined && (typeof o.baseline !== 'number' || !Number.isInteger(o.baseline) || o.baseline < 2)) {
    throw new InvalidInputError(fn, 'options.baseline', o.baseline, 'must be a whole number of at least 2');
  }
  if (o.screenOutliers !== undefined && typeof o.screenOutliers !== 'boolean') {
    throw new InvalidInputError(fn, 'options.screenOutliers', o.screenOutliers, 'must be true or false');
  }
  const digits = o.digits ?? 1;
  if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 0 || digits > 10) {
    throw new InvalidInputError(fn, 'options.digits', digits, 'must be a whole number from 0 to 10');
  }
  const yearOnYearPercent = o.yearOnYearPercent ?? null;
  if (yearOnYearPercent !== null && (typeof yearOnYearPercent !== 'number' || !Number.isFinite(yearOnYearPercent) || yearOnYearPercent <= 0)) {
    throw new InvalidInputError(fn, 'options.yearOnYearPercent', yearOnYearPercent, 'must be a finite number greater than 0');
  }
  const periodsPerYear = o.periodsPerYear ?? 4;
  if (typeof periodsPerYear !== 'number' || !Number.isInteger(periodsPerYear) || periodsPerYear < 1 || periodsPerYear > 366) {
    throw new InvalidInputError(fn, 'options.periodsPerYear', periodsPerYear, 'must be a whole number from 1 to 366');
  }
  return {
    yearOnYearPercent,
    periodsPerYear,
    includeHitAndMissFailing,
    runLength: o.runLength as SpcRunLength | undefined,
    baseline: o.baseline as number | undefined,
    screenOutliers: o.screenOutliers as boolean | undefined,
    digits,
  };
}

function judge(indicator: string, group: string, s: SpcSummary, o: CheckedOptions): EscalationCandidate | null {
  const { latest, target, assurance } = s;
  const limits = s.segments[latest.segment] as XmrSegment;
  const last = s.segments[s.segments.length - 1] as XmrSegment;
  const num = (x: number) => roundHalfUp(x, o.digits).toFixed(o.digits);
  const at = latest.period === null ? '' : ` (${latest.period})`;
  const value = `the latest value ${String(latest.value)}${at}`;

  const triggers: EscalationTrigger[] = [];
  const clauses: string[] = [];
  if (latest.variationClass === 'special-cause-concerning' && latest.specialCause !== null) {
    triggers.push('special-cause-concerning');
    const { rule, side } = latest.specialCause;
    const above = side === 'high';
    const runOf = s.signals.find((g) => g.rule === rule && g.indices.includes(latest.index))?.indices.length ?? 1;
    const better = s.improvement === 'increase' ? 'higher' : 'lower';
    let what: string;
    if (rule === 'outside-limits') {
      what = above
        ? `${value} is above the upper process limit ${num(limits.upper)} (mean ${num(limits.mean)})`
        : `${value} is below the lower process limit ${num(limits.lower)} (mean ${num(limits.mean)})`;
    } else if (rule === 'trend') {
      what = `${value} ends a run of ${runOf} points each ${above ? 'higher' : 'lower'} than the one before (7 make a trend)`;
    } else if (rule === 'two-of-three') {
      what =
        `${value} is one of two or more of the last three points ${above ? 'above' : 'below'} the mean ${num(limits.mean)} ` +
        `that lie beyond the two-sigma line ${num(above ? limits.nearUpper : limits.nearLower)}`;
    } else {
      what =
        `${value} ends a run of ${runOf} points in a row ${above ? 'above' : 'below'} the mean ${num(limits.mean)} ` +
        `(${s.applied.runLength} make a shift)`;
    }
    clauses.push(`${what}: special cause of a concerning nature, as ${better} is better`);
  }
  if (target !== null && assurance === 'consistently-failing') {
    triggers.push('consistently-failing');
    clauses.push(
      s.improvement === 'increase'
        ? `the target ${String(target)} is above the upper process limit ${num(last.upper)}, so the process will consistently fail it unless it changes`
        : `the target ${String(target)} is below the lower process limit ${num(last.lower)}, so the process will consistently fail it unless it changes`,
    );
  } else if (target !== null && assurance === 'hit-and-miss' && o.includeHitAndMissFailing) {
    const misses = s.improvement === 'increase' ? latest.value < target : latest.value > target;
    if (misses) {
      triggers.push('hit-and-miss-failing');
      clauses.push(
        `the target ${String(target)} lies between the process limits ${num(last.lower)} and ${num(last.upper)} ` +
          `(hit and miss) and ${triggers.length > 1 ? 'the latest value' : value} misses it`,
      );
    }
  }
  let yearOnYearChange: number | null = null;
  const earlier = s.points[latest.index - o.periodsPerYear];
  if (o.yearOnYearPercent !== null && earlier !== undefined && earlier.value !== 0) {
    yearOnYearChange = ((latest.value - earlier.value) / Math.abs(earlier.value)) * 100;
    if (Math.abs(yearOnYearChange) >= o.yearOnYearPercent) {
      triggers.push('large-year-on-year-change');
      const when = earlier.period === null ? 'a year earlier' : `in ${earlier.period}`;
      clauses.push(
        `${triggers.length > 1 ? 'the latest value' : value} is ${num(Math.abs(yearOnYearChange))}% ${yearOnYearChange > 0 ? 'higher' : 'lower'} ` +
          `than a year before (${String(earlier.value)} ${when}), a change of ${String(o.yearOnYearPercent)}% or more`,
      );
    }
  }
  if (triggers.length === 0) return null;
  return {
    indicator,
    group,
    triggers,
    reason: `${indicator} (${group}): ${clauses.join('; and ')}.`,
    latest,
    assurance,
    target,
    limits,
    yearOnYearChange,
  };
}

function byPriority(a: EscalationCandidate, b: EscalationCandidate): number {
  const concern = (c: EscalationCandidate) => (c.triggers[0] === 'special-cause-concerning' ? 0 : 1);
  return concern(a) - concern(b) || compareText(a.group, b.group) || compareText(a.indicator, b.indicator);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
