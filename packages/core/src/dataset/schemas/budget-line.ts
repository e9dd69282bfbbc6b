import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/**
 * `budget-lines.csv`: every income and expenditure line of a budget statement in whole pounds.
 * A figure the report does not give (e.g. "Not yet advised") is a missing value, never 0.
 */
export const budgetLineSchema = {
  fields: [
    { name: 'statement', type: 'string', title: 'Statement id', constraints: { required: true } },
    { name: 'side', type: 'string', title: 'Side', constraints: { required: true, enum: ['income', 'expenditure'] } },
    { name: 'position', type: 'integer', title: 'Position', description: '1-based order of the line on its side.', constraints: { required: true, minimum: 1 } },
    { name: 'line', type: 'string', title: 'Line as printed', constraints: { required: true } },
    { name: 'line_type', type: 'string', title: 'Line type', description: 'brought-forward and carry-forward are balances moved between years; line is in-year income or spending.', constraints: { required: true, enum: ['line', 'brought-forward', 'carry-forward'] } },
    { name: 'amount', type: 'integer', unit: 'GBP', title: 'Amount (£)', description: 'Whole pounds as printed; missing when the report gives no figure.' },
    ...provenanceFields,
  ],
  missingValues: [...gssMissingValues, 'Not yet advised'],
  primaryKey: ['statement', 'side', 'position'],
  foreignKeys: [{ fields: 'statement', reference: { resource: 'budget-statements', fields: 'statement' } }],
} as const satisfies TableSchema;

/**
 * A row of `budget-lines.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const line: BudgetLine = dataset.tables['budget-lines']![0]!;
 * [line.statement, line.side, line.line, line.amount]; // => ['actual', 'income', 'Sussex Police', 35000]
 */
export type BudgetLine = InferRecord<typeof budgetLineSchema>;
