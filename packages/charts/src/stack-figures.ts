import { InvalidInputError } from '@scpkit/core';
import { figureOf, type DataTable, type Figure, type FigureOptions, type TableCell } from './figure.js';
import { withFigureFrame } from './spec.js';
import { checkFigure } from './write-figure.js';
import { requireFigureOptions, requireUnique } from './validate.js';

/**
 * Options of {@link stackFigures}.
 *
 * @example
 * const a = rankedBars([{ category: 'Police', value: 412 }], { id: 'a', title: 'Referrals', description: 'Referrals.', valueTitle: 'Referrals' });
 * const options: StackFiguresOptions = { id: 'stacked', title: 'One panel', description: 'A stack of one.', panelTitle: 'Chart' };
 * stackFigures([a], options).table.columns; // => ['Chart', 'Category', 'Referrals']
 */
export interface StackFiguresOptions extends FigureOptions {
  /** Vertical space between panels in pixels. Default 32. */
  readonly spacing?: number;
  /** Header of the table column naming each row's panel. Default `"Panel"`. */
  readonly panelTitle?: string;
}

/** Cell written where a panel's table has no such column: GSS shorthand for "not applicable". */
const NOT_APPLICABLE = '[z]';

/**
 * Stacks several figures into one, one panel under another (Vega-Lite vertical concatenation), for
 * a figure id that must show several charts (e.g. a rate with its interval beside printed shares).
 * Each panel keeps its own data, marks and scales (colour and shape too) and its title (and
 * subtitle) as the panel title; the stacked figure has its own id, title and alt text.
 *
 * The data table is the panels' tables one after another: a first column naming the panel (its
 * title), then every column of any panel in order of first appearance; a column a panel lacks is
 * `[z]` (not applicable) in its rows.
 *
 * @example
 * const a = rankedBars([{ category: 'Police', value: 412 }], { id: 'a', title: 'Referrals', description: 'Referrals by source.', valueTitle: 'Referrals' });
 * const b = rankedBars([{ category: 'Schools', value: 380 }], { id: 'b', title: 'Contacts', description: 'Contacts by source.', valueTitle: 'Contacts' });
 * stackFigures([a, b], { id: 'both', title: 'Referrals and contacts', description: 'Two panels.' }).table; // => { columns: ['Panel', 'Category', 'Referrals', 'Contacts'], rows: [['Referrals', 'Police', 412, '[z]'], ['Contacts', 'Schools', '[z]', 380]] }
 * @throws {InvalidInputError} for bad options, no figures, an incomplete figure (see `checkFigure`)
 *   or two panels with the same title (the table could not tell their rows apart).
 */
export function stackFigures(figures: readonly Figure[], options: StackFiguresOptions): Figure {
  const fn = 'stackFigures';
  requireFigureOptions(fn, options);
  if (!Array.isArray(figures) || figures.length === 0) throw new InvalidInputError(fn, 'figures', figures, 'must be a non-empty array of figures');
  figures.forEach((figure) => checkFigure(fn, figure));
  requireUnique(fn, 'figures.title', figures.map((f) => f.title));
  const spacing = options.spacing ?? 32;
  if (typeof spacing !== 'number' || !Number.isFinite(spacing) || spacing < 0) {
    throw new InvalidInputError(fn, 'options.spacing', spacing, 'must be a finite number of at least 0');
  }
  const panelTitle = options.panelTitle ?? 'Panel';

  const panels = figures.map((figure) => {
    const { $schema: _schema, config: _config, description: _description, usermeta: _usermeta, title, ...body } = figure.spec as unknown as Record<string, unknown>;
    const text = (title ?? { text: figure.title }) as Record<string, unknown>;
    return { ...body, title: { ...text, fontSize: 14, anchor: 'start', frame: 'group' } };
  });
  const spec = withFigureFrame(options, {
    vconcat: panels,
    spacing,
    resolve: { scale: { color: 'independent', shape: 'independent' } },
  });

  const columns: string[] = [panelTitle];
  for (const figure of figures) {
    for (const column of figure.table.columns) if (!columns.includes(column)) columns.push(column);
  }
  if (figures.some((f) => f.table.columns.includes(panelTitle))) {
    throw new InvalidInputError(fn, 'options.panelTitle', panelTitle, 'is also a column of a panel table; choose another');
  }
  const rows: TableCell[][] = figures.flatMap((figure: Figure) =>
    figure.table.rows.map((row: readonly TableCell[]): TableCell[] => [
      figure.title,
      ...columns.slice(1).map((column) => {
        const at = figure.table.columns.indexOf(column);
        return at === -1 ? NOT_APPLICABLE : (row[at] as TableCell);
      }),
    ]),
  );
  const table: DataTable = { columns, rows };
  return figureOf(options, spec, table);
}
