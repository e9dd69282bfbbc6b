import { InvalidInputError } from '@scpkit/core';
import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { d3Format, fittedTickCount, withFigureFrame } from './spec.js';
import { requireFigureOptions, requireFinite, requireRows, requireText, requireUnique } from './validate.js';

/**
 * One bar of a ranked bar chart.
 *
 * @example
 * const row: RankedBarRow = { category: 'Schools', value: 100, upper: 200 }; // printed "100% to 200%"
 * rankedBars([row], { id: 'range', title: 'Range', description: 'A printed range.', valueTitle: 'Percent' }).table.rows; // => [['Schools', 100, 200]]
 */
export interface RankedBarRow {
  readonly category: string;
  readonly value: number;
  /**
   * The top of a range the source prints ("100% to 200%"), `value` being its bottom: the bar runs
   * solid to `value` and continues lighter to `upper`, labelled "value to upper", in one row.
   */
  readonly upper?: number;
}

/**
 * Options of {@link rankedBars}.
 *
 * @example
 * const options: RankedBarsOptions = { id: 'sources', title: 'Referrals by source', description: 'Police first.', valueTitle: 'Referrals', categoryTitle: 'Source', order: 'ascending' };
 * rankedBars([{ category: 'Police', value: 412 }, { category: 'Schools', value: 380 }], options).table; // => { columns: ['Source', 'Referrals'], rows: [['Schools', 380], ['Police', 412]] }
 */
export interface RankedBarsOptions extends FigureOptions {
  /** Title of the value axis and of the value column of the data table, e.g. `"Referrals"`. */
  readonly valueTitle: string;
  /** Header of the category column of the data table (the category axis has no title). Default `"Category"`. */
  readonly categoryTitle?: string;
  /** d3-format specifier for value labels and the value axis, e.g. `",.0f"`, `".0%"`, `"$,.0f"` (£). Default `",~r"`. */
  readonly valueFormat?: string;
  /** `descending` (largest first, the default) or `ascending`. */
  readonly order?: 'descending' | 'ascending';
}

/**
 * Horizontal bars, one per category, sorted by value (ties by category name) and labelled with
 * their values: the chart for "which is largest". The data table lists the rows in the same order.
 *
 * @example
 * const figure = rankedBars([{ category: 'Schools', value: 380 }, { category: 'Police', value: 412 }],
 *   { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' });
 * figure.table; // => { columns: ['Category', 'Referrals'], rows: [['Police', 412], ['Schools', 380]] }
 */
export function rankedBars(rows: readonly RankedBarRow[], options: RankedBarsOptions): Figure {
  const fn = 'rankedBars';
  requireFigureOptions(fn, options);
  requireRows(fn, rows);
  const valueTitle = requireText(fn, 'options.valueTitle', options.valueTitle);
  const categoryTitle = options.categoryTitle ?? 'Category';
  rows.forEach((r, i) => {
    requireText(fn, `rows[${i}].category`, r.category);
    requireFinite(fn, `rows[${i}].value`, r.value);
    if (r.upper !== undefined && !(requireFinite(fn, `rows[${i}].upper`, r.upper) > r.value)) {
      throw new InvalidInputError(fn, `rows[${i}].upper`, r.upper, 'must be greater than value (the bottom of the range)');
    }
  });
  requireUnique(fn, 'rows.category', rows.map((r) => r.category));
  const direction = options.order === 'ascending' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => direction * (a.value - b.value) || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  const format = options.valueFormat ?? ',~r';

  const width = options.width ?? 480;
  const tickCount = fittedTickCount(Math.min(...sorted.map((r) => r.value)), Math.max(...sorted.map((r) => r.upper ?? r.value)), width, format);
  const anyRange = sorted.some((r) => r.upper !== undefined);
  const formatted = d3Format(format);
  const spec = withFigureFrame(options, {
    width,
    height: { step: 26 },
    data: { values: sorted.map((r) => ({ category: r.category, value: r.value, upper: r.upper ?? null, label: r.upper === undefined ? formatted(r.value) : `${formatted(r.value)} to ${formatted(r.upper)}` })) },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: sorted.map((r) => r.category), title: null },
      x: { field: 'value', type: 'quantitative', title: valueTitle, axis: { format, tickCount } },
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          tooltip: [
            { field: 'category', type: 'nominal', title: categoryTitle },
            { field: 'value', type: 'quantitative', title: valueTitle, format },
          ],
        },
      },
      ...(anyRange
        ? [
            {
              transform: [{ filter: 'isValid(datum.upper)' }],
              mark: { type: 'bar', opacity: 0.45 },
              encoding: { x: { field: 'value', type: 'quantitative' }, x2: { field: 'upper' } },
            },
          ]
        : []),
      {
        transform: [{ calculate: 'isValid(datum.upper) ? datum.upper : datum.value', as: 'labelAt' }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 },
        encoding: { x: { field: 'labelAt', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
      },
    ],
  });
  const columns = anyRange ? [categoryTitle, valueTitle, `${valueTitle}: top of range`] : [categoryTitle, valueTitle];
  return figureOf(options, spec, { columns, rows: sorted.map((r) => (anyRange ? [r.category, r.value, r.upper ?? '[z]'] : [r.category, r.value])) });
}
