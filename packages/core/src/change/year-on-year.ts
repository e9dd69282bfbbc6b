import type { ContextIndicator, ContextValue } from '../dataset/index.js';
import { InvalidInputError } from '../errors/index.js';
import { arrowFor, type ArrowGlyph } from './arrow.js';
import { direction, type Direction, type DirectionOptions } from './direction.js';
import { financialYearStart } from './financial-year.js';
import { percentChange } from './percent-change.js';
import { assertFiniteNumber, assertFiniteResult, assertObjectArray, assertOneOf, assertString, checkOptions } from '../stats/validate-input.js';

/**
 * The indicator fields {@link yearOnYear} reads (a full {@link ContextIndicator} fits).
 *
 * @example
 * const indicator: YearOnYearIndicator = { indicator: 'family-contacts', label: 'Family contacts', group: null, arrow: 'up', stated_change_percent: 29 };
 * indicator.stated_change_percent; // => 29
 */
export type YearOnYearIndicator = Pick<ContextIndicator, 'indicator' | 'label' | 'group' | 'arrow' | 'stated_change_percent'>;

/**
 * The value fields {@link yearOnYear} reads (a full {@link ContextValue} fits).
 *
 * @example
 * const value: YearOnYearValue = { indicator: 'family-contacts', period: '2021/22', value: 17011 };
 * value.period; // => '2021/22'
 */
export type YearOnYearValue = Pick<ContextValue, 'indicator' | 'period' | 'value'>;

/**
 * Options of {@link yearOnYear}.
 *
 * @example
 * const indicators = [
 *   { indicator: 'family-contacts', label: 'Family contacts', group: null, arrow: 'up', stated_change_percent: 29 },
 *   { indicator: 'young-carers', label: 'Young carers', group: null, arrow: 'up', stated_change_percent: null },
 * ] as const;
 * const values = [
 *   { indicator: 'family-contacts', period: '2020/21', value: 13218 },
 *   { indicator: 'family-contacts', period: '2021/22', value: 17011 },
 *   { indicator: 'young-carers', period: '2021/22', value: 1200 },
 * ];
 * const options: YearOnYearOptions = { previousPeriod: '2020/21', currentPeriod: '2021/22', direction: { flatWithin: { percent: 30 } } };
 * yearOnYear(indicators, values, options).rows[0]!.direction; // => 'flat'
 */
export interface YearOnYearOptions {
  /** Base year, 'YYYY/YY'. Give both periods or neither (default: the two most recent periods in `values`). */
  readonly previousPeriod?: string;
  /** Year compared with the base, 'YYYY/YY'; must sort after `previousPeriod`. */
  readonly currentPeriod?: string;
  /** The rule for a flat (↔) change, passed to {@link direction}; default: only no change is flat. */
  readonly direction?: DirectionOptions;
}

/**
 * One indicator's change between the two periods, computed, with what the report prints beside it.
 *
 * @example
 * const indicators = [
 *   { indicator: 'family-contacts', label: 'Family contacts', group: null, arrow: 'up', stated_change_percent: 29 },
 *   { indicator: 'young-carers', label: 'Young carers', group: null, arrow: 'up', stated_change_percent: null },
 * ] as const;
 * const values = [
 *   { indicator: 'family-contacts', period: '2020/21', value: 13218 },
 *   { indicator: 'family-contacts', period: '2021/22', value: 17011 },
 *   { indicator: 'young-carers', period: '2021/22', value: 1200 },
 * ];
 * const row: YearOnYearRow = yearOnYear(indicators, values).rows[0]!;
 * [row.previous, row.current, row.printedArrow, row.direction]; // => [13218, 17011, 'up', 'up']
 */
export interface YearOnYearRow {
  readonly indicator: string;
  readonly label: string;
  readonly group: string | null;
  readonly previousPeriod: string;
  readonly currentPeriod: string;
  readonly previous: number;
  readonly current: number;
  /** current − previous. */
  readonly absoluteChange: number;
  /** 100 × (current − previous) / previous, unrounded; `null` when previous is 0 or negative (see {@link percentChange}). */
  readonly percentChange: number | null;
  /** Direction computed under `options.direction`. */
  readonly direction: Direction;
  /** Arrow glyph of the computed direction. */
  readonly arrow: ArrowGlyph;
  /** Direction of the arrow the report prints beside the indicator (`null` when none). */
  readonly printedArrow: Direction | null;
  /** Glyph of the printed arrow (`null` when none). */
  readonly printedArrowGlyph: ArrowGlyph | null;
  /** Percentage change the report states (`stated_change_percent`), `null` when it states none. */
  readonly printedPercent: number | null;
}

