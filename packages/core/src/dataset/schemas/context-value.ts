import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/** `context-values.csv`: the value of a context indicator for one reporting year. */
export const contextValueSchema = {
  fields: [
    { name: 'indicator', type: 'string', title: 'Indicator id', constraints: { required: true } },
    { name: 'period', type: 'string', title: 'Reporting year', description: 'Financial year as "YYYY/YY".', constraints: { required: true, pattern: '^[0-9]{4}/[0-9]{2}$' } },
    { name: 'value', type: 'integer', unit: 'count', title: 'Value', description: 'Count as printed.', constraints: { required: true, minimum: 0 } },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: ['indicator', 'period'],
  foreignKeys: [{ fields: 'indicator', reference: { resource: 'context-indicators', fields: 'indicator' } }],
} as const satisfies TableSchema;

/**
 * A row of `context-values.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const value: ContextValue = dataset.tables['context-values']![1]!;
 * [value.indicator, value.period, value.value]; // => ['family-contacts', '2020/21', 13218]
 */
export type ContextValue = InferRecord<typeof contextValueSchema>;
