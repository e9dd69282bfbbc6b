import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { withFigureFrame } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE, MUTED_COLOUR, TEXT_COLOUR } from './theme.js';
import { formatFigure, InvalidInputError, roundHalfUp } from '@scpkit/core';
import { requireFigureOptions, requireFinite, requireRows, requireText, requireUnique } from './validate.js';

/**
 * One audited claim: the value the report states, the value recomputed from the data, and the verdict.
 *
 * @example
 * const point: ClaimPoint = { claim: 'context-missing-episodes-change', stated: 7.6, computed: 7.586, status: 'Consistent after rounding', label: '9.A missing episodes' };
 * statedVsComputed([point], { id: 'claims', title: 'Claims', description: 'Stated against computed.' }).table.rows[0]!.slice(0, 2); // => ['9.A missing episodes', 'context-missing-episodes-change']
 */
export interface ClaimPoint {
  readonly claim: string;
  readonly stated: number;
  readonly computed: number;
  /** Audit status as shown, e.g. `"Consistent"`, `"Consistent after rounding"`, `"Inconsistent"`. */
  readonly status: string;
  /** Row label (e.g. the section and what is claimed); default `claim`. */
  readonly label?: string;
}

/**
 * Options of {@link statedVsComputed}.
 *
 * @example
 * const options: StatedVsComputedOptions = { id: 'claims', title: 'Claims', description: 'Stated against computed.', valueTitle: 'percentage points' };
 * statedVsComputed([{ claim: 'c1', stated: 29, computed: 28.7, status: 'Consistent after rounding' }], options).table.columns; // => ['Claim', 'Claim id', 'Stated', 'Computed', 'Stated minus computed', 'Status']
 */
export interface StatedVsComputedOptions extends FigureOptions {
  /** Unit of the difference, for the axis "Stated minus computed (<unit>)", e.g. `"percentage points"`. Default `"value"`. */
  readonly valueTitle?: string;
  /** Status order for the legend and colours (palette order). Default: order of first appearance. */
  readonly statuses?: readonly string[];
}

/**
 * Claims audit as a difference chart: per claim, stated minus computed (0 when the report is
 * exactly right), drawn as a stem from a zero line to a point coloured and shaped by audit status,
 * labelled with the difference to one decimal; claims sorted by difference. A one-point difference
 * that a stated-against-computed scatter cannot show is a stem of its own here. At most 6 statuses.
 * The data table gives the claim (its label and id), stated, computed, difference and status.
 *
 * @example
 * const figure = statedVsComputed(
 *   [{ claim: 'context-family-contacts-change', stated: 29, computed: 28.7, status: 'Consistent after rounding' }],
 *   { id: 'claims-audit', title: 'Stated against computed', description: 'The report rounds correctly.', valueTitle: 'percentage points' },
 * );
 * figure.table.rows; // => [['context-family-contacts-change', 'context-family-contacts-change', 29, 28.7, 0.3, 'Consistent after rounding']]
 */
export function statedVsComputed(rows: readonly ClaimPoint[], options: StatedVsComputedOptions): Figure {
  const fn = 'statedVsComputed';
  requireFigureOptions(fn, options);
  requireRows(fn, rows);
  const valueTitle = options.valueTitle ?? 'value';
  requireText(fn, 'options.valueTitle', valueTitle);
  rows.forEach((r, i) => {
    requireText(fn, `rows[${i}].claim`, r.claim);
    requireFinite(fn, `rows[${i}].stated`, r.stated);
    requireFinite(fn, `rows[${i}].computed`, r.computed);
    requireText(fn, `rows[${i}].status`, r.status);
    if (r.label !== undefined) requireText(fn, `rows[${i}].label`, r.label);
  });
  requireUnique(fn, 'rows.claim', rows.map((r) => r.claim));
  requireUnique(fn, 'rows.label', rows.map((r) => r.label ?? r.claim));
  const present = [...new Set(rows.map((r) => r.status))];
  const statuses = options.statuses ?? present;
  requireUnique(fn, 'options.statuses', statuses);
  for (const s of present) {
    if (!statuses.includes(s)) throw new InvalidInputError(fn, 'options.statuses', statuses, `does not list the status ${JSON.stringify(s)} found in rows`);
  }
  if (statuses.length > ANALYSIS_FUNCTION_PALETTE.length) {
    throw new InvalidInputError(fn, 'options.statuses', statuses, `has more than ${ANALYSIS_FUNCTION_PALETTE.length} statuses (palette colours)`);
  }
  const values = rows
    .map((r) => {
      const difference = r.stated - r.computed;
      const rounded = roundHalfUp(difference, 1);
      return { claim: r.claim, label: r.label ?? r.claim, stated: r.stated, computed: r.computed, status: r.status, difference, text: rounded === 0 ? '0' : `${rounded > 0 ? '+' : ''}${formatFigure(rounded, { unit: 'count', digits: 1 })}` };
    })
    .sort((a, b) => a.difference - b.difference || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const largest = Math.max(1, ...values.map((v) => Math.abs(v.difference)));
  const y = { field: 'label', type: 'nominal', sort: values.map((v) => v.label), title: null };
  const x = { field: 'difference', type: 'quantitative', title: `Stated minus computed (${valueTitle})`, scale: { domain: [-largest * 1.25, largest * 1.25], nice: true } };

  const spec = withFigureFrame(options, {
    width: options.width ?? 360,
    height: { step: 22 },
    data: { values },
    layer: [
      { transform: [{ calculate: '0', as: 'zero' }], mark: { type: 'rule', color: MUTED_COLOUR, strokeWidth: 2 }, encoding: { y, x: { ...x, field: 'zero' }, x2: { field: 'difference' } } },
      { data: { values: [{ at: 0 }] }, mark: { type: 'rule', color: TEXT_COLOUR, strokeWidth: 1 }, encoding: { x: { field: 'at', type: 'quantitative' } } },
      {
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: {
          y,
          x: { field: 'difference', type: 'quantitative' },
          color: { field: 'status', type: 'nominal', title: null, scale: { domain: [...statuses], range: ANALYSIS_FUNCTION_PALETTE.slice(0, statuses.length) } },
          shape: { field: 'status', type: 'nominal', title: null, scale: { domain: [...statuses] } },
          tooltip: [
            { field: 'claim', type: 'nominal', title: 'Claim' },
            { field: 'stated', type: 'quantitative', title: 'Stated' },
            { field: 'computed', type: 'quantitative', title: 'Computed' },
            { field: 'status', type: 'nominal', title: 'Status' },
          ],
        },
      },
      {
        mark: { type: 'text', baseline: 'middle', dx: { expr: 'datum.difference < 0 ? -9 : 9' }, align: { expr: "datum.difference < 0 ? 'right' : 'left'" } },
        encoding: { y, x: { field: 'difference', type: 'quantitative' }, text: { field: 'text', type: 'nominal' } },
      },
    ],
  });
  return figureOf(options, spec, {
    columns: ['Claim', 'Claim id', 'Stated', 'Computed', 'Stated minus computed', 'Status'],
    rows: values.map((v) => [v.label, v.claim, v.stated, v.computed, v.difference, v.status]),
  });
}
