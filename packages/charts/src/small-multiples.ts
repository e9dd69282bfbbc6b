import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { barValueLabels, withFigureFrame } from './spec.js';
import { InvalidInputError } from '@scpkit/core';
import { requireFigureOptions, requireFinite, requireOneOf, requireRows, requireText } from './validate.js';

/** One bar of one panel: the panel (`group`), the bar (`category`) and its value. */
export interface SmallMultipleRow {
  readonly group: string;
  readonly category: string;
  readonly value: number;
}

/** Options of {@link smallMultiples}. */
export interface SmallMultiplesOptions extends FigureOptions {
  /** Title of the shared value axis and of the value column of the data table. */
  readonly valueTitle: string;
  /** Header of the group column of the data table. Default `"Group"`. */
  readonly groupTitle?: string;
  /** Header of the category column of the data table. Default `"Category"`. */
  readonly categoryTitle?: string;
  /** Panels per row. Default 3. */
  readonly columns?: number;
  /** d3-format of values. Default `",~r"`. */
  readonly valueFormat?: string;
  /**
   * `shared` (default): every panel lists every category and uses one value scale, so panels compare
   * directly. `independent`: each panel lists only its own categories on its own value scale, for
   * panels that measure different things (e.g. counts in one panel, percentages in another; say the
   * unit in the group name). Bars are then comparable only within a panel.
   */
  readonly scales?: 'shared' | 'independent';
}

/**
 * Small multiples: one panel of horizontal bars per group, all panels on the same value scale so
 * they can be compared (or, with `scales: 'independent'`, each panel on its own scale with only its
 * own categories). Groups and categories keep the order of their first appearance in `rows`
 * (with independent scales, of their first appearance within their group);
 * every bar carries its value label. Each (group, category) pair may occur once.
 */
export function smallMultiples(rows: readonly SmallMultipleRow[], options: SmallMultiplesOptions): Figure {
  const fn = 'smallMultiples';
  requireFigureOptions(fn, options);
  requireRows(fn, rows);
  const valueTitle = requireText(fn, 'options.valueTitle', options.valueTitle);
  const groupTitle = options.groupTitle ?? 'Group';
  const categoryTitle = options.categoryTitle ?? 'Category';
  const columns = options.columns ?? 3;
  if (!Number.isInteger(columns) || columns < 1) {
    throw new InvalidInputError(fn, 'options.columns', columns, 'must be a positive integer');
  }
  const format = options.valueFormat ?? ',~r';
  const scales = requireOneOf(fn, 'options.scales', options.scales ?? 'shared', ['shared', 'independent']);
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    requireText(fn, `rows[${i}].group`, r.group);
    requireText(fn, `rows[${i}].category`, r.category);
    requireFinite(fn, `rows[${i}].value`, r.value);
    const key = JSON.stringify([r.group, r.category]);
    if (seen.has(key)) {
      throw new InvalidInputError(fn, `rows[${i}]`, { group: r.group, category: r.category }, 'repeats an earlier (group, category) pair');
    }
    seen.add(key);
  });
  const groups = [...new Set(rows.map((r) => r.group))];
  const categories = [...new Set(rows.map((r) => r.category))];

  const panel = (order: readonly string[]) => ({
    width: options.width ?? 200,
    height: { step: 22 },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: order, title: null },
      x: { field: 'value', type: 'quantitative', title: valueTitle, axis: { format } },
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          tooltip: [
            { field: 'group', type: 'nominal', title: groupTitle },
            { field: 'category', type: 'nominal', title: categoryTitle },
            { field: 'value', type: 'quantitative', title: valueTitle, format },
          ],
        },
      },
      barValueLabels('value', format),
    ],
  });
  const data = { values: rows.map((r) => ({ group: r.group, category: r.category, value: r.value })) };
  const layout = { columns: Math.min(columns, groups.length), spacing: { row: 20, column: 28 } };
  // Shared: one facet, one scale. Independent: a concatenation of one filtered view per group, so
  // each view's step-sized height follows its own categories (a faceted independent scale would
  // make Vega-Lite guess each panel's size from layered data forks).
  const body =
    scales === 'shared'
      ? { data, facet: { field: 'group', type: 'nominal', title: null, sort: groups, header: { labelAnchor: 'start' } }, ...layout, spec: panel(categories) }
      : {
          data,
          concat: groups.map((group) => ({
            title: { text: group, fontSize: 13, offset: 6, anchor: 'start', frame: 'group' },
            transform: [{ filter: { field: 'group', equal: group } }],
            ...panel([...new Set(rows.filter((r) => r.group === group).map((r) => r.category))]),
          })),
          ...layout,
          resolve: { scale: { x: 'independent', y: 'independent' } },
        };
  const spec = withFigureFrame(options, body);
  return figureOf(options, spec, { columns: [groupTitle, categoryTitle, valueTitle], rows: rows.map((r) => [r.group, r.category, r.value]) });
}
