// Test support only (not exported): small synthetic datasets for the review checks.
import type { BoardMember, BudgetLine, BudgetTotal, StandardTables } from '../../dataset/index.js';
import type { ReviewDataset } from './review-dataset.js';

export { claim, contextValue, figure, budgetLine, chartPoint } from '../synthetic-dataset.test-support.js';

/** A review dataset of `tables` for a report of `period`, with `text` as its source. */
export function reviewDataset(tables: StandardTables, period = '2021/22', text?: string): ReviewDataset {
  return { tables, descriptor: { scpkit: { period } }, ...(text === undefined ? {} : { source: { text } }) };
}

/** A budget total row. */
export function budgetTotal(statement: string, side: 'income' | 'expenditure', amount: number): BudgetTotal {
  return { statement, side, amount, section: '9.C', quote: `Total ${amount}` };
}

/** A board member row. */
export function member(position: number, name: string, role: string, fields: Partial<BoardMember> = {}): BoardMember {
  return { position, name, board_role: null, title: role, role, organisation: null, from: null, to: null, section: '9.B', quote: name, ...fields };
}

/** Budget lines of one side with the given amounts (null = not yet advised). */
export function lines(statement: string, side: 'income' | 'expenditure', amounts: readonly (number | null)[]): BudgetLine[] {
  return amounts.map((amount, i) => ({ statement, side, position: i + 1, line: `line ${i + 1}`, line_type: 'line', amount, section: '9.C', quote: `line ${i + 1}` }));
}
