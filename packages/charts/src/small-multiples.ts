import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { barValueLabels, fittedTickCount, withFigureFrame } from './spec.js';
import { InvalidInputError } from '@scpkit/core';
import { requireFigureOptions, requireFinite, requireOneOf, requireRows, requireText } from './validate.js';

/**
 * One bar of one panel: the panel (`group`), the bar (`category`) and its value.
 *
 * @example
 * const row: SmallMultipleRow = { group: '2021/22', category: 'Police', value: 412 };
 * smallMultiples([row], { id: 'sm', title: 'Referrals', description: 'One panel.', valueTitle: 'Referrals' }).table.rows; // => [['2021/22', 'Police', 412]]
 */
export interface SmallMultipleRow {
  readonly group: string;
  readonly category: string;
  readonly value: number;
}

/**
 * Options of {@link smallMultiples}.
 *
 * @example
 * const options: SmallMultiplesOptions = { id: 'sm', title: 'Training', description: 'Two measures.', valueTitle: 'Value', scales: 'independent', panels: { 'Courses (count)': { valueTitle: 'Courses' }, 'Rating (%)': { valueTitle: 'Percent', domain: [0, 100] } } };
 * smallMultiples([{ group: 'Courses (count)', category: 'Online', value: 120 }, { group: 'Rating (%)', category: 'Online', value: 92 }], options).table.columns; // => ['Group', 'Category', 'Courses', 'Percent']
 */
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
  /**
   * With independent scales, what differs per panel, by group name: the value axis title (so no
   * panel needs a generic "number or percentage" title; the data table then has one value column
   * per title, `[z]` where a row is of another panel), a fixed domain (e.g. `[0, 100]` for
   * percentages, `[0, 5]` for a score out of 5) and the d3-format.
   */
  readonly panels?: Readonly<Record<string, { readonly valueTitle?: string; readonly domain?: readonly [number, number]; readonly valueFormat?: string }>>;
  /** `false` draws no value axis: every bar is labelled with its value already. Default true. */
  readonly valueAxis?: boolean;
}

/**
 * Small multiples: one panel of horizontal bars per group, all panels on the same value scale so
 * they can be compared (or, with `scales: 'independent'`, each panel on its own scale with only its
 * own categories). Groups and categories keep the order of their first appearance in `rows`
 * (with independent scales, of their first appearance within their group);
 * every bar carries its value label. Each (group, category) pair may occur once.
 *
 * @example
 * const figure = smallMultiples(
 *   [
 *     { group: '2020/21', category: 'Police', value: 380 },
 *     { group: '2021/22', category: 'Police', value: 412 },
 *   ],
 *   { id: 'referrals-by-year', title: 'Referrals by source and year', description: 'Police referrals rose.', valueTitle: 'Referrals' },
 * );
 * figure.table; // => { columns: ['Group', 'Category', 'Referrals'], rows: [['2020/21', 'Police', 380], ['2021/22', 'Police', 412]] }
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

  const panelOptions = options.panels ?? {};
  for (const name of Object.keys(panelOptions)) {
    if (!groups.includes(name)) throw new InvalidInputError(fn, 'options.panels', name, 'names no group of the rows');
    const d = panelOptions[name]?.domain;
    if (d !== undefined && !(Array.isArray(d) && d.length === 2 && Number.isFinite(d[0]) && Number.isFinite(d[1]) && d[0] < d[1])) {
      throw new InvalidInputError(fn, `options.panels[${JSON.stringify(name)}].domain`, d, 'must be [low, high] with low < high');
    }
  }
  if (scales === 'shared' && Object.keys(panelOptions).length > 0) throw new InvalidInputError(fn, 'options.panels', Object.keys(panelOptions), 'needs scales: "independent"');
  const titleOf = (group: string | undefined) => (group === undefined ? valueTitle : (panelOptions[group]?.valueTitle ?? valueTitle));
  const width = options.width ?? 200;
  const panel = (order: readonly string[], group?: string) => {
    const own = group === undefined ? rows : rows.filter((r) => r.group === group);
    const domain = group === undefined ? undefined : panelOptions[group]?.domain;
    const panelFormat = (group === undefined ? undefined : panelOptions[group]?.valueFormat) ?? format;
    const low = domain?.[0] ?? Math.min(...own.map((r) => r.value));
    const high = domain?.[1] ?? Math.max(...own.map((r) => r.value));
    const title = titleOf(group);
    const axis = options.valueAxis === false ? null : { format: panelFormat, tickCount: fittedTickCount(low, high, width, panelFormat) };
    return {
      width,
      height: { step: 22 },
      encoding: {
        y: { field: 'category', type: 'nominal', sort: order, title: null },
        x: { field: 'value', type: 'quantitative', title, axis, ...(domain === undefined ? {} : { scale: { domain: [...domain], nice: false } }) },
      },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            tooltip: [
              { field: 'group', type: 'nominal', title: groupTitle },
              { field: 'category', type: 'nominal', title: categoryTitle },
              { field: 'value', type: 'quantitative', title, format: panelFormat },
            ],
          },
        },
        barValueLabels('value', panelFormat),
      ],
    };
  };
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
            ...panel([...new Set(rows.filter((r) => r.group === group).map((r) => r.category))], group),
          })),
          ...layout,
          resolve: { scale: { x: 'independent', y: 'independent' } },
        };
  const spec = withFigureFrame(options, body);
  // One value column per distinct axis title ([z] in the rows of other panels).
  const valueColumns = [...new Set(groups.map((g) => titleOf(g)))];
  return figureOf(options, spec, {
    columns: [groupTitle, categoryTitle, ...valueColumns],
    rows: rows.map((r) => [r.group, r.category, ...valueColumns.map((c) => (c === titleOf(r.group) ? r.value : '[z]'))]),
  });
}
