import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/**
 * `chart-series.csv`: data of the report's own charts, as the text export gives it (a run of
 * labels followed by a run of numbers); `position` keeps the printed order.
 */
export const chartSeriesSchema = {
  fields: [
    { name: 'chart', type: 'string', title: 'Chart id', description: 'Stable slug naming the chart, the same in every report, e.g. "rapid-review-abuse-types".', constraints: { required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
    { name: 'title', type: 'string', title: 'Chart title', description: 'Chart title as printed.', constraints: { required: true } },
    { name: 'position', type: 'integer', title: 'Position', description: '1-based position of the label in the printed run.', constraints: { required: true, minimum: 1 } },
    { name: 'label', type: 'string', title: 'Category', description: 'Category label as printed (typos kept).', constraints: { required: true } },
    { name: 'value', type: 'integer', unit: 'count', title: 'Value', constraints: { required: true, minimum: 0 } },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: ['chart', 'position'],
} as const satisfies TableSchema;

/** A row of `chart-series.csv`. */
export type ChartSeriesPoint = InferRecord<typeof chartSeriesSchema>;
