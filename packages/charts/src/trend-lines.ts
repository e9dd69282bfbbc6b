import { InvalidInputError } from '@scpkit/core';
import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { wrapText } from './fit-titles.js';
import { withFigureFrame } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE } from './theme.js';
import { requireFigureOptions, requireFinite, requireRows, requireText } from './validate.js';

/**
 * One value of one series: the series (`series`, e.g. an indicator's label), its period, value, and whether a later report revised it.
 *
 * @example
 * const rows: TrendRow[] = [{ series: 'Referrals', period: '2020/21', value: 3811 }, { series: 'Referrals', period: '2021/22', value: 4170, revised: true, revisedFrom: '4,169 in the 2021/22 report' }];
 * trendLines(rows, { id: 'trends', title: 'Trends', description: 'Referrals rose.', valueTitle: 'Count' }).table.rows[1]; // => ['Referrals', '2021/22', 4170, 'yes: was 4,169 in the 2021/22 report']
 */
export interface TrendRow {
  readonly series: string;
  readonly period: string;
  readonly value: number;
  /** True where a later report printed a different value for this period (the value shown is the later one). */
  readonly revised?: boolean;
  /** What the value replaced, for the data table (e.g. "4,169 in the 2021/22 report"). */
  readonly revisedFrom?: string;
}

/**
 * Options of {@link trendLines}.
 *
 * @example
 * const options: TrendLinesOptions = { id: 'trends', title: 'Trends', description: 'Referrals rose.', valueTitle: 'Referrals', seriesTitle: 'Indicator', periodTitle: 'Year' };
 * trendLines([{ series: 'Referrals', period: '2021/22', value: 4169 }], options).table.columns; // => ['Indicator', 'Year', 'Referrals', 'Revised']
 */
export interface TrendLinesOptions extends FigureOptions {
  /** Title of the value axes and of the value column of the data table. */
  readonly valueTitle: string;
  /** Header of the series column of the data table. Default `"Series"`. */
  readonly seriesTitle?: string;
  /** Header of the period column of the data table. Default `"Period"`. */
  readonly periodTitle?: string;
  /** Panels per row. Default 2. */
  readonly columns?: number;
  /** d3-format of values. Default `",~r"`. */
  readonly valueFormat?: string;
}

/**
 * One small line chart per series (each on its own value scale, since indicators differ in size),
 * periods in the order given, every point labelled with its value; a point a later report revised is
 * drawn as a larger dark-pink diamond and labelled "revised", so the mark never relies on colour alone.
 * The data table has a "Revised" column ("yes: <what it replaced>" or empty).
 *
 * @example
 * trendLines([{ series: 'Referrals', period: '2020/21', value: 3811 }, { series: 'Referrals', period: '2021/22', value: 4170, revised: true, revisedFrom: '4169' }],
 *   { id: 'trends', title: 'Trends', description: 'Referrals rose.', valueTitle: 'Count' }).table.columns;
 * // => ['Series', 'Period', 'Count', 'Revised']
 */
export function trendLines(rows: readonly TrendRow[], options: TrendLinesOptions): Figure {
  const fn = 'trendLines';
  requireFigureOptions(fn, options);
  requireRows(fn, rows);
  const valueTitle = requireText(fn, 'options.valueTitle', options.valueTitle);
  const seriesTitle = options.seriesTitle ?? 'Series';
  const periodTitle = options.periodTitle ?? 'Period';
  const columns = options.columns ?? 2;
  if (!Number.isInteger(columns) || columns < 1) throw new InvalidInputError(fn, 'options.columns', columns, 'must be a positive integer');
  const format = options.valueFormat ?? ',~r';
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    requireText(fn, `rows[${i}].series`, r.series);
    requireText(fn, `rows[${i}].period`, r.period);
    requireFinite(fn, `rows[${i}].value`, r.value);
    const key = JSON.stringify([r.series, r.period]);
    if (seen.has(key)) throw new InvalidInputError(fn, `rows[${i}]`, { series: r.series, period: r.period }, 'repeats an earlier (series, period) pair');
    seen.add(key);
  });
  const seriesNames = [...new Set(rows.map((r) => r.series))];
  const periods = [...new Set(rows.map((r) => r.period))];
  const [blue, , pink] = ANALYSIS_FUNCTION_PALETTE;
  const panelWidth = options.width ?? 220;
  // Each panel's header (the series name, bold 13 px as the theme sets headers) broken into lines
  // no wider than its panel, so a long indicator name never runs over the next panel.
  const headerLines = Object.fromEntries(seriesNames.map((name) => [name, wrapText(name, panelWidth, 13, true)]));
  // A revised point's label sits higher: its diamond is larger than an ordinary point.
  const valueLabel = (revised: boolean, dy: number) => ({
    mark: { type: 'text', dy, fontSize: 11 },
    transform: [{ filter: `datum.revised ${revised ? '===' : '!=='} true` }],
    encoding: { text: { field: 'label', type: 'nominal' } },
  });
  const panel = {
    width: panelWidth,
    height: 120,
    encoding: {
      x: { field: 'period', type: 'ordinal', sort: periods, title: null, axis: { labelAngle: 0 } },
      y: { field: 'value', type: 'quantitative', title: valueTitle, axis: { format, tickCount: 4 }, scale: { zero: true } },
    },
    layer: [
      { mark: { type: 'line', color: blue, strokeWidth: 2 } },
      {
        mark: { type: 'point', filled: true, color: blue, size: 50 },
        transform: [{ filter: 'datum.revised !== true' }],
      },
      {
        mark: { type: 'point', filled: true, shape: 'diamond', color: pink, size: 140 },
        transform: [{ filter: 'datum.revised === true' }],
      },
      valueLabel(false, -10),
      valueLabel(true, -14),
    ],
  };
  const values = rows.map((r) => ({
    series: r.series,
    period: r.period,
    value: r.value,
    revised: r.revised === true,
    label: `${formatNumber(r.value)}${r.revised === true ? ' (revised)' : ''}`,
  }));
  const body = {
    data: { values },
    facet: { field: 'series', type: 'nominal', title: null, sort: seriesNames, header: { labelAnchor: 'start', labelLimit: options.labelLimit ?? 320, labelExpr: `${JSON.stringify(headerLines)}[datum.value]` } },
    columns: Math.min(columns, seriesNames.length),
    spacing: { row: 24, column: 32 },
    resolve: { scale: { y: 'independent' } },
    spec: panel,
  };
  const spec = withFigureFrame(options, body);
  return figureOf(options, spec, {
    columns: [seriesTitle, periodTitle, valueTitle, 'Revised'],
    rows: rows.map((r) => [r.series, r.period, r.value, r.revised === true ? `yes${r.revisedFrom === undefined ? '' : `: was ${r.revisedFrom}`}` : '']),
  });
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
