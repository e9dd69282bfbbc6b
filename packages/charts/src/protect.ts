import type { DataTable, Figure } from './figure.js';

/**
 * DISCLOSURE-CONTROL HOOK for figures. Every path that publishes a figure (writeFigure, showFigure)
 * passes it through here first, so statistical disclosure control has exactly one place to sit.
 *
 * Today this is the identity: every dataset in the repository is already published. When
 * unpublished (record-level) data arrives, this is where counts 1-5 become `[c]` with secondary
 * suppression (GSS), in both `figure.table` and the spec's inline data.
 */
export function protectFigure(figure: Figure): Figure {
  return figure;
}

/**
 * DISCLOSURE-CONTROL HOOK for bare data tables (showTable, and anything else that prints a table).
 * Identity for now; see {@link protectFigure}.
 *
 * @example
 * protectTable({ columns: ['Source', 'Referrals'], rows: [['Police', 412]] }).rows; // => [['Police', 412]]
 */
export function protectTable(table: DataTable): DataTable {
  return table;
}
