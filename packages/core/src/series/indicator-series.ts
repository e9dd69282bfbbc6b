import type { Dataset } from '../dataset/index.js';
import type { ContextIndicator } from '../dataset/schemas/context-indicator.js';
import type { ContextValue } from '../dataset/schemas/context-value.js';
import type { Figure } from '../dataset/schemas/figure.js';
import { InvalidInputError } from '../errors/index.js';
import { assertReportDataset } from '../lookup/check-report-dataset.js';
import { assertPeriodText, periodStartYearUnchecked } from '../lookup/period-start.js';
import { assertArray } from '../stats/validate-input.js';

/**
 * Where a value of a series was printed: the report, the resource and row, and the quote.
 *
 * @example
 * const { series } = indicatorSeries(loadReports('datasets/east-sussex'));
 * const referrals = series.find((s) => s.key === 'context-values:referrals-statutory-social-care')!;
 * const source: SeriesSource = referrals.points[1]!.source;
 * [source.report, source.reportPeriod, source.resource, source.section]; // => ['east-sussex-2021-22', '2021/22', 'context-values', '3']
 */
export interface SeriesSource {
  /** The report's descriptor name, e.g. `east-sussex-2021-22`. */
  readonly report: string;
  /** The report's own period (`scpkit.period`). */
  readonly reportPeriod: string;
  readonly resource: 'context-values' | 'figures';
  /** CSV line of the row (header is line 1), when the dataset recorded it. */
  readonly row: number | null;
  readonly section: string;
  readonly quote: string;
}

/**
 * One value of a series: a financial year `YYYY/YY`, the value the latest report printing it gives, and where.
 *
 * @example
 * const { series } = indicatorSeries(loadReports('datasets/east-sussex'));
 * const referrals = series.find((s) => s.key === 'context-values:referrals-statutory-social-care')!;
 * const point: SeriesPoint = referrals.points[0]!;
 * [point.period, point.value]; // => ['2020/21', 3811]
 */
export interface SeriesPoint {
  readonly period: string;
  readonly value: number;
  readonly source: SeriesSource;
}

/**
 * Two reports printing different values for the same indicator and year; the series keeps `later`.
 *
 * @example
 * const revisions: readonly SeriesRevision[] = indicatorSeries(loadReports('datasets/east-sussex')).revisions;
 * revisions; // => []
 */
export interface SeriesRevision {
  readonly key: string;
  readonly period: string;
  readonly earlier: { readonly value: number; readonly source: SeriesSource };
  readonly later: { readonly value: number; readonly source: SeriesSource };
}

/**
 * One indicator over the years, from every report of a partnership.
 *
 * @example
 * const { series } = indicatorSeries(loadReports('datasets/east-sussex'));
 * const referrals = series.find((s) => s.key === 'context-values:referrals-statutory-social-care')!;
 * const s: IndicatorSeries = referrals;
 * [s.resource, s.indicator, s.unit, s.points.length]; // => ['context-values', 'referrals-statutory-social-care', 'count', 2]
 */
export interface IndicatorSeries {
  /** `context-values:<indicator>` or `figures:<measure id>`. */
  readonly key: string;
  readonly resource: 'context-values' | 'figures';
  /** The indicator or measure id. */
  readonly indicator: string;
  /** Its label as the latest report prints it. */
  readonly label: string;
  /** `count` for context values; the figure's unit for figures. */
  readonly unit: string;
  /** Points in time order, one per financial year. */
  readonly points: readonly SeriesPoint[];
  /** Years on which two reports disagree, in time order. */
  readonly revisions: readonly SeriesRevision[];
}

/**
 * The series of every indicator, and every revision across them.
 *
 * @example
 * const result: SeriesOfReports = indicatorSeries(loadReports('datasets/east-sussex'));
 * result.series.find((s) => s.resource === 'figures')?.key; // => 'figures:assurance-dashboard-performance-indicators'
 */
export interface SeriesOfReports {
  readonly series: readonly IndicatorSeries[];
  readonly revisions: readonly SeriesRevision[];
}

const FINANCIAL_YEAR = /(?:^|[^0-9])((?:19|20)[0-9]{2})\/([0-9]{2})(?![0-9])/;

/**
 * The financial year `YYYY/YY` a printed period names ("end of 2021/22" names 2021/22); `null` for any other period, or a misprint such as "2021/21".
 *
 * @example
 * financialYearOf('end of 2021/22'); // => '2021/22'
 * financialYearOf('Apr 2020 - Mar 2021'); // => null
 * financialYearOf('2021/21'); // => null
 * @throws {InvalidInputError} when `period` is neither a string nor null.
 */
export function financialYearOf(period: string | null): string | null {
  assertPeriodText('financialYearOf', 'period', period);
  return financialYearOfUnchecked(period);
}

/** Internal: {@link financialYearOf} of a period already checked (a string or null). */
export function financialYearOfUnchecked(period: string | null): string | null {
  if (period === null) return null;
  const match = FINANCIAL_YEAR.exec(period);
  if (match === null) return null;
  const start = Number(match[1]);
  return match[2] === String((start + 1) % 100).padStart(2, '0') ? `${match[1]}/${match[2]}` : null;
}

