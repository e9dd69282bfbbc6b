import { InvalidInputError, protectDataset, type Dataset } from '@scpkit/core';
import { ENGLAND, MANDATORY_META_COLUMNS } from './ees-standard.js';

/** One EES file pair: the data file's name (`<name>.csv`, its metadata `<name>.meta.csv`) and both as rows of text cells. */
export interface EesFilePair {
  readonly name: string;
  readonly data: readonly (readonly string[])[];
  readonly meta: readonly (readonly string[])[];
  /** Rows of the dataset not written, each with the reason (a period or an area EES cannot hold in this file). */
  readonly left: readonly string[];
}

const GEOGRAPHY = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name', 'old_la_code', 'new_la_code', 'la_name'] as const;

interface Place {
  readonly level: 'National' | 'Local authority';
  readonly cells: readonly string[]; // country_code .. la_name
}

/**
 * The partnership's place in EES terms, from `scpkit.localAuthorities`: one local authority, or
 * several joined with " / " in each column, as the DfE's own lookup writes a combined area
 * (dfe-analytical-services/dfe-published-data-qa `data/las.csv`: "E06000061 / E06000062,North
 * Northamptonshire / West Northamptonshire,...,940 / 941").
 */
function partnershipPlace(dataset: Dataset, file: string): Place {
  const las = dataset.descriptor.scpkit.localAuthorities;
  if (las === undefined || las.length === 0) {
    throw new InvalidInputError(
      'exportEes',
      `${file} scpkit.localAuthorities`,
      undefined,
      'is needed for the open data export: list the local authorities the partnership covers, each { "old_la_code", "new_la_code", "la_name" } (datasets/FORMAT.md section 2)',
    );
  }
  const join = (key: 'old_la_code' | 'new_la_code' | 'la_name') => las.map((la) => la[key]).join(' / ');
  return { level: 'Local authority', cells: [ENGLAND.code, ENGLAND.name, join('old_la_code'), join('new_la_code'), join('la_name')] };
}

const NATIONAL: Place = { level: 'National', cells: [ENGLAND.code, ENGLAND.name, '', '', ''] };

/** A financial year `YYYY/YY` as an EES six-digit time_period, or undefined. */
function financialYear(period: string | null | undefined): string | undefined {
  const m = /^([0-9]{4})\/([0-9]{2})$/.exec(period ?? '');
  if (m === null) return undefined;
  return (Number(m[1]) + 1) % 100 === Number(m[2]) ? `${m[1]}${m[2]}` : undefined;
}

const decimalsOf = (value: number) => {
  const text = String(value);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
};

const metaRow = (fields: Partial<Record<(typeof MANDATORY_META_COLUMNS)[number], string>>) => MANDATORY_META_COLUMNS.map((c) => fields[c] ?? '');

const UNIT_COLUMNS: Readonly<Record<string, { column: string; label: string; unit: string }>> = {
  count: { column: 'value_count', label: 'Number', unit: '' },
  percent: { column: 'value_percent', label: 'Percentage', unit: '%' },
  'percent-change': { column: 'value_percent_change', label: 'Percentage change', unit: '%' },
  GBP: { column: 'value_gbp', label: 'Amount in pounds', unit: '£' },
  score: { column: 'value_score', label: 'Score', unit: '' },
  ratio: { column: 'value_ratio', label: 'Ratio', unit: '' },
  years: { column: 'value_years', label: 'Years', unit: '' },
  months: { column: 'value_months', label: 'Months', unit: '' },
  weeks: { column: 'value_weeks', label: 'Weeks', unit: '' },
  FTE: { column: 'value_fte', label: 'Full-time equivalent', unit: '' },
};

/**
 * The numeric resources of a dataset as EES file pairs (DfE open data standard, see
 * `ees-standard.ts`): `figures` (one indicator column per unit; a row's other units are `z`),
 * `context_values` and `chart_series` (one `count` indicator). Time: financial years `YYYY/YY` as
 * `time_period` `YYYYZZ` with `time_identifier` "Financial year" (chart points take the report's
 * period); other periods (quarters, calendar years, spans, none) cannot share the file and are left
 * out, each listed. Geography: the partnership's own rows at "Local authority" level from
 * `scpkit.localAuthorities`, England's at "National"; other areas are left out, listed. Disclosure:
 * a value `protectDataset` withholds from a `protect` resource is written as `c`.
 *
 * @throws {InvalidInputError} when the descriptor gives no `scpkit.localAuthorities`.
 */
