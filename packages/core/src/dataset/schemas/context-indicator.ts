import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/**
 * `context-indicators.csv`: one row per safeguarding context indicator (report section 3 and its
 * appendix), with the direction arrow and percentage change the report prints beside it.
 */
export const contextIndicatorSchema = {
  fields: [
    { name: 'indicator', type: 'string', title: 'Indicator id', description: 'Stable slug of the indicator.', constraints: { required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
    { name: 'group', type: 'string', title: 'Indicator group', description: 'Heading the report files the indicator under; missing where it prints none.' },
    { name: 'label', type: 'string', title: 'Indicator', description: 'Indicator name as printed.', constraints: { required: true } },
    { name: 'arrow', type: 'string', title: 'Printed arrow', description: 'Direction arrow printed beside the indicator: up (↑), down (↓) or flat (↔).', constraints: { enum: ['up', 'down', 'flat'] } },
    { name: 'stated_change_percent', type: 'number', unit: 'percent-change', title: 'Stated change (%)', description: 'Percentage change the report states for the indicator, as printed (may be any finite number).' },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: 'indicator',
} as const satisfies TableSchema;

/**
 * A row of `context-indicators.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const indicator: ContextIndicator = dataset.tables['context-indicators']![0]!;
 * [indicator.indicator, indicator.arrow, indicator.stated_change_percent]; // => ['family-contacts', 'up', 29]
 */
export type ContextIndicator = InferRecord<typeof contextIndicatorSchema>;
