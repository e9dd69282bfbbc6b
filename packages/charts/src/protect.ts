import { redactSmallNumbers, ScpkitError, SMALL_COUNT_MAX, SMALL_COUNT_MIN, SUPPRESSED, type SmallCountOptions } from '@scpkit/core';
import type { TopLevelSpec } from 'vega-lite';
import type { DataTable, Figure, TableCell } from './figure.js';

// DISCLOSURE CONTROL at the single writer. The data itself is protected where it is read
// (`openReport` draws from `protectDataset` when a resource is "protect"); this module is the
// second line, at every path that publishes: writeFigure and showFigure (protectFigure), showTable
// (protectTable), showMarkdown (protectText). It is the identity until protection is switched on
// for the process (openReport does so when it opens a dataset with a "protect" resource).

/** The small-count range in force, or undefined when outputs are not protected. */
interface Protection {
  readonly min: number;
  readonly max: number;
}

// Process-wide, under a registered symbol: the runner (ESM build) and notebook cells (CJS build)
// may hold different copies of this module and must see the same setting.
const SLOT = Symbol.for('@scpkit/charts/disclosure-protection');
type Slot = { [SLOT]?: Protection };

/**
 * Switches disclosure control of every output of this process on (`true`, or a range such as
 * `{ min: 1, max: 9 }`) or off (`false`). `openReport` switches it on for a dataset with a
 * `protect` resource; a new notebook run (`setFigureWriteContext`) starts with it off.
 *
 * @example
 * setOutputProtection(true);
 * tableBundle({ columns: ['Type', 'Children'], rows: [['Neglect', 3]] })['text/plain']; // => 'Type,Children\nNeglect,[c]\n'
 * setOutputProtection(false);
 */
export function setOutputProtection(on: boolean | SmallCountOptions): void {
  const slot = globalThis as Slot;
  if (on === false) {
    delete slot[SLOT];
    return;
  }
  const options = on === true ? {} : on;
  redactSmallNumbers('', options); // validates the range once, with core's messages
  slot[SLOT] = { min: options.min ?? SMALL_COUNT_MIN, max: options.max ?? SMALL_COUNT_MAX };
}

/**
 * The range outputs are protected with, or `undefined` when they are not.
 * @example
 * setOutputProtection({ min: 1, max: 9 });
 * outputProtection(); // => { min: 1, max: 9 }
 * setOutputProtection(false);
 * outputProtection(); // => undefined
 */
export function outputProtection(): { readonly min: number; readonly max: number } | undefined {
  return (globalThis as Slot)[SLOT];
}

/**
 * A figure drawn from protected data would publish a count in the small range: it is withheld, not written.
 * @example
 * new DisclosureWithheldError('abuse-types', '3 is a whole number from 1 to 5').message;
 * // => 'figure "abuse-types" withheld by disclosure control: 3 is a whole number from 1 to 5'
 */
export class DisclosureWithheldError extends ScpkitError {
  readonly figure: string;
  constructor(figure: string, problem: string) {
    super('disclosure-withheld', `figure ${JSON.stringify(figure)} withheld by disclosure control: ${problem}`);
    this.figure = figure;
  }
}

const isSmall = (cell: unknown, p: Protection): cell is number => typeof cell === 'number' && Number.isInteger(cell) && cell >= p.min && cell <= p.max;

/**
 * Why a figure may not be published from protected data: each data-table cell holding a whole number
 * in the small range (a count of 1 to 5 children, or a figure that could be one), as one line naming
 * its row (1 = first data row) and column. Empty when outputs are not protected or nothing is found.
 *
 * @example
 * const figure: Figure = { id: 'abuse-types', title: 'Abuse types', description: 'Times each type was recorded', spec: {},
 *   table: { columns: ['Type', 'Times recorded'], rows: [['Neglect', 12], ['Emotional abuse', 3]] } };
 * setOutputProtection(false);
 * figureDisclosureProblems(figure); // => []
 * setOutputProtection(true);
 * figureDisclosureProblems(figure); // => ['row 2, column "Times recorded": 3 is a whole number from 1 to 5']
 * setOutputProtection(false);
 */
export function figureDisclosureProblems(figure: Figure): string[] {
  const p = outputProtection();
  if (p === undefined) return [];
  const problems: string[] = [];
  figure.table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isSmall(cell, p)) problems.push(`row ${r + 1}, column ${JSON.stringify(figure.table.columns[c] ?? String(c + 1))}: ${cell} is a whole number from ${p.min} to ${p.max}`);
    }),
  );
  return problems;
}

/**
 * DISCLOSURE-CONTROL HOOK for figures (writeFigure, showFigure). Unprotected: the identity.
 * Protected: a figure whose data table holds a whole number in the small range is refused
 * ({@link DisclosureWithheldError}; `openReport` checks first and skips such a figure with the
 * reason), and the spec records `usermeta.scpkit.disclosure: "protect"` so `scpkit check-disclosure`
 * knows to check its files.
 *
 * @example
 * const figure = rankedBars([{ category: 'Police', value: 412 }, { category: 'Schools', value: 380 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' });
 * setOutputProtection(false);
 * protectFigure(figure) === figure; // => true
 * @throws {DisclosureWithheldError} when protected and the table publishes a small whole number.
 */
export function protectFigure(figure: Figure): Figure {
  const p = outputProtection();
  if (p === undefined) return figure;
  const problems = figureDisclosureProblems(figure);
  if (problems.length > 0) throw new DisclosureWithheldError(figure.id, problems.join('; '));
  const spec = figure.spec as TopLevelSpec & { usermeta?: Record<string, unknown> };
  const scpkit = (spec.usermeta?.['scpkit'] ?? {}) as Record<string, unknown>;
  return { ...figure, spec: { ...spec, usermeta: { ...(spec.usermeta ?? {}), scpkit: { ...scpkit, disclosure: 'protect' } } } as TopLevelSpec };
}

/**
 * DISCLOSURE-CONTROL HOOK for bare data tables (showTable). Unprotected: the identity. Protected:
 * every whole number in the small range becomes `[c]`, and so does every other number of its row that
 * is not a whole number (a share, a rate or a change computed from it); text cells are redacted as
 * {@link protectText} does.
 *
 * @example
 * setOutputProtection(true);
 * protectTable({ columns: ['Type', 'Children', 'Share'], rows: [['Neglect', 3, 0.12], ['Other', 22, 0.88]] }).rows;
 * // => [['Neglect', '[c]', '[c]'], ['Other', 22, 0.88]]
 */
export function protectTable(table: DataTable): DataTable {
  const p = outputProtection();
  if (p === undefined) return table;
  const rows = table.rows.map((row): TableCell[] => {
    const hidesCount = row.some((cell) => isSmall(cell, p));
    return row.map((cell) => {
      if (typeof cell === 'string') return protectText(cell);
      if (isSmall(cell, p)) return SUPPRESSED;
      if (hidesCount && !Number.isInteger(cell)) return SUPPRESSED;
      return cell;
    });
  });
  return { columns: table.columns.map(protectText), rows };
}

/**
 * DISCLOSURE-CONTROL HOOK for text (showMarkdown): protected, every stand-alone whole number in the
 * small range becomes `[c]` (core `redactSmallNumbers`); unprotected, the identity.
 *
 * @example
 * setOutputProtection(true);
 * protectText('3 of the 8 reviews'); // => '[c] of the 8 reviews'
 */
export function protectText(text: string): string {
  const p = outputProtection();
  return p === undefined ? text : redactSmallNumbers(text, p);
}
