import { InvalidInputError } from '@scpkit/core';
import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { withFigureFrame, expressionString } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE, MUTED_COLOUR } from './theme.js';
import { requireFigureOptions, requireFinite, requireOneOf, requireRows, requireText, requireUnique } from './validate.js';

/** One item compared between two periods. */
export interface DumbbellRow {
  readonly item: string;
  /** Value in the earlier period; `null` when the source prints none (drawn as no point, `[x]` in the table, never 0). */
  readonly previous: number | null;
  /** Value in the later period; `null` when the source prints none (drawn as no point, `[x]` in the table, never 0). */
  readonly current: number | null;
  /**
   * The change computed by the library (e.g. `@scpkit/core`'s percent change, as a fraction:
   * 0.12 for +12%). When absent the label shows the difference `current - previous`.
   */
  readonly change?: number;
  /** What the report printed for this change, verbatim (e.g. `"↑ 12%"`), shown beside the computed label. */
  readonly printed?: string;
  /**
   * Marks the row for attention (e.g. the printed change disagrees with the computed one): its label
   * is drawn bold in dark pink and the data table gains a column (`options.highlightTitle`).
   */
  readonly highlight?: boolean;
}

/** Options of {@link dumbbell}. */
export interface DumbbellOptions extends FigureOptions {
  /** Label of the earlier period, e.g. `"2020/21"`. */
  readonly previousLabel: string;
  /** Label of the later period, e.g. `"2021/22"`. */
  readonly currentLabel: string;
  /** Title of the value axis, e.g. `"Children subject to a plan"`. */
  readonly valueTitle: string;
  /** Header of the item column of the data table. Default `"Item"`. */
  readonly itemTitle?: string;
  /** d3-format for values (axis, difference label). Default `",~r"`. */
  readonly valueFormat?: string;
  /** d3-format for `change` when given. Default `"+.0%"`. */
  readonly changeFormat?: string;
  /**
   * `linear` (default) or `log`: a log scale keeps items of very different sizes readable on one
   * axis (equal ratios look equal); it needs every value to be positive.
   */
  readonly valueScale?: 'linear' | 'log';
  /** Header of the table column that records `highlight` (present when any row sets it). Default `"Highlighted"`. */
  readonly highlightTitle?: string;
}

/**
 * Year-on-year dumbbell: per item a muted connector from the previous to the current value, a point
 * for each period (previous in turquoise, current in dark blue), and beside it the computed change
 * (the row's `change`, else the difference) followed by what the report printed, e.g.
 * `+12% (report: ↑ 12%)`. Items keep the order given. The data table has one row per item.
 * A value the source does not print is `null`: that period's point is not drawn, the label says
 * "no <period> figure", and the table shows `[x]` (not available). Highlighted rows carry a bold
 * dark-pink label.
 */
