import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/**
 * `escalations.csv`: an indicator the partnership escalated (e.g. its QA subgroup to the steering
 * group) and what was done (format 1.1). `reason`, `action` and `outcome` are the report's own words:
 * each is a verbatim substring of `source.txt` where printed, empty where the report prints none.
 * `indicator` names a `quarterly-indicators` or `context-indicators` indicator where the dataset has
 * it (the dashboard puts the escalation beside it), otherwise a slug of its own.
 */
export const escalationSchema = {
  fields: [
    { name: 'indicator', type: 'string', title: 'Indicator id', description: 'Slug of the indicator escalated (the same id as in quarterly-indicators or context-indicators where it is there).', constraints: { required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
    { name: 'period', type: 'string', title: 'Period', description: 'When it was escalated: a financial year "YYYY/YY" or a quarter "Qn YYYY/YY".', constraints: { required: true, pattern: '^(Q[1-4] )?[0-9]{4}/[0-9]{2}$' } },
    { name: 'reason', type: 'string', title: 'Reason', description: 'Why it was escalated, as printed.', constraints: { required: true } },
    { name: 'action', type: 'string', title: 'Action', description: 'What was done, as printed; empty where none is printed.' },
    { name: 'outcome', type: 'string', title: 'Outcome', description: 'What came of it, as printed; empty where none is printed.' },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: ['indicator', 'period'],
} as const satisfies TableSchema;

/** A row of `escalations.csv`. */
export type Escalation = InferRecord<typeof escalationSchema>;
