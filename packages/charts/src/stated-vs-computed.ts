import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { withFigureFrame } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE, TEXT_COLOUR } from './theme.js';
import { InvalidInputError } from '@scpkit/core';
import { requireFigureOptions, requireFinite, requireRows, requireText, requireUnique } from './validate.js';

/** One audited claim: the value the report states, the value recomputed from the data, and the verdict. */
export interface ClaimPoint {
  readonly claim: string;
  readonly stated: number;
  readonly computed: number;
  /** Audit status, e.g. `"matches"`, `"rounding"`, `"differs"`. */
  readonly status: string;
}

/** Options of {@link statedVsComputed}. */
export interface StatedVsComputedOptions extends FigureOptions {
  /** Title of both axes' quantity, e.g. `"Value (%)"`; axes read "Stated …" and "Computed …". Default `"value"`. */
  readonly valueTitle?: string;
  /** Status order for the legend and colours (palette order). Default: order of first appearance. */
  readonly statuses?: readonly string[];
}

/**
 * Claims audit scatter: stated value (x) against computed value (y), one point per claim coloured
 * by audit status, over a dashed y = x line, so claims that match sit on the line and the rest
 * show how far off they are. At most 6 statuses (the palette's length).
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
  });
  requireUnique(fn, 'rows.claim', rows.map((r) => r.claim));
  const present = [...new Set(rows.map((r) => r.status))];
  const statuses = options.statuses ?? present;
  requireUnique(fn, 'options.statuses', statuses);
  for (const s of present) {
    if (!statuses.includes(s)) throw new InvalidInputError(fn, 'options.statuses', statuses, `does not list the status ${JSON.stringify(s)} found in rows`);
  }
  if (statuses.length > ANALYSIS_FUNCTION_PALETTE.length) {
    throw new InvalidInputError(fn, 'options.statuses', statuses, `has more than ${ANALYSIS_FUNCTION_PALETTE.length} statuses (palette colours)`);
  }
  // A loop, not Math.min(...values): a spread of many rows into a call overflows the stack.
  let low = 0;
  let high = -Infinity;
  for (const r of rows) {
    low = Math.min(low, r.stated, r.computed);
    high = Math.max(high, r.stated, r.computed);
  }
  const domain = [low, high > low ? high : low + 1];
  const scale = { domain, nice: false, zero: false };

  const spec = withFigureFrame(options, {
    width: options.width ?? 360,
    height: options.width ?? 360,
    data: { values: rows.map((r) => ({ claim: r.claim, stated: r.stated, computed: r.computed, status: r.status })) },
    layer: [
      {
        data: { values: [{ at: domain[0] }, { at: domain[1] }] },
        mark: { type: 'line', strokeDash: [4, 4], color: TEXT_COLOUR, strokeWidth: 1 },
        encoding: {
          x: { field: 'at', type: 'quantitative', scale, title: `Stated ${valueTitle}` },
          y: { field: 'at', type: 'quantitative', scale, title: `Computed ${valueTitle}` },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 70, opacity: 0.9 },
        encoding: {
          x: { field: 'stated', type: 'quantitative' },
          y: { field: 'computed', type: 'quantitative' },
          color: {
            field: 'status',
            type: 'nominal',
            title: 'Status',
            scale: { domain: [...statuses], range: ANALYSIS_FUNCTION_PALETTE.slice(0, statuses.length) },
          },
          shape: { field: 'status', type: 'nominal', scale: { domain: [...statuses] } },
          tooltip: [
            { field: 'claim', type: 'nominal', title: 'Claim' },
            { field: 'stated', type: 'quantitative', title: 'Stated' },
            { field: 'computed', type: 'quantitative', title: 'Computed' },
            { field: 'status', type: 'nominal', title: 'Status' },
          ],
        },
      },
    ],
  });
  return figureOf(options, spec, { columns: ['Claim', 'Stated', 'Computed', 'Status'], rows: rows.map((r) => [r.claim, r.stated, r.computed, r.status]) });
}
