import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { barValueLabels, fittedTickCount, withFigureFrame } from './spec.js';
import { requireFigureOptions, requireFinite, requireRows, requireText, requireUnique } from './validate.js';

/** One bar of a ranked bar chart. */
export interface RankedBarRow {
  readonly category: string;
  readonly value: number;
}

/** Options of {@link rankedBars}. */
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
 * rankedBars([{ category: 'Police', value: 412 }, { category: 'Schools', value: 380 }],
 *   { id: 'referrals-by-source', title: 'Referrals by source', description: '...', valueTitle: 'Referrals' })
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
  });
  requireUnique(fn, 'rows.category', rows.map((r) => r.category));
  const direction = options.order === 'ascending' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => direction * (a.value - b.value) || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  const format = options.valueFormat ?? ',~r';

  const width = options.width ?? 480;
  const tickCount = fittedTickCount(Math.min(...sorted.map((r) => r.value)), Math.max(...sorted.map((r) => r.value)), width, format);
  const spec = withFigureFrame(options, {
    width,
    height: { step: 26 },
    data: { values: sorted.map((r) => ({ category: r.category, value: r.value })) },
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
      barValueLabels('value', format),
    ],
  });
  return figureOf(options, spec, { columns: [categoryTitle, valueTitle], rows: sorted.map((r) => [r.category, r.value]) });
}