export function dumbbell(rows: readonly DumbbellRow[], options: DumbbellOptions): Figure {
  const fn = 'dumbbell';
  requireFigureOptions(fn, options);
  requireRows(fn, rows);
  const previousLabel = requireText(fn, 'options.previousLabel', options.previousLabel);
  const currentLabel = requireText(fn, 'options.currentLabel', options.currentLabel);
  const valueTitle = requireText(fn, 'options.valueTitle', options.valueTitle);
  if (previousLabel === currentLabel) {
    throw new InvalidInputError(fn, 'options.currentLabel', currentLabel, 'must differ from options.previousLabel');
  }
  const itemTitle = options.itemTitle ?? 'Item';
  const valueFormat = options.valueFormat ?? ',~r';
  const changeFormat = options.changeFormat ?? '+.0%';
  const valueScale = requireOneOf(fn, 'options.valueScale', options.valueScale ?? 'linear', ['linear', 'log']);
  const highlightTitle = requireText(fn, 'options.highlightTitle', options.highlightTitle ?? 'Highlighted');
  rows.forEach((r, i) => {
    requireText(fn, `rows[${i}].item`, r.item);
    for (const key of ['previous', 'current'] as const) {
      const value = r[key];
      if (value === null) continue;
      requireFinite(fn, `rows[${i}].${key}`, value);
      if (valueScale === 'log' && value <= 0) {
        throw new InvalidInputError(fn, `rows[${i}].${key}`, value, 'must be positive on a log scale');
      }
    }
    if (r.previous === null && r.current === null) {
      throw new InvalidInputError(fn, `rows[${i}]`, r.item, 'has neither a previous nor a current value');
    }
    if (r.change !== undefined) {
      requireFinite(fn, `rows[${i}].change`, r.change);
      if (r.previous === null || r.current === null) {
        throw new InvalidInputError(fn, `rows[${i}].change`, r.change, 'cannot be given when a value is missing');
      }
    }
    if (r.printed !== undefined) requireText(fn, `rows[${i}].printed`, r.printed);
    if (r.highlight !== undefined && typeof r.highlight !== 'boolean') {
      throw new InvalidInputError(fn, `rows[${i}].highlight`, r.highlight, 'must be true or false');
    }
  });
  requireUnique(fn, 'rows.item', rows.map((r) => r.item));
  const anyChange = rows.some((r) => r.change !== undefined);
  const anyPrinted = rows.some((r) => r.printed !== undefined);
  const anyHighlight = rows.some((r) => r.highlight !== undefined);

  const values = rows.map((r) => ({
    item: r.item,
    previous: r.previous,
    current: r.current,
    difference: r.previous === null || r.current === null ? null : r.current - r.previous,
    change: r.change ?? null,
    printed: r.printed ?? null,
    highlight: r.highlight ?? false,
  }));
  const missingText =
    `'no ' + (isValid(datum.previous) ? ${expressionString(currentLabel)} : ${expressionString(previousLabel)}) + ' figure'`;
  const changeText =
    `isValid(datum.change) ? format(datum.change, ${expressionString(changeFormat)})` +
    ` : isValid(datum.difference) ? (datum.difference > 0 ? '+' : '') + format(datum.difference, ${expressionString(valueFormat)})` +
    ` : ${missingText}`;
  const label = `(${changeText}) + (isValid(datum.printed) ? ' (report: ' + datum.printed + ')' : '')`;
  const periodLabel = `datum.period === 'previous' ? ${expressionString(previousLabel)} : ${expressionString(currentLabel)}`;
  const y = { field: 'item', type: 'nominal', sort: rows.map((r) => r.item), title: null };
  const scale = valueScale === 'log' ? { type: 'log' } : {};
  const labelMark = { type: 'text', align: 'left', baseline: 'middle', dx: 10 };
  // The label sits right of the item's larger value (or its only one); highlighted rows get a second, bold layer.
  const labelTransforms = [
    { calculate: 'isValid(datum.difference) ? max(datum.previous, datum.current) : isValid(datum.previous) ? datum.previous : datum.current', as: 'labelAt' },
    { calculate: label, as: 'label' },
  ];
  const labelEncoding = { y, x: { field: 'labelAt', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } };

  const spec = withFigureFrame(options, {
    width: options.width ?? 420,
    height: { step: 30 },
    data: { values },
    layer: [
      {
        transform: [{ filter: 'isValid(datum.difference)' }],
        mark: { type: 'rule', strokeWidth: 3, color: MUTED_COLOUR, opacity: 0.6 },
        encoding: {
          y,
          x: { field: 'previous', type: 'quantitative', title: valueTitle, axis: { format: valueFormat }, scale },
          x2: { field: 'current' },
        },
      },
      {
        transform: [
          { fold: ['previous', 'current'], as: ['period', 'value'] },
          { filter: 'isValid(datum.value)' },
          { calculate: periodLabel, as: 'periodLabel' },
        ],
        mark: { type: 'point', filled: true, size: 110, opacity: 1 },
        encoding: {
          y,
          x: { field: 'value', type: 'quantitative' },
          color: {
            field: 'periodLabel',
            type: 'nominal',
            title: null,
            scale: { domain: [previousLabel, currentLabel], range: [ANALYSIS_FUNCTION_PALETTE[1], ANALYSIS_FUNCTION_PALETTE[0]] },
          },
          tooltip: [
            { field: 'item', type: 'nominal', title: itemTitle },
            { field: 'periodLabel', type: 'nominal', title: 'Period' },
            { field: 'value', type: 'quantitative', title: valueTitle, format: valueFormat },
          ],
        },
      },
      { transform: [...labelTransforms, { filter: '!datum.highlight' }], mark: labelMark, encoding: labelEncoding },
      {
        transform: [...labelTransforms, { filter: 'datum.highlight' }],
        mark: { ...labelMark, fontWeight: 'bold', color: ANALYSIS_FUNCTION_PALETTE[2] },
        encoding: labelEncoding,
      },
    ],
  });

  const columns = [itemTitle, previousLabel, currentLabel, 'Difference'];
  if (anyChange) columns.push('Change (computed)');
  if (anyPrinted) columns.push('Change (report)');
  if (anyHighlight) columns.push(highlightTitle);
  const tableRows = values.map((v) => {
    const row: (string | number)[] = [v.item, v.previous ?? '[x]', v.current ?? '[x]', v.difference ?? '[x]'];
    if (anyChange) row.push(v.change ?? '[x]');
    if (anyPrinted) row.push(v.printed ?? '[x]');
    if (anyHighlight) row.push(v.highlight ? 'yes' : 'no');
    return row;
  });
  return figureOf(options, spec, { columns, rows: tableRows });
}
