import { InvalidInputError } from '@scpkit/core';
import type { Figure, FigureOptions } from './figure.js';
import { withFigureFrame, expressionString } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE, MUTED_COLOUR } from './theme.js';
import { requireFigureOptions, requireFinite, requireRows, requireText, requireUnique } from './validate.js';

/** One item compared between two periods. */
export interface DumbbellRow {
  readonly item: string;
  readonly previous: number;
  readonly current: number;
  /**
   * The change computed by the library (e.g. `@scpkit/core`'s percent change, as a fraction:
   * 0.12 for +12%). When absent the label shows the difference `current - previous`.
   */
  readonly change?: number;
  /** What the report printed for this change, verbatim (e.g. `"↑ 12%"`), shown beside the computed label. */
  readonly printed?: string;
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
}

/**
 * Year-on-year dumbbell: per item a muted connector from the previous to the current value, a point
 * for each period (previous in turquoise, current in dark blue), and beside it the computed change
 * (the row's `change`, else the difference) followed by what the report printed, e.g.
 * `+12% (report: ↑ 12%)`. Items keep the order given. The data table has one row per item.
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
  rows.forEach((r, i) => {
    requireText(fn, `rows[${i}].item`, r.item);
    requireFinite(fn, `rows[${i}].previous`, r.previous);
    requireFinite(fn, `rows[${i}].current`, r.current);
    if (r.change !== undefined) requireFinite(fn, `rows[${i}].change`, r.change);
    if (r.printed !== undefined) requireText(fn, `rows[${i}].printed`, r.printed);
  });
  requireUnique(fn, 'rows.item', rows.map((r) => r.item));
  const anyChange = rows.some((r) => r.change !== undefined);
  const anyPrinted = rows.some((r) => r.printed !== undefined);

  const values = rows.map((r) => ({
    item: r.item,
    previous: r.previous,
    current: r.current,
    difference: r.current - r.previous,
    change: r.change ?? null,
    printed: r.printed ?? null,
  }));
  const changeText =
    `isValid(datum.change) ? format(datum.change, ${expressionString(changeFormat)})` +
    ` : (datum.difference > 0 ? '+' : '') + format(datum.difference, ${expressionString(valueFormat)})`;
  const label = `(${changeText}) + (isValid(datum.printed) ? ' (report: ' + datum.printed + ')' : '')`;
  const periodLabel = `datum.period === 'previous' ? ${expressionString(previousLabel)} : ${expressionString(currentLabel)}`;
  const y = { field: 'item', type: 'nominal', sort: rows.map((r) => r.item), title: null };

  const spec = withFigureFrame(options, {
    width: options.width ?? 420,
    height: { step: 30 },
    data: { values },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 3, color: MUTED_COLOUR, opacity: 0.6 },
        encoding: {
          y,
          x: { field: 'previous', type: 'quantitative', title: valueTitle, axis: { format: valueFormat } },
          x2: { field: 'current' },
        },
      },
      {
        transform: [
          { fold: ['previous', 'current'], as: ['period', 'value'] },
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
      {
        transform: [
          { calculate: 'max(datum.previous, datum.current)', as: 'labelAt' },
          { calculate: label, as: 'label' },
        ],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 10 },
        encoding: { y, x: { field: 'labelAt', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
      },
    ],
  });

  const columns = [itemTitle, previousLabel, currentLabel, 'Difference'];
  if (anyChange) columns.push('Change (computed)');
  if (anyPrinted) columns.push('Change (report)');
  const tableRows = values.map((v) => {
    const row: (string | number)[] = [v.item, v.previous, v.current, v.difference];
    if (anyChange) row.push(v.change ?? '[x]');
    if (anyPrinted) row.push(v.printed ?? '[x]');
    return row;
  });
  return { id: options.id, title: options.title, description: options.description, spec, table: { columns, rows: tableRows } };
}
