import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/**
 * `value_printed` of a chart point whose value the chart prints apart from its label (the quote),
 * so the value is not in the quote: the one case where a row's value need not be printed in its
 * quote, said for that row.
 */
export const VALUE_PRINTED_IN_CHART = 'in-chart';

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
    {
      name: 'value_printed',
      type: 'string',
      title: 'Where the value is printed',
      description: `Empty: the quote prints the value (checked). "${VALUE_PRINTED_IN_CHART}": the quote is the point's label and the value is printed by the chart apart from it (a data label, or the run of values a text export prints after the labels), so it is not checked against the quote. Added in format 1.1.`,
      constraints: { enum: [VALUE_PRINTED_IN_CHART] },
    },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: ['chart', 'position'],
} as const satisfies TableSchema;

/**
 * A row of `chart-series.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const point: ChartSeriesPoint = dataset.tables['chart-series']![0]!;
 * [point.chart, point.position, point.value_printed]; // => ['rapid-review-abuse-types', 1, 'in-chart']
 */
export type ChartSeriesPoint = InferRecord<typeof chartSeriesSchema>;
