import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/** `partnership-groups.csv`: the board, its groups and subgroups, and the group each reports to. */
export const partnershipGroupSchema = {
  fields: [
    { name: 'group', type: 'string', title: 'Group as printed', constraints: { required: true, unique: true } },
    { name: 'reports_to', type: 'string', title: 'Reports to', description: 'Group this one reports to, as stated in the quote; missing for the top of the structure or where the report does not say.' },
    { name: 'chair', type: 'string', title: 'Chaired by', description: 'Who chairs the group, where stated.' },
    { name: 'meets', type: 'string', title: 'Meets', description: 'How often the group meets, where stated.' },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: 'group',
  foreignKeys: [{ fields: 'reports_to', reference: { resource: 'partnership-groups', fields: 'group' } }],
} as const satisfies TableSchema;

/**
 * A row of `partnership-groups.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const group: PartnershipGroup = dataset.tables['partnership-groups']![0]!;
 * [group.reports_to, group.meets]; // => [null, 'four times a year']
 */
export type PartnershipGroup = InferRecord<typeof partnershipGroupSchema>;