/**
 * An indicator that lacks a value for at least one of the two periods, so has no row.
 *
 * @example
 * const indicators = [
 *   { indicator: 'family-contacts', label: 'Family contacts', group: null, arrow: 'up', stated_change_percent: 29 },
 *   { indicator: 'young-carers', label: 'Young carers', group: null, arrow: 'up', stated_change_percent: null },
 * ] as const;
 * const values = [
 *   { indicator: 'family-contacts', period: '2020/21', value: 13218 },
 *   { indicator: 'family-contacts', period: '2021/22', value: 17011 },
 *   { indicator: 'young-carers', period: '2021/22', value: 1200 },
 * ];
 * const incomplete: YearOnYearIncomplete = yearOnYear(indicators, values).incomplete[0]!;
 * incomplete; // => { indicator: 'young-carers', label: 'Young carers', missingPeriods: ['2020/21'] }
 */
export interface YearOnYearIncomplete {
  readonly indicator: string;
  readonly label: string;
  /** Periods (of the two compared) for which `values` has no value. */
  readonly missingPeriods: readonly string[];
}

/**
 * Result of {@link yearOnYear}: a row per indicator with both years, and every other indicator listed.
 *
 * @example
 * const indicators = [
 *   { indicator: 'family-contacts', label: 'Family contacts', group: null, arrow: 'up', stated_change_percent: 29 },
 *   { indicator: 'young-carers', label: 'Young carers', group: null, arrow: 'up', stated_change_percent: null },
 * ] as const;
 * const values = [
 *   { indicator: 'family-contacts', period: '2020/21', value: 13218 },
 *   { indicator: 'family-contacts', period: '2021/22', value: 17011 },
 *   { indicator: 'young-carers', period: '2021/22', value: 1200 },
 * ];
 * const result: YearOnYearResult = yearOnYear(indicators, values);
 * [result.previousPeriod, result.currentPeriod, result.rows.length, result.incomplete.length]; // => ['2020/21', '2021/22', 1, 1]
 */
export interface YearOnYearResult {
  readonly previousPeriod: string;
  readonly currentPeriod: string;
  /** In the order of `indicators`. */
  readonly rows: readonly YearOnYearRow[];
  /** In the order of `indicators`. */
  readonly incomplete: readonly YearOnYearIncomplete[];
}

const FN = 'yearOnYear';

/**
 * Year-on-year change of every context indicator between two reporting years: previous and current
 * value, absolute change, percentage change ({@link percentChange}, unrounded), computed direction
 * and arrow ({@link direction}, {@link arrowFor}), with the arrow and percentage the report prints
 * beside them so a reader (or the claims audit) can compare them.
 *
 * The periods are `options.previousPeriod`/`currentPeriod`, or else the two most recent periods
 * among all `values` (so every row compares the same two years). Periods are 'YYYY/YY' strings and
 * compare as strings. Indicators without a value for either period are returned in `incomplete`,
 * never dropped.
 *
 * @example
 * const indicators = [{ indicator: 'family-contacts', label: 'Family contacts', group: null, arrow: 'up', stated_change_percent: 29 }] as const;
 * const values = [
 *   { indicator: 'family-contacts', period: '2020/21', value: 13218 },
 *   { indicator: 'family-contacts', period: '2021/22', value: 17011 },
 * ];
 * const row = yearOnYear(indicators, values).rows[0]!;
 * [row.absoluteChange, row.percentChange, row.arrow, row.printedPercent]; // => [3793, 28.7, '↑', 29]
 * @throws {InvalidInputError} on a malformed period, duplicate indicator or (indicator, period),
 *   a value for an indicator not in `indicators`, a value that is not a finite number, fewer than two
 *   periods to compare, or explicit periods given singly or out of order.
 */
