import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/**
 * Units a printed figure can have; `percent` is a 0-100 share, `percent-change` any finite change,
 * `per-10000` a published rate per 10,000 (children aged 0-17 unless the measure says otherwise).
 *
 * @example
 * figureUnits.includes('per-10000'); // => true
 */
export const figureUnits = ['count', 'percent', 'percent-change', 'GBP', 'score', 'ratio', 'years', 'months', 'weeks', 'FTE', 'per-10000'] as const;

/**
 * `figures.csv`: every other quantitative statement of the report, one printed number per row
 * (key achievements, case reviews, child deaths, training, impact projects, evidence, assurance).
 */
export const figureSchema = {
  fields: [
    { name: 'id', type: 'string', title: 'Measure id', description: 'Stable slug naming the measure (topic and what is counted), never the period or the area: the same id in every report and every year. One measure may have several rows, one per area and period.', constraints: { required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
    { name: 'topic', type: 'string', title: 'Topic', description: 'Subject area, e.g. "rapid-reviews", "cdop", "training".', constraints: { required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
    { name: 'measure', type: 'string', title: 'Measure', description: 'What the number counts or measures, in plain words.', constraints: { required: true } },
    { name: 'area', type: 'string', title: 'Area', description: 'Geography the figure is for, where it is not the partnership area (empty: the partnership).' },
    { name: 'period', type: 'string', title: 'Period', description: 'Period the figure covers as printed or implied by the quote: a financial year as YYYY/YY, a quarter as "Qn YYYY/YY", a span as printed (e.g. "Oct YYYY - Mar YYYY"); empty where none is printed.' },
    { name: 'value', type: 'number', title: 'Value as printed', constraints: { required: true } },
    { name: 'unit', type: 'string', title: 'Unit', constraints: { required: true, enum: figureUnits } },
    { name: 'qualifier', type: 'string', title: 'Qualifier', description: 'Printed hedge on the number ("over 200" is over).', constraints: { enum: ['over', 'just-over', 'under', 'approximately', 'nearly', 'average', 'at-least'] } },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  'scpkit:uniqueKey': ['id', 'area', 'period'],
  'scpkit:constraintsByUnit': {
    field: 'value',
    unitField: 'unit',
    byUnit: {
      count: { minimum: 0, integer: true },
      percent: { minimum: 0, maximum: 100 },
      GBP: { integer: true },
      FTE: { minimum: 0 },
      years: { minimum: 0 },
      months: { minimum: 0 },
      weeks: { minimum: 0 },
      'per-10000': { minimum: 0 },
    },
  },
} as const satisfies TableSchema;

/**
 * A row of `figures.csv`.
 *
 * @example
 * const dataset = loadDataset('datasets/east-sussex/2021-22');
 * const figure: Figure = selectFigures(dataset.tables.figures ?? [], { id: 'cdop-deaths', area: null })[0]!;
 * [figure.period, figure.value, figure.unit, figure.qualifier]; // => ['Apr 2020 - Mar 2021', 17, 'count', null]
 */
export type Figure = InferRecord<typeof figureSchema>;
