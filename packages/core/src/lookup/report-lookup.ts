import type { Dataset, StandardRecord, StandardResourceName } from '../dataset/index.js';
import type { ChartSeriesPoint } from '../dataset/schemas/chart-series.js';
import type { ContextIndicator } from '../dataset/schemas/context-indicator.js';
import type { ContextValue } from '../dataset/schemas/context-value.js';
import type { Figure } from '../dataset/schemas/figure.js';
import { standardSchemas } from '../dataset/schemas/index.js';
import { assertCount, assertString, checkOptions } from '../stats/validate-input.js';
import { assertReportDataset } from './check-report-dataset.js';
import { absentUnchecked as absent, foundUnchecked as found, type Lookup } from './lookup-result.js';
import { periodIsYearUnchecked, periodStartYearUnchecked } from './period-start.js';
import { describeFigureSelectorUnchecked, selectFiguresUnchecked } from './select-figures.js';

/**
 * Where a measure is looked up: its area (`null`: the partnership's own; absent: any) and its period cell.
 *
 * @example
 * const report = reportLookup(loadDataset('datasets/east-sussex/2021-22'));
 * const options: FigureOptions = { area: 'Sussex' };
 * report.value('cdop-deaths', options); // => { found: true, value: 54 }
 */
export interface FigureOptions {
  readonly area?: string | null;
  readonly period?: string;
}

/**
 * Two printed values of one measure, the earlier and the later.
 *
 * @example
 * const report = reportLookup(loadDataset('datasets/east-sussex/2021-22'));
 * const pair = report.contextPair('family-contacts');
 * const values: PreviousCurrent<number> | undefined = pair.found ? { previous: pair.value.previous.value, current: pair.value.current.value } : undefined;
 * values; // => { previous: 13218, current: 17011 }
 */
export interface PreviousCurrent<T> {
  readonly previous: T;
  readonly current: T;
}

/**
 * A chart the report prints, from `chart-series.csv`: its id, printed title and points in printed order.
 *
 * @example
 * const report = reportLookup(loadDataset('datasets/east-sussex/2021-22'));
 * const chart = report.chart('rapid-review-abuse-types');
 * const series: ChartSeries | undefined = chart.found ? chart.value : undefined;
 * [series?.chart, series?.points[0]?.position]; // => ['rapid-review-abuse-types', 1]
 */
export interface ChartSeries {
  readonly chart: string;
  readonly title: string;
  readonly points: readonly ChartSeriesPoint[];
}

/**
 * Typed lookups over one report dataset by stable names: a measure's id never carries its period,
 * so the same call works on every partnership's report of every year. Nothing here throws for a
 * missing measure: each lookup returns a {@link Lookup}, absent with a one-sentence reason.
 *
 * @example
 * const report = reportLookup(loadDataset('datasets/east-sussex/2021-22'));
 * [report.partnership, report.period]; // => ['East Sussex', '2021/22']
 * report.contextValue('family-contacts'); // => { found: true, value: { indicator: 'family-contacts', period: '2021/22', value: 17011, section: '3', quote: '17,011 family contacts (to SPOA and other excluding MASH)' } }
 */
export interface ReportLookup {
  /** The partnership and the report's period, from the descriptor (`scpkit.partnership`, `scpkit.period`). */
  readonly partnership: string;
  readonly period: string;
  /** The descriptor's title. */
  readonly title: string;
  /**
   * The one printed row of a measure. Where the measure has several rows and no `period` is given,
   * the row for the report's own financial year is taken if there is exactly one; otherwise absent,
   * listing the periods and areas there are.
   */
  printed(id: string, options?: FigureOptions): Lookup<Figure>;
  /** {@link printed}'s value. */
  value(id: string, options?: FigureOptions): Lookup<number>;
  /** Every row of a measure (filtered by area if given), in time order of their periods (undated last, file order kept). */
  figures(id: string, options?: { readonly area?: string | null }): Figure[];
  /** {@link figures}, absent when fewer than `atLeast` (default 1) rows are printed. */
  series(id: string, options?: { readonly area?: string | null; readonly atLeast?: number }): Lookup<Figure[]>;
  /** The two latest dated rows of a measure (one area), the earlier as `previous`. */
  pair(id: string, options?: { readonly area?: string | null }): Lookup<PreviousCurrent<Figure>>;
  /** A chart of `chart-series.csv` by its chart id, with at least one point. */
  chart(chart: string): Lookup<ChartSeries>;
  /** A row of `context-indicators.csv`. */
  indicator(indicator: string): Lookup<ContextIndicator>;
  /** An indicator's value in `context-values.csv` for a period (default: the report's period). */
  contextValue(indicator: string, period?: string): Lookup<ContextValue>;
  /** An indicator's value for the report's period and for the year before it. */
  contextPair(indicator: string): Lookup<PreviousCurrent<ContextValue>>;
  /** The rows of a standard resource; absent when the dataset has none. */
  table<K extends StandardResourceName>(resource: K): Lookup<readonly StandardRecord<K>[]>;
}

