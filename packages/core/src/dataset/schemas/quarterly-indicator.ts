import type { InferRecord, TableSchema } from '../table-schema.js';
import { gssMissingValues, provenanceFields } from './provenance.js';

/** Units of a quarterly indicator's value. `percent` is a 0-100 share; `rate-per-10k` per 10,000 children. */
export const quarterlyIndicatorUnits = ['count', 'percent', 'rate-per-10k', 'days', 'weeks', 'score', 'ratio'] as const;

/**
 * `quarterly-indicators.csv`: the performance dashboard a partnership's quality-assurance subgroup
 * reviews every quarter (format 1.1), one value of one indicator in one quarter per row. The
 * indicator's label, group, unit, improvement direction and target repeat on each of its rows and
 * must agree (`quarterlyIndicatorSeries` reports a row that differs). Statistical process control
 * (`spcSummary`) and the escalation candidates read it; `scpkit dashboard` draws it.
 */
export const quarterlyIndicatorSchema = {
  fields: [
    { name: 'indicator', type: 'string', title: 'Indicator id', description: 'Stable slug of the indicator, never the period or the area.', constraints: { required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
    { name: 'label', type: 'string', title: 'Indicator', description: 'The indicator as the dashboard names it.', constraints: { required: true } },
    { name: 'group', type: 'string', title: 'Indicator group', description: 'Heading the dashboard files the indicator under, e.g. "Children supported by statutory services".', constraints: { required: true } },
    { name: 'period', type: 'string', title: 'Quarter', description: 'Financial-year quarter as "Qn YYYY/YY" (Q1 is April to June).', constraints: { required: true, pattern: '^Q[1-4] [0-9]{4}/[0-9]{2}$' } },
    { name: 'value', type: 'number', title: 'Value', description: 'The value in the quarter; a missing quarter is [x] (or [c] when suppressed).' },
    { name: 'unit', type: 'string', title: 'Unit', constraints: { required: true, enum: quarterlyIndicatorUnits } },
    { name: 'improvement', type: 'string', title: 'Improvement direction', description: 'Which direction is better: increase, decrease, or neutral where neither is.', constraints: { required: true, enum: ['increase', 'decrease', 'neutral'] } },
    { name: 'target', type: 'number', title: 'Target', description: 'The target the value is judged against (assurance); empty where there is none.' },
    ...provenanceFields,
  ],
  missingValues: gssMissingValues,
  primaryKey: ['indicator', 'period'],
  'scpkit:constraintsByUnit': {
    field: 'value',
    unitField: 'unit',
    byUnit: {
      count: { minimum: 0, integer: true },
      percent: { minimum: 0, maximum: 100 },
      'rate-per-10k': { minimum: 0 },
      days: { minimum: 0 },
      weeks: { minimum: 0 },
    },
  },
} as const satisfies TableSchema;

/** A row of `quarterly-indicators.csv`. */
export type QuarterlyIndicator = InferRecord<typeof quarterlyIndicatorSchema>;
