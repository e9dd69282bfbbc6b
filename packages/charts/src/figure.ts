import type { TopLevelSpec } from 'vega-lite';

/**
 * One cell of a figure's data table: a number (finite) or text (including GSS shorthand such as `[c]`).
 *
 * @example
 * const cells: TableCell[] = ['Police', 412, '[c]'];
 * checkTable('example', { columns: ['Source', 'Referrals', 'Rate'], rows: [cells] }).rows[0]; // => ['Police', 412, '[c]']
 */
export type TableCell = string | number;

/**
 * The data behind a chart, as a rectangular table: `columns` are the header labels, each row holds
 * exactly one cell per column. Written beside every chart as `<id>.csv` and shown in the gallery.
 *
 * @example
 * const table: DataTable = { columns: ['Source', 'Referrals'], rows: [['Police', 412], ['Schools', 380]] };
 * tableToCsv(table).split('\r\n')[1]; // => 'Police,412'
 */
export interface DataTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

/**
 * Identification and text every chart builder needs.
 *
 * @example
 * const options: FigureOptions = { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', section: '3' };
 * rankedBars([{ category: 'Police', value: 412 }], { ...options, valueTitle: 'Referrals' }).id; // => 'referrals-by-source'
 */
export interface FigureOptions {
  /** Stable figure id, kebab-case (`[a-z0-9]+(-[a-z0-9]+)*`); names the figure's files. */
  readonly id: string;
  /** Chart title, shown above the chart. */
  readonly title: string;
  /** Alt text: what the chart shows and its main message; stored as the spec's `description`. */
  readonly description: string;
  /** Optional subtitle, shown under the title (e.g. the source or the period). */
  readonly subtitle?: string;
  /** Width of the plotting area in pixels (each builder has a sensible default). */
  readonly width?: number;
  /**
   * Longest axis and legend label in pixels before it is cut with an ellipsis (the theme's default
   * is 260). Raise it for long category names, e.g. printed indicator labels.
   */
  readonly labelLimit?: number;
  /**
   * The report section or appendix the figure shows (e.g. `"5.1"`, `"9.C"`), from its data's
   * `section`: recorded in the spec (`usermeta.scpkit.section`) so the gallery lists figures in the
   * report's order.
   */
  readonly section?: string;
}

/**
 * A chart ready to show or write: its Vega-Lite v5 spec (data inline in `data.values`, `$schema` v5,
 * `title`, `description` = alt text) and the data table behind it.
 *
 * @example
 * const figure: Figure = rankedBars([{ category: 'Police', value: 412 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' });
 * [figure.id, figure.title, figure.description === figure.spec.description]; // => ['referrals-by-source', 'Referrals by source', true]
 */
export interface Figure {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly spec: TopLevelSpec;
  readonly table: DataTable;
}

/** Assembles a builder's result: the figure's id, title and alt text from its options, its spec and data table. */
export function figureOf(options: FigureOptions, spec: TopLevelSpec, table: DataTable): Figure {
  return { id: options.id, title: options.title, description: options.description, spec, table };
}
