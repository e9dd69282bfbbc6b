import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/** `acronyms.csv`: the report's glossary of acronyms. */
export const acronymSchema = {
  fields: [
    { name: 'acronym', type: 'string', title: 'Acronym', constraints: { required: true, unique: true } },
    { name: 'expansion', type: 'string', title: 'Expansion as printed', constraints: { required: true } },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: 'acronym',
} as const satisfies TableSchema;

/**
 * A row of `acronyms.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const acronym: Acronym = dataset.tables.acronyms![0]!;
 * [acronym.acronym, acronym.expansion]; // => ['ABE', 'Achieving Best Evidence']
 */
export type Acronym = InferRecord<typeof acronymSchema>;
