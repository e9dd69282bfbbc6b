import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/** `budget-totals.csv`: the totals a budget statement prints for each side. */
export const budgetTotalSchema = {
  fields: [
    { name: 'statement', type: 'string', title: 'Statement id', constraints: { required: true } },
    { name: 'side', type: 'string', title: 'Side', constraints: { required: true, enum: ['income', 'expenditure'] } },
    { name: 'amount', type: 'integer', unit: 'GBP', title: 'Printed total (£)', constraints: { required: true } },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: ['statement', 'side'],
  foreignKeys: [{ fields: 'statement', reference: { resource: 'budget-statements', fields: 'statement' } }],
} as const satisfies TableSchema;

/**
 * A row of `budget-totals.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const total: BudgetTotal = dataset.tables['budget-totals']![0]!;
 * [total.statement, total.side, total.amount]; // => ['actual', 'income', 270300]
 */
export type BudgetTotal = InferRecord<typeof budgetTotalSchema>;