/**
 * Builds the {@link ReportLookup} of a validated dataset. Pure; work is done per call, on the
 * dataset's own arrays (a few hundred rows per report). The dataset is checked once, here; each
 * lookup checks its own arguments: a typed error for an id that is not a string (or bad options),
 * an absent result for an id the report does not have.
 *
 * @example
 * import { loadDataset } from '@scpkit/core/node';
 * const report = reportLookup(loadDataset('datasets/east-sussex/2021-22'));
 * const deaths = report.value('cdop-deaths', { area: null });
 * deaths.found ? deaths.value : deaths.reason; // => 17
 * report.value('no-such-measure'); // => { found: false, reason: 'figures.csv has no row for measure "no-such-measure"' }
 * @throws {InvalidInputError} when `dataset` is not a dataset as `parseDataset` gives it (a
 *   descriptor with name, title, partnership and period; standard tables of well-typed records).
 */
export function reportLookup(dataset: Dataset): ReportLookup {
  assertReportDataset('reportLookup', 'dataset', dataset);
  const lookup = reportLookupUnchecked(dataset);
  const fn = (method: string) => `ReportLookup.${method}`;
  return {
    partnership: lookup.partnership,
    period: lookup.period,
    title: lookup.title,
    printed: (id, options) => lookup.printed(checkId(fn('printed'), 'id', id), checkFigureOptions(fn('printed'), options)),
    value: (id, options) => lookup.value(checkId(fn('value'), 'id', id), checkFigureOptions(fn('value'), options)),
    figures: (id, options) => lookup.figures(checkId(fn('figures'), 'id', id), checkAreaOptions(fn('figures'), options, ['area'])),
    series: (id, options) => {
      const at = fn('series');
      const checked = checkAreaOptions(at, options, ['area', 'atLeast']);
      if (checked.atLeast !== undefined) assertCount(at, 'options.atLeast', checked.atLeast);
      return lookup.series(checkId(at, 'id', id), checked);
    },
    pair: (id, options) => lookup.pair(checkId(fn('pair'), 'id', id), checkAreaOptions(fn('pair'), options, ['area'])),
    chart: (chart) => lookup.chart(checkId(fn('chart'), 'chart', chart)),
    indicator: (indicator) => lookup.indicator(checkId(fn('indicator'), 'indicator', indicator)),
    contextValue: (indicator, period) => {
      const at = fn('contextValue');
      if (period !== undefined) assertString(at, 'period', period);
      return lookup.contextValue(checkId(at, 'indicator', indicator), period);
    },
    contextPair: (indicator) => lookup.contextPair(checkId(fn('contextPair'), 'indicator', indicator)),
    table: <K extends StandardResourceName>(resource: K) => {
      assertString(fn('table'), 'resource', resource);
      if (!Object.hasOwn(standardSchemas, resource)) return absent(`${JSON.stringify(resource)} is not a standard resource`);
      return lookup.table(resource);
    },
  };
}

/** An id argument of a lookup: any string (an unknown one gives an absent result), else a typed error. */
function checkId(fn: string, argument: string, id: unknown): string {
  assertString(fn, argument, id);
  return id;
}

/** The `{ area?, period? }` options of a lookup of one figure, checked. */
function checkFigureOptions(fn: string, options: FigureOptions | undefined): FigureOptions {
  const checked = checkAreaOptions(fn, options, ['area', 'period']);
  if (checked.period !== undefined) assertString(fn, 'options.period', checked.period);
  return checked;
}

/** Options of a lookup with only the keys `allowed`, and `area` absent, null or a string. */
function checkAreaOptions<T extends { readonly area?: string | null }>(fn: string, options: T | undefined, allowed: readonly string[]): T {
  const checked = checkOptions<T>(fn, options, allowed);
  if (checked.area !== undefined && checked.area !== null) assertString(fn, 'options.area', checked.area);
  return checked;
}

