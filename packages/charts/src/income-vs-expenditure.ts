import { figureOf, type Figure, type FigureOptions } from './figure.js';
import { barValueLabels, fittedTickCount, withFigureFrame, expressionString } from './spec.js';
import { ANALYSIS_FUNCTION_PALETTE } from './theme.js';
import { requireFigureOptions, requireFinite, requireOneOf, requireRows, requireText, requireUnique } from './validate.js';
import { InvalidInputError } from '@scpkit/core';

/**
 * One budget line: which side it is on, its name and its amount.
 *
 * @example
 * const row: BudgetLineRow = { side: 'income', line: 'National Probation Service', amount: null }; // "Not yet advised"
 * incomeVsExpenditure([row, { side: 'expenditure', line: 'Trainer', amount: 58000 }], {
 *   id: 'budget', title: 'Budget', description: 'One line has no amount.', totals: { income: 0, expenditure: 58000 },
 * }).table.rows[0]; // => ['Income', 'National Probation Service', '[x]']
 */
export interface BudgetLineRow {
  readonly side: 'income' | 'expenditure';
  readonly line: string;
  /** Amount in pounds; `null` when the statement prints none (e.g. "Not yet advised"): never drawn as 0. */
  readonly amount: number | null;
}

/**
 * Options of {@link incomeVsExpenditure}.
 *
 * @example
 * const options: IncomeVsExpenditureOptions = {
 *   id: 'budget', title: 'Budget', description: 'Income and expenditure.', totals: { income: 35000, expenditure: 35000 }, sideLabels: { income: 'In', expenditure: 'Out' },
 * };
 * incomeVsExpenditure([{ side: 'income', line: 'Sussex Police', amount: 35000 }, { side: 'expenditure', line: 'Trainer', amount: 35000 }], options).table.rows.map((r) => r[0]); // => ['In', 'Out', 'In', 'Out']
 */
export interface IncomeVsExpenditureOptions extends FigureOptions {
  /**
   * The two totals shown in the panel headers. Pass what the library computed or validated
   * (e.g. `@scpkit/core`'s budget totals), not a figure typed in.
   */
  readonly totals: { readonly income: number; readonly expenditure: number };
  /** Title of the amount axis. Default `"Amount (£)"`. */
  readonly amountTitle?: string;
  /** d3-format for amounts; `$` prints £ (the theme's currency). Default `"$,.0f"`. */
  readonly amountFormat?: string;
  /** Panel labels. Default `"Income"` and `"Expenditure"`. */
  readonly sideLabels?: { readonly income: string; readonly expenditure: string };
  /** Text drawn in place of the bar of a line whose amount is `null`. Default `"no amount printed"`. */
  readonly missingText?: string;
}

/**
 * Income against expenditure: two panels side by side (horizontal concatenation), each with one
 * horizontal bar per budget line (largest first, labelled with its amount) and the side's total in
 * the panel title. Both panels share one amount scale, so bar lengths compare across the sides. The data table lists every line, then a total per side.
 * A line whose amount is `null` keeps its row, last in its panel, with `missingText` in place of a
 * bar and `[x]` (not available) in the table: a missing amount is never shown as £0.
 *
 * @example
 * const figure = incomeVsExpenditure(
 *   [
 *     { side: 'income', line: 'Sussex Police', amount: 35000 },
 *     { side: 'income', line: 'National Probation Service', amount: null },
 *     { side: 'expenditure', line: 'Trainer', amount: 35000 },
 *   ],
 *   { id: 'budget-projected', title: 'Projected budget', description: 'Income and expenditure balance.', totals: { income: 35000, expenditure: 35000 } },
 * );
 * figure.table.rows; // => [['Income', 'Sussex Police', 35000], ['Income', 'National Probation Service', '[x]'], ['Expenditure', 'Trainer', 35000], ['Income', 'Total', 35000], ['Expenditure', 'Total', 35000]]
 */