export function yearOnYear(
  indicators: readonly YearOnYearIndicator[],
  values: readonly YearOnYearValue[],
  options: YearOnYearOptions = {},
): YearOnYearResult {
  assertObjectArray(FN, 'indicators', indicators, 'an indicator { indicator, label, group, arrow, stated_change_percent }');
  assertObjectArray(FN, 'values', values, 'a value { indicator, period, value }');
  const checked = checkOptions(FN, options, ['previousPeriod', 'currentPeriod', 'direction']);
  // The direction rule is checked once here (a flat comparison of 0 with 0 reads every part of it),
  // so a bad rule is reported even when no indicator has both periods.
  if (checked.direction !== undefined) direction(0, 0, checked.direction);
  const known = new Set<string>();
  indicators.forEach((item, i) => {
    assertString(FN, `indicators[${i}].indicator`, item.indicator);
    assertString(FN, `indicators[${i}].label`, item.label);
    if (item.group !== null) assertString(FN, `indicators[${i}].group`, item.group);
    if (item.arrow !== null) assertOneOf(FN, `indicators[${i}].arrow`, item.arrow, ['up', 'down', 'flat']);
    if (item.stated_change_percent !== null) assertFiniteNumber(FN, `indicators[${i}].stated_change_percent`, item.stated_change_percent);
    if (known.has(item.indicator)) {
      throw new InvalidInputError(FN, `indicators[${i}].indicator`, item.indicator, 'is listed more than once');
    }
    known.add(item.indicator);
  });

  const byIndicator = new Map<string, Map<string, number>>();
  const periods = new Set<string>();
  values.forEach((item, i) => {
    assertString(FN, `values[${i}].indicator`, item.indicator);
    checkPeriod(item.period, `values[${i}].period`);
    if (!known.has(item.indicator)) {
      throw new InvalidInputError(FN, `values[${i}].indicator`, item.indicator, 'is not one of the indicators');
    }
    if (typeof item.value !== 'number' || !Number.isFinite(item.value)) {
      throw new InvalidInputError(FN, `values[${i}].value`, item.value, `must be a finite number (indicator ${item.indicator}, ${item.period})`);
    }
    let series = byIndicator.get(item.indicator);
    if (series === undefined) {
      series = new Map();
      byIndicator.set(item.indicator, series);
    }
    if (series.has(item.period)) {
      throw new InvalidInputError(FN, `values[${i}]`, `${item.indicator} ${item.period}`, 'duplicates an earlier value for the same indicator and period');
    }
    series.set(item.period, item.value);
    periods.add(item.period);
  });

  const { previousPeriod, currentPeriod } = choosePeriods(periods, checked);
  const rows: YearOnYearRow[] = [];
  const incomplete: YearOnYearIncomplete[] = [];
  for (const item of indicators) {
    const series = byIndicator.get(item.indicator);
    const previous = series?.get(previousPeriod);
    const current = series?.get(currentPeriod);
    if (previous === undefined || current === undefined) {
      const missingPeriods = [previousPeriod, currentPeriod].filter((period) => series?.get(period) === undefined);
      incomplete.push({ indicator: item.indicator, label: item.label, missingPeriods });
      continue;
    }
    const computed = direction(previous, current, checked.direction);
    const absoluteChange = current - previous;
    assertFiniteResult(FN, 'values', `${item.indicator}: ${previous} → ${current}`, absoluteChange);
    rows.push({
      indicator: item.indicator,
      label: item.label,
      group: item.group,
      previousPeriod,
      currentPeriod,
      previous,
      current,
      absoluteChange,
      percentChange: previous > 0 ? percentChange(previous, current) : null,
      direction: computed,
      arrow: arrowFor(computed),
      printedArrow: item.arrow,
      printedArrowGlyph: item.arrow === null ? null : arrowFor(item.arrow),
      printedPercent: item.stated_change_percent,
    });
  }
  return { previousPeriod, currentPeriod, rows, incomplete };
}

function checkPeriod(period: string, where: string): void {
  financialYearStart(period, FN, where);
}

function choosePeriods(periods: ReadonlySet<string>, options: YearOnYearOptions): { previousPeriod: string; currentPeriod: string } {
  const { previousPeriod, currentPeriod } = options;
  if (previousPeriod !== undefined || currentPeriod !== undefined) {
    if (previousPeriod === undefined || currentPeriod === undefined) {
      throw new InvalidInputError(FN, 'options', options, 'must give both previousPeriod and currentPeriod, or neither');
    }
    checkPeriod(previousPeriod, 'options.previousPeriod');
    checkPeriod(currentPeriod, 'options.currentPeriod');
    if (!(previousPeriod < currentPeriod)) {
      throw new InvalidInputError(FN, 'options.currentPeriod', currentPeriod, `must come after previousPeriod (${previousPeriod})`);
    }
    return { previousPeriod, currentPeriod };
  }
  const sorted = [...periods].sort();
  const previous = sorted[sorted.length - 2];
  const current = sorted[sorted.length - 1];
  if (previous === undefined || current === undefined) {
    throw new InvalidInputError(FN, 'values', sorted, 'must hold at least two periods to compare');
  }
  return { previousPeriod: previous, currentPeriod: current };
}
