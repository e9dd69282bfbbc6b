import { InvalidInputError } from '@scpkit/core';
import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { barValueLabels, withFigureFrame } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE } from './theme.js';
import { requireFigureOptions, requireNonNegative, requireOneOf, requireRows, requireText, requireUnique } from './validate.js';

/**
 * One part of a whole, as a count or amount (shares are computed from these).
 *
 * @example
 * const parts: PartRow[] = [{ part: 'Police', value: 35000 }, { part: 'Clinical commissioning group', value: 53400 }];
 * partOfWhole(parts, { id: 'income', title: 'Income', description: 'Shares of income.', valueTitle: 'Amount (£)' }).table.columns; // => ['Part', 'Amount (£)', 'Share']
 */
export interface PartRow {
  readonly part: string;
  readonly value: number;
}

/**
 * Options of {@link partOfWhole}.
 *
 * @example
 * const options: PartOfWholeOptions = { id: 'income', title: 'Income', description: 'Shares of income.', valueTitle: 'Amount (£)', partTitle: 'Contributor', layout: 'stacked' };
 * partOfWhole([{ part: 'Police', value: 35000 }, { part: 'Council', value: 114300 }], options).table.columns; // => ['Contributor', 'Amount (£)', 'Share']
 */
export interface PartOfWholeOptions extends FigureOptions {
  /** Header of the value column of the data table, e.g. `"Children"`. */
  readonly valueTitle: string;
  /** Header of the part column of the data table. Default `"Part"`. */
  readonly partTitle?: string;
  /**
   * `bars` (default): one bar per part, largest first, labelled with its percentage; `stacked`: one
   * 100% bar split into the parts (at most 6, the palette's length), in the order given.
   */
  readonly layout?: 'bars' | 'stacked';
  /** d3-format of the percentage labels. Default `".0%"` (whole percents). */
  readonly shareFormat?: string;
}

/**
 * Shares of a whole: each part's value divided by the sum of all parts (so the shares add to 1),
 * shown as bars with percentage labels or as one stacked 100% bar. Values must be non-negative and
 * must not all be zero. In the stacked layout, segments under 6% carry no label (the legend,
 * tooltip and data table still give them). The data table gives each part's value and its unrounded share.
 *
 * @example
 * const figure = partOfWhole([{ part: 'Police', value: 35000 }, { part: 'County council', value: 114300 }], {
 *   id: 'income-shares', title: 'Income by contributor', description: 'The council gives most.', valueTitle: 'Amount (£)',
 * });
 * figure.table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? Number(cell.toFixed(3)) : cell))); // => [['County council', 114300, 0.766], ['Police', 35000, 0.234]]
 */
export function partOfWhole(rows: readonly PartRow[], options: PartOfWholeOptions): Figure {
  const fn = 'partOfWhole';
  requireFigureOptions(fn, options);
  requireRows(fn, rows);
  const valueTitle = requireText(fn, 'options.valueTitle', options.valueTitle);
  const partTitle = options.partTitle ?? 'Part';
  const layout = requireOneOf(fn, 'options.layout', options.layout ?? 'bars', ['bars', 'stacked']);
  const shareFormat = options.shareFormat ?? '.0%';
  rows.forEach((r, i) => {
    requireText(fn, `rows[${i}].part`, r.part);
    requireNonNegative(fn, `rows[${i}].value`, r.value);
  });
  requireUnique(fn, 'rows.part', rows.map((r) => r.part));
  if (layout === 'stacked' && rows.length > ANALYSIS_FUNCTION_PALETTE.length) {
    throw new InvalidInputError(fn, 'rows', rows.length, `has more parts than the ${ANALYSIS_FUNCTION_PALETTE.length} palette colours; use layout "bars"`);
  }
  const whole = rows.reduce((sum, r) => sum + r.value, 0);
  if (whole <= 0) throw new InvalidInputError(fn, 'rows', rows.map((r) => r.value), 'must not all be zero (shares of nothing)');
  const ordered =
    layout === 'bars'
      ? [...rows].sort((a, b) => b.value - a.value || (a.part < b.part ? -1 : a.part > b.part ? 1 : 0))
      : [...rows];
  const values = ordered.map((r, order) => ({ part: r.part, value: r.value, share: r.value / whole, order }));
  const tooltip = [
    { field: 'part', type: 'nominal', title: partTitle },
    { field: 'value', type: 'quantitative', title: valueTitle },
    { field: 'share', type: 'quantitative', title: 'Share', format: shareFormat },
  ];

  const body =
    layout === 'bars'
      ? {
          width: options.width ?? 480,
          height: { step: 26 },
          data: { values },
          encoding: {
            y: { field: 'part', type: 'nominal', sort: values.map((v) => v.part), title: null },
            x: { field: 'share', type: 'quantitative', title: `Share of ${valueTitle.toLowerCase()}`, axis: { format: '.0%' }, scale: { domain: [0, 1] } },
          },
          layer: [
            { mark: { type: 'bar' }, encoding: { tooltip } },
            barValueLabels('share', shareFormat),
          ],
        }
      : {
          width: options.width ?? 560,
          height: 44,
          data: { values },
          transform: [
            { stack: 'share', groupby: [], sort: [{ field: 'order', order: 'ascending' }], as: ['start', 'end'], offset: 'zero' },
            { calculate: '(datum.start + datum.end) / 2', as: 'middle' },
          ],
          layer: [
            {
              mark: { type: 'bar', stroke: '#FFFFFF', strokeWidth: 1 },
              encoding: {
                x: { field: 'start', type: 'quantitative', title: null, axis: { format: '.0%' }, scale: { domain: [0, 1] } },
                x2: { field: 'end' },
                color: { field: 'part', type: 'nominal', title: null, scale: { domain: values.map((v) => v.part), range: ANALYSIS_FUNCTION_PALETTE.slice(0, values.length) } },
                tooltip,
              },
            },
            {
              transform: [{ filter: 'datum.share >= 0.06' }],
              mark: { type: 'text', align: 'center', baseline: 'middle', color: '#FFFFFF', fontWeight: 'bold' },
              encoding: { x: { field: 'middle', type: 'quantitative' }, text: { field: 'share', type: 'quantitative', format: shareFormat } },
            },
          ],
        };
  const spec = withFigureFrame(options, body);
  return figureOf(options, spec, { columns: [partTitle, valueTitle, 'Share'], rows: values.map((v) => [v.part, v.value, v.share]) });
}