/** Internal: {@link reportLookup} of a dataset already checked; its lookups trust their arguments. */
export function reportLookupUnchecked(dataset: Dataset): ReportLookup {
  const { partnership, period } = dataset.descriptor.scpkit;
  const tables = dataset.tables;
  const figureRows = tables.figures ?? [];

  const printed = (id: string, options: FigureOptions = {}): Lookup<Figure> => {
    const selector = { id, ...options };
    const rows = selectFiguresUnchecked(figureRows, selector);
    if (rows.length === 1) return found(rows[0]!);
    if (rows.length === 0) return absent(`figures.csv has no row for ${describeFigureSelectorUnchecked(selector)}`);
    if (options.period === undefined) {
      const ofReport = rows.filter((r) => periodIsYearUnchecked(r.period, period));
      if (ofReport.length === 1) return found(ofReport[0]!);
    }
    const where = rows.map((r) => [r.area ?? 'the partnership', r.period ?? 'no period'].join(', ')).join('; ');
    return absent(`figures.csv has ${rows.length} rows for ${describeFigureSelectorUnchecked(selector)} (${where}): say which area or period`);
  };
  const figures = (id: string, options: { readonly area?: string | null } = {}): Figure[] =>
    inTimeOrder(selectFiguresUnchecked(figureRows, { id, ...(options.area === undefined ? {} : { area: options.area }) }));
  const contextValue = (indicator: string, at: string = period): Lookup<ContextValue> => {
    const row = (tables['context-values'] ?? []).find((v) => v.indicator === indicator && v.period === at);
    return row === undefined ? absent(`context-values.csv has no ${at} value for indicator ${JSON.stringify(indicator)}`) : found(row);
  };

  return {
    partnership,
    period,
    title: dataset.descriptor.title,
    printed,
    value: (id, options) => {
      const row = printed(id, options);
      return row.found ? found(row.value.value) : row;
    },
    figures,
    series: (id, options = {}) => {
      const rows = figures(id, options);
      const atLeast = options.atLeast ?? 1;
      return rows.length >= atLeast ? found(rows) : absent(`figures.csv has ${rows.length} row${rows.length === 1 ? '' : 's'} for measure ${JSON.stringify(id)}, ${atLeast} needed`);
    },
    pair: (id, options = {}) => {
      const dated = figures(id, options).filter((r) => periodStartYearUnchecked(r.period) !== null);
      if (dated.length < 2) return absent(`figures.csv has ${dated.length === 0 ? 'no' : 'only one'} dated row for measure ${JSON.stringify(id)}: a previous and a current value are needed`);
      return found({ previous: dated[dated.length - 2]!, current: dated[dated.length - 1]! });
    },
    chart: (chart) => {
      const points = (tables['chart-series'] ?? []).filter((p) => p.chart === chart).sort((a, b) => a.position - b.position);
      return points.length === 0 ? absent(`chart-series.csv has no points for chart ${JSON.stringify(chart)}`) : found({ chart, title: points[0]!.title, points });
    },
    indicator: (indicator) => {
      const row = (tables['context-indicators'] ?? []).find((i) => i.indicator === indicator);
      return row === undefined ? absent(`context-indicators.csv has no indicator ${JSON.stringify(indicator)}`) : found(row);
    },
    contextValue,
    contextPair: (indicator) => {
      const start = periodStartYearUnchecked(period);
      if (start === null) return absent(`the report's period ${JSON.stringify(period)} is not a financial year, so it has no previous year`);
      const previousYear = `${start - 1}/${String(start % 100).padStart(2, '0')}`;
      const current = contextValue(indicator, period);
      const previous = contextValue(indicator, previousYear);
      if (!current.found) return current;
      if (!previous.found) return previous;
      return found({ previous: previous.value, current: current.value });
    },
    table: (resource) => {
      const rows = tables[resource];
      return rows === undefined || rows.length === 0 ? absent(`the dataset has no ${resource} rows`) : found(rows);
    },
  };
}

/** Rows in time order of their periods' start years; undated rows last; ties keep file order. */
function inTimeOrder(rows: readonly Figure[]): Figure[] {
  return rows
    .map((row, index) => ({ row, index, start: periodStartYearUnchecked(row.period) }))
    .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.index - b.index)
    .map((x) => x.row);
}
