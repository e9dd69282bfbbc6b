import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/** `budget-statements.csv`: one income-and-expenditure statement of the budget appendix. */
export const budgetStatementSchema = {
  fields: [
    { name: 'statement', type: 'string', title: 'Statement id', constraints: { required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
    { name: 'period', type: 'string', title: 'Financial year', constraints: { required: true, pattern: '^[0-9]{4}/[0-9]{2}$' } },
    { name: 'basis', type: 'string', title: 'Basis', description: 'Whether the figures are actual or projected.', constraints: { required: true, enum: ['actual', 'projected'] } },
    { name: 'title', type: 'string', title: 'Title as printed', constraints: { required: true } },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: 'statement',
} as const satisfies TableSchema;

/**
 * A row of `budget-statements.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const record: BudgetStatementRecord = dataset.tables['budget-statements']![1]!;
 * [record.statement, record.period, record.basis]; // => ['projected', '2022/23', 'projected']
 */
export type BudgetStatementRecord = InferRecord<typeof budgetStatementSchema>;