export function incomeVsExpenditure(rows: readonly BudgetLineRow[], options: IncomeVsExpenditureOptions): Figure {
  const fn = 'incomeVsExpenditure';
  requireFigureOptions(fn, options);
  requireRows(fn, rows);
  const amountTitle = options.amountTitle ?? 'Amount (£)';
  const amountFormat = options.amountFormat ?? '$,.0f';
  const labels = options.sideLabels ?? { income: 'Income', expenditure: 'Expenditure' };
  const missingText = requireText(fn, 'options.missingText', options.missingText ?? 'no amount printed');
  requireText(fn, 'options.sideLabels.income', labels.income);
  requireText(fn, 'options.sideLabels.expenditure', labels.expenditure);
  if (options.totals === null || typeof options.totals !== 'object') {
    throw new InvalidInputError(fn, 'options.totals', options.totals, 'must be { income, expenditure }');
  }
  const totals = {
    income: requireFinite(fn, 'options.totals.income', options.totals.income),
    expenditure: requireFinite(fn, 'options.totals.expenditure', options.totals.expenditure),
  };
  rows.forEach((r, i) => {
    requireOneOf(fn, `rows[${i}].side`, r.side, ['income', 'expenditure']);
    requireText(fn, `rows[${i}].line`, r.line);
    if (r.amount !== null) requireFinite(fn, `rows[${i}].amount`, r.amount);
  });
  for (const side of ['income', 'expenditure'] as const) {
    const lines = rows.filter((r) => r.side === side).map((r) => r.line);
    if (lines.length === 0) throw new InvalidInputError(fn, 'rows', rows.length, `has no ${side} line; both sides need at least one`);
    requireUnique(fn, `rows (${side}).line`, lines);
  }
  const sideOrder = (s: BudgetLineRow['side']) => (s === 'income' ? 0 : 1);
  const byAmount = (a: BudgetLineRow, b: BudgetLineRow) =>
    a.amount === null || b.amount === null ? (a.amount === null ? 1 : 0) - (b.amount === null ? 1 : 0) : b.amount - a.amount;
  const sorted = [...rows].sort((a, b) => sideOrder(a.side) - sideOrder(b.side) || byAmount(a, b) || (a.line < b.line ? -1 : a.line > b.line ? 1 : 0));
  // Lines are shown with a capital first letter (statements print "carry fwd" one year and "Carry fwd" the next).
  const values = sorted.map((r) => ({ side: r.side, sideLabel: labels[r.side], line: upperFirst(r.line.trim()), amount: r.amount }));
  const amounts = values.map((v) => v.amount).filter((a): a is number => a !== null);
  const width = options.width ?? 300;
  const tickCount = fittedTickCount(Math.min(0, ...amounts), Math.max(0, ...amounts), width, amountFormat);
  const panel = (side: BudgetLineRow['side'], colour: string) => ({
    title: {
      text: { expr: `${expressionString(labels[side] + ': ')} + format(${totals[side]}, ${expressionString(amountFormat)}) + ' in total'` },
      fontSize: 13,
    },
    width,
    height: { step: 26 },
    transform: [{ filter: `datum.side === ${expressionString(side)}` }],
    encoding: {
      y: { field: 'line', type: 'nominal', sort: null, title: null },
      x: { field: 'amount', type: 'quantitative', title: amountTitle, axis: { format: amountFormat, tickCount } },
    },
    layer: [
      {
        mark: { type: 'bar', color: colour },
        encoding: {
          tooltip: [
            { field: 'sideLabel', type: 'nominal', title: 'Side' },
            { field: 'line', type: 'nominal', title: 'Line' },
            { field: 'amount', type: 'quantitative', title: amountTitle, format: amountFormat },
          ],
        },
      },
      barValueLabels('amount', amountFormat),
      {
        transform: [{ filter: '!isValid(datum.amount)' }, { calculate: '0', as: 'at' }, { calculate: expressionString(missingText), as: 'missing' }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontStyle: 'italic' },
        encoding: { x: { field: 'at', type: 'quantitative' }, text: { field: 'missing', type: 'nominal' } },
      },
    ],
  });
  const spec = withFigureFrame(options, {
    data: { values },
    hconcat: [panel('income', ANALYSIS_FUNCTION_PALETTE[0]), panel('expenditure', ANALYSIS_FUNCTION_PALETTE[3])],
    spacing: 32,
    resolve: { scale: { x: 'shared' } },
  });
  const tableRows: (string | number)[][] = values.map((v) => [v.sideLabel, v.line, v.amount ?? '[x]']);
  tableRows.push([labels.income, 'Total', totals.income], [labels.expenditure, 'Total', totals.expenditure]);
  return figureOf(options, spec, { columns: ['Side', 'Line', amountTitle], rows: tableRows });
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