/**
 * Builds each indicator's time series from every report of one partnership: the year-on-year
 * indicators (`context-values`, current and previous year as each report prints them) and the
 * partnership's own figures (`figures` rows with an empty area whose period names one financial
 * year). Reports are taken in time order of their own period; where two reports print different
 * values for the same indicator and year, the series keeps the later report's value and records a
 * revision with both values and both sources. A value printed the same way twice is not a revision.
 *
 * @example
 * const { series, revisions } = indicatorSeries(loadReports('datasets/east-sussex'));
 * series.find((s) => s.key === 'context-values:referrals-statutory-social-care')?.points.map((p) => [p.period, p.value]);
 * // => [['2020/21', 3811], ['2021/22', 4169]]
 * revisions; // => []
 * @throws {InvalidInputError} when `reports` is not an array of datasets as `parseDataset` gives them
 *   (naming the report and field), or the reports are of different partnerships, two share a
 *   period, or one's period is not a year.
 */
export function indicatorSeries(reports: readonly Dataset[]): SeriesOfReports {
  const fn = 'indicatorSeries';
  if (!Array.isArray(reports)) throw new InvalidInputError(fn, 'reports', reports, 'must be an array of datasets');
  assertArray(fn, 'reports', reports);
  reports.forEach((report, i) => assertReportDataset(fn, `reports[${i}]`, report));
  return indicatorSeriesUnchecked(reports);
}

/** Internal: {@link indicatorSeries} of datasets already checked (it still refuses reports that do not make one series). */
export function indicatorSeriesUnchecked(reports: readonly Dataset[]): SeriesOfReports {
  const fn = 'indicatorSeries';
  const partnerships = new Set(reports.map((r) => r.descriptor.scpkit.partnership));
  if (partnerships.size > 1) throw new InvalidInputError(fn, 'reports', [...partnerships], 'must all be reports of one partnership');
  const ordered = reports.map((report, index) => {
    const start = periodStartYearUnchecked(report.descriptor.scpkit.period);
    if (start === null) throw new InvalidInputError(fn, `reports[${index}].descriptor.scpkit.period`, report.descriptor.scpkit.period, 'must name a year');
    return { report, start };
  });
  ordered.sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.start === ordered[i - 1]!.start) {
      throw new InvalidInputError(fn, 'reports', ordered[i]!.report.descriptor.scpkit.period, 'has two reports for the same period');
    }
  }

  type Entry = { resource: 'context-values' | 'figures'; indicator: string; label: string; unit: string; points: Map<string, SeriesPoint>; revisions: SeriesRevision[] };
  const byKey = new Map<string, Entry>();
  const add = (key: string, meta: Omit<Entry, 'points' | 'revisions'>, point: SeriesPoint) => {
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { ...meta, points: new Map(), revisions: [] };
      byKey.set(key, entry);
    } else {
      entry.label = meta.label;
      entry.unit = meta.unit;
    }
    const before = entry.points.get(point.period);
    if (before !== undefined && before.value !== point.value) {
      entry.revisions.push({ key, period: point.period, earlier: { value: before.value, source: before.source }, later: { value: point.value, source: point.source } });
    }
    entry.points.set(point.period, point);
  };

  for (const { report } of ordered as { report: Dataset; start: number }[]) {
    const name = report.descriptor.name;
    const reportPeriod = report.descriptor.scpkit.period;
    const source = (resource: SeriesSource['resource'], index: number, row: { section: string; quote: string }): SeriesSource => ({
      report: name,
      reportPeriod,
      resource,
      row: (report.rowNumbers as Dataset['rowNumbers'] | undefined)?.[resource]?.[index] ?? null,
      section: row.section,
      quote: row.quote,
    });
    const indicators: readonly ContextIndicator[] = report.tables['context-indicators'] ?? [];
    const values: readonly ContextValue[] = report.tables['context-values'] ?? [];
    const figures: readonly Figure[] = report.tables.figures ?? [];
    const labels = new Map(indicators.map((i) => [i.indicator, i.label]));
    values.forEach((v, index) => {
      add(`context-values:${v.indicator}`, { resource: 'context-values', indicator: v.indicator, label: labels.get(v.indicator) ?? v.indicator, unit: 'count' }, { period: v.period, value: v.value, source: source('context-values', index, v) });
    });
    figures.forEach((f, index) => {
      const year = f.area === null ? financialYearOfUnchecked(f.period) : null;
      if (year === null) return;
      add(`figures:${f.id}`, { resource: 'figures', indicator: f.id, label: f.measure, unit: f.unit }, { period: year, value: f.value, source: source('figures', index, f) });
    });
  }

  const series: IndicatorSeries[] = [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, e]) => ({
      key,
      resource: e.resource,
      indicator: e.indicator,
      label: e.label,
      unit: e.unit,
      points: [...e.points.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)),
      revisions: e.revisions.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)),
    }));
  return { series, revisions: series.flatMap((s) => s.revisions) };
}