export function exportEes(dataset: Dataset, descriptorFile = 'datapackage.json'): EesFilePair[] {
  const place = partnershipPlace(dataset, descriptorFile);
  const { withheld } = protectDataset(dataset);
  const hidden = new Set(withheld.filter((w) => w.field === 'value').map((w) => `${w.resource}:${w.row}`));
  const isHidden = (resource: string, index: number) => hidden.has(`${resource}:${dataset.rowNumbers[resource]?.[index] ?? index + 2}`);
  const pairs: EesFilePair[] = [];

  // figures
  const figures = dataset.tables.figures ?? [];
  if (figures.length > 0) {
    const units = [...new Set(figures.map((f) => f.unit))].filter((u) => u in UNIT_COLUMNS).sort();
    const left: string[] = [];
    const rows: string[][] = [];
    figures.forEach((f, i) => {
      const line = dataset.rowNumbers['figures']?.[i] ?? i + 2;
      const period = financialYear(f.period);
      const where = f.area === null ? place : f.area === ENGLAND.name ? NATIONAL : undefined;
      if (period === undefined) return left.push(`figures.csv line ${line}: period ${JSON.stringify(f.period ?? '')} is not a financial year YYYY/YY`);
      if (where === undefined) return left.push(`figures.csv line ${line}: area ${JSON.stringify(f.area)} has no EES geography (only the partnership and England)`);
      const value = isHidden('figures', i) ? 'c' : String(f.value);
      rows.push([period, 'Financial year', where.level, ...where.cells, f.topic, f.id, f.measure, ...units.map((u) => (u === f.unit ? value : 'z'))]);
      return undefined;
    });
    const dp = (unit: string) => String(Math.max(0, ...figures.filter((f) => f.unit === unit).map((f) => decimalsOf(f.value))));
    pairs.push({
      name: 'figures',
      data: [[...GEOGRAPHY, 'topic', 'measure_id', 'measure', ...units.map((u) => UNIT_COLUMNS[u]!.column)], ...rows],
      meta: [
        [...MANDATORY_META_COLUMNS],
        metaRow({ col_name: 'topic', col_type: 'Filter', label: 'Topic', filter_hint: 'Filter by the topic of the report' }),
        metaRow({ col_name: 'measure_id', col_type: 'Filter', label: 'Measure id', filter_hint: 'Filter by the stable id of the measure' }),
        metaRow({ col_name: 'measure', col_type: 'Filter', label: 'Measure', filter_hint: 'Filter by what is measured' }),
        ...units.map((u) => metaRow({ col_name: UNIT_COLUMNS[u]!.column, col_type: 'Indicator', label: UNIT_COLUMNS[u]!.label, indicator_unit: UNIT_COLUMNS[u]!.unit, indicator_dp: dp(u) })),
      ],
      left,
    });
  }

  // context values
  const values = dataset.tables['context-values'] ?? [];
  if (values.length > 0) {
    const labels = new Map((dataset.tables['context-indicators'] ?? []).map((ind) => [ind.indicator, ind.label]));
    const left: string[] = [];
    const rows: string[][] = [];
    values.forEach((v, i) => {
      const line = dataset.rowNumbers['context-values']?.[i] ?? i + 2;
      const period = financialYear(v.period);
      if (period === undefined) return left.push(`context-values.csv line ${line}: period ${JSON.stringify(v.period)} is not a financial year YYYY/YY`);
      rows.push([period, 'Financial year', place.level, ...place.cells, v.indicator, labels.get(v.indicator) ?? v.indicator, isHidden('context-values', i) ? 'c' : String(v.value)]);
      return undefined;
    });
    pairs.push({
      name: 'context_values',
      data: [[...GEOGRAPHY, 'indicator_id', 'indicator', 'count'], ...rows],
      meta: [
        [...MANDATORY_META_COLUMNS],
        metaRow({ col_name: 'indicator_id', col_type: 'Filter', label: 'Indicator id', filter_hint: 'Filter by the stable id of the indicator' }),
        metaRow({ col_name: 'indicator', col_type: 'Filter', label: 'Indicator', filter_hint: 'Filter by the safeguarding context indicator' }),
        metaRow({ col_name: 'count', col_type: 'Indicator', label: 'Number', indicator_dp: '0' }),
      ],
      left,
    });
  }

  // chart series
  const points = dataset.tables['chart-series'] ?? [];
  const reportPeriod = financialYear(dataset.descriptor.scpkit.period);
  if (points.length > 0 && reportPeriod !== undefined) {
    pairs.push({
      name: 'chart_series',
      data: [
        [...GEOGRAPHY, 'chart_id', 'chart', 'category', 'count'],
        ...points.map((p, i) => [reportPeriod, 'Financial year', place.level, ...place.cells, p.chart, p.title, p.label, isHidden('chart-series', i) ? 'c' : String(p.value)]),
      ],
      meta: [
        [...MANDATORY_META_COLUMNS],
        metaRow({ col_name: 'chart_id', col_type: 'Filter', label: 'Chart id', filter_hint: 'Filter by the stable id of the chart' }),
        metaRow({ col_name: 'chart', col_type: 'Filter', label: 'Chart', filter_hint: "Filter by the report's chart" }),
        metaRow({ col_name: 'category', col_type: 'Filter', label: 'Category', filter_hint: 'Filter by the category the chart counts' }),
        metaRow({ col_name: 'count', col_type: 'Indicator', label: 'Number', indicator_dp: '0' }),
      ],
      left: [],
    });
  }
  return pairs;
}

/** Rows of text cells as CSV (RFC 4180, LF line ends, a final line end). */
export function csvText(rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}
