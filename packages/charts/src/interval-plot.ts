import { InvalidInputError } from '@scpkit/core';
import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { withFigureFrame } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE, TEXT_COLOUR } from './theme.js';
import { requireFigureOptions, requireFinite, requireRows, requireText, requireUnique } from './validate.js';

/**
 * A point estimate with its confidence interval (computed by the library, e.g. Wilson or Byar).
 *
 * @example
 * const r = proportionWithCI(27, 80);
 * const row: IntervalRow = { label: 'Modifiable factors', estimate: r.value, lower: r.lower, upper: r.upper };
 * intervalPlot([row], { id: 'modifiable', title: 'Deaths with modifiable factors', description: 'About a third.', valueTitle: 'Share', zero: true }).table.rows[0]!.map((c) => (typeof c === 'number' ? Number(c.toFixed(4)) : c)); // => ['Modifiable factors', 0.3375, 0.2435, 0.4464]
 */
export interface IntervalRow {
  readonly label: string;
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * Options of {@link intervalPlot}.
 *
 * @example
 * const options: IntervalPlotOptions = { id: 'rate', title: 'Rate', description: 'Below England.', valueTitle: 'Per 100,000', level: 0.998, reference: { value: 30, label: 'England' } };
 * intervalPlot([{ label: 'Area', estimate: 16, lower: 6.4, upper: 31.6 }], options).table.columns; // => ['Item', 'Per 100,000', 'Lower 99.8% limit', 'Upper 99.8% limit']
 */
export interface IntervalPlotOptions extends FigureOptions {
  /** Title of the value axis, e.g. `"Rate per 10,000 children"` or `"Share"`. */
  readonly valueTitle: string;
  /** Header of the label column of the data table. Default `"Item"`. */
  readonly labelTitle?: string;
  /** Confidence level shown in the table headers, e.g. `0.95`. Default 0.95. */
  readonly level?: number;
  /** d3-format of values. Default `",~r"` (use `".0%"` for shares). */
  readonly valueFormat?: string;
  /** Whether the value axis must include zero. Default false (points, not bars, need no zero baseline); shares need it (the figure lint checks). */
  readonly zero?: boolean;
  /** A fixed value-axis domain, e.g. `[0, 100]` for percentages. */
  readonly domain?: readonly [number, number];
  /** Optional vertical reference line, e.g. the England value, with its label. */
  readonly reference?: { readonly value: number; readonly label: string };
}

/**
 * Point estimates with confidence-interval error bars, one row per item in the order given: a
 * horizontal rule from `lower` to `upper` with end caps and a dot at the estimate, optionally a
 * dashed reference line. Requires `lower <= estimate <= upper` for every row.
 *
 * @example
 * const r = rateWithCI(17, 106_575);
 * const figure = intervalPlot([{ label: 'East Sussex', estimate: r.value, lower: r.lower, upper: r.upper }], {
 *   id: 'child-death-rate', title: 'Child deaths per 100,000 children', description: 'The rate with its 95% interval.', valueTitle: 'Rate per 100,000',
 * });
 * figure.table.columns; // => ['Item', 'Rate per 100,000', 'Lower 95% limit', 'Upper 95% limit']
 */
export function intervalPlot(rows: readonly IntervalRow[], options: IntervalPlotOptions): Figure {
  const fn = 'intervalPlot';
  requireFigureOptions(fn, options);
  requireRows(fn, rows);
  const valueTitle = requireText(fn, 'options.valueTitle', options.valueTitle);
  const labelTitle = options.labelTitle ?? 'Item';
  const level = options.level ?? 0.95;
  requireFinite(fn, 'options.level', level);
  if (level <= 0 || level >= 1) throw new InvalidInputError(fn, 'options.level', level, 'must be between 0 and 1 (exclusive)');
  const format = options.valueFormat ?? ',~r';
  rows.forEach((r, i) => {
    requireText(fn, `rows[${i}].label`, r.label);
    requireFinite(fn, `rows[${i}].estimate`, r.estimate);
    requireFinite(fn, `rows[${i}].lower`, r.lower);
    requireFinite(fn, `rows[${i}].upper`, r.upper);
    if (!(r.lower <= r.estimate && r.estimate <= r.upper)) {
      throw new InvalidInputError(fn, `rows[${i}]`, { lower: r.lower, estimate: r.estimate, upper: r.upper }, 'must satisfy lower <= estimate <= upper');
    }
  });
  requireUnique(fn, 'rows.label', rows.map((r) => r.label));
  if (options.domain !== undefined) {
    const d = options.domain;
    if (!(Array.isArray(d) && d.length === 2 && Number.isFinite(d[0]) && Number.isFinite(d[1]) && d[0] < d[1])) throw new InvalidInputError(fn, 'options.domain', d, 'must be [low, high] with low < high');
  }
  if (options.reference !== undefined) {
    requireFinite(fn, 'options.reference.value', options.reference.value);
    requireText(fn, 'options.reference.label', options.reference.label);
  }
  const percent = `${Number((level * 100).toPrecision(12))}%`;
  const y = { field: 'label', type: 'nominal', sort: rows.map((r) => r.label), title: null };
  const values = rows.map((r) => ({ label: r.label, estimate: r.estimate, lower: r.lower, upper: r.upper }));
  const layers: unknown[] = [
    {
      mark: { type: 'rule', strokeWidth: 2, color: ANALYSIS_FUNCTION_PALETTE[0] },
      encoding: {
        y,
        x: { field: 'lower', type: 'quantitative', title: valueTitle, axis: { format }, scale: options.domain === undefined ? { zero: options.zero ?? false } : { domain: [...options.domain], nice: false } },
        x2: { field: 'upper' },
      },
    },
    { mark: { type: 'tick', orient: 'vertical', thickness: 2, size: 12, opacity: 1, color: ANALYSIS_FUNCTION_PALETTE[0] }, encoding: { y, x: { field: 'lower', type: 'quantitative' } } },
    { mark: { type: 'tick', orient: 'vertical', thickness: 2, size: 12, opacity: 1, color: ANALYSIS_FUNCTION_PALETTE[0] }, encoding: { y, x: { field: 'upper', type: 'quantitative' } } },
    {
      mark: { type: 'point', filled: true, size: 90, color: TEXT_COLOUR },
      encoding: {
        y,
        x: { field: 'estimate', type: 'quantitative' },
        tooltip: [
          { field: 'label', type: 'nominal', title: labelTitle },
          { field: 'estimate', type: 'quantitative', title: valueTitle, format },
          { field: 'lower', type: 'quantitative', title: `Lower ${percent} limit`, format },
          { field: 'upper', type: 'quantitative', title: `Upper ${percent} limit`, format },
        ],
      },
    },
  ];
  if (options.reference !== undefined) {
    const ref = { data: { values: [{ value: options.reference.value, label: options.reference.label }] } };
    layers.push(
      { ...ref, mark: { type: 'rule', strokeDash: [4, 4], color: TEXT_COLOUR }, encoding: { x: { field: 'value', type: 'quantitative' } } },
      {
        ...ref,
        mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -2, y: 0 },
        encoding: { x: { field: 'value', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
      },
    );
  }
  const spec = withFigureFrame(options, {
    width: options.width ?? 480,
    height: { step: 30 },
    data: { values },
    layer: layers,
  });
  return figureOf(options, spec, {
    columns: [labelTitle, valueTitle, `Lower ${percent} limit`, `Upper ${percent} limit`],
    rows: values.map((v) => [v.label, v.estimate, v.lower, v.upper]),
  });
}
