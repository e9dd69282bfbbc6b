import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/** `priorities.csv`: the partnership's priorities and their leads. */
export const prioritySchema = {
  fields: [
    { name: 'priority', type: 'string', title: 'Priority as printed', constraints: { required: true, unique: true } },
    { name: 'period', type: 'string', title: 'Period', description: 'Years the priority covers, e.g. "2020-2023".', constraints: { required: true, pattern: '^[0-9]{4}-[0-9]{4}$' } },
    { name: 'leads', type: 'string', title: 'Leads as printed', constraints: { required: true } },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: 'priority',
} as const satisfies TableSchema;

/**
 * A row of `priorities.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const priority: Priority = dataset.tables.priorities![0]!;
 * [priority.priority, priority.period]; // => ['Safeguarding in Education', '2020-2023']
 */
export type Priority = InferRecord<typeof prioritySchema>;
