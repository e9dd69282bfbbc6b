import type { Dataset } from '../dataset/index.js';
import type { QuarterlyIndicator } from '../dataset/schemas/quarterly-indicator.js';
import { InvalidInputError } from '../errors/index.js';
import { assertReportDataset } from '../lookup/check-report-dataset.js';
import type { SpcImprovement } from '../stats/spc/variation-class.js';
import { assertArray, assertFiniteNumber, assertObject, assertOneOf, assertString } from '../stats/validate-input.js';
import { quarterlyIndicatorUnits } from '../dataset/schemas/quarterly-indicator.js';

const QUARTER = /^Q([1-4]) ([0-9]{4})\/([0-9]{2})$/;

/**
 * A quarter the series has no value for, and the missing-value code its cell carries (`[x]`, `[c]` or empty).
 *
 * @example
 * const gap: QuarterGap = { period: 'Q4 2022/23', code: '[x]' };
 * gap.code; // => '[x]'
 */
export interface QuarterGap {
  readonly period: string;
  readonly code: string;
}

/**
 * One indicator of a quarterly dashboard: its description and its values in time order.
 *
 * @example
 * const s: QuarterlySeries = quarterlySeries(loadDataset('datasets/example-synthetic/2022-23'))[0]!;
 * [s.indicator, s.unit, s.improvement, s.values.length]; // => ['family-contacts', 'count', 'neutral', 20]
 */
export interface QuarterlySeries {
  readonly indicator: string;
  readonly label: string;
  readonly group: string;
  readonly unit: QuarterlyIndicator['unit'];
  readonly improvement: SpcImprovement;
  readonly target: number | null;
  /** Quarters with a value, in time order (`Qn YYYY/YY`). */
  readonly periods: readonly string[];
  /** The values of `periods`. */
  readonly values: readonly number[];
  /** Quarters whose value is missing (not charted, not in `values`), in time order. */
  readonly gaps: readonly QuarterGap[];
  /** CSV line of each of `periods`' rows (header is line 1), when the dataset recorded them. */
  readonly rows: readonly (number | null)[];
  /** Section and quote of the indicator's first row. */
  readonly section: string;
  readonly quote: string;
}

/**
 * Where a financial-year quarter `Qn YYYY/YY` falls in time: `4 × start year + (n − 1)`, so
 * consecutive quarters differ by 1 (Q4 2021/22 is followed by Q1 2022/23). Q1 is April to June.
 *
 * @example
 * quarterIndex('Q1 2022/23') - quarterIndex('Q4 2021/22'); // => 1
 * quarterIndex('Q3 2021/22'); // => 8086
 * @throws {InvalidInputError} when `period` is not `Qn YYYY/YY` with consecutive years.
 */
export function quarterIndex(period: string): number {
  const fn = 'quarterIndex';
  assertString(fn, 'period', period);
  const index = quarterIndexUnchecked(period);
  if (index === null) throw new InvalidInputError(fn, 'period', period, 'must be a financial-year quarter "Qn YYYY/YY" (Q1 is April to June)');
  return index;
}

/** Internal: {@link quarterIndex}, `null` for a text that is not a quarter. */
export function quarterIndexUnchecked(period: string): number | null {
  const match = QUARTER.exec(period);
  if (match === null) return null;
  const start = Number(match[2]);
  if (match[3] !== String((start + 1) % 100).padStart(2, '0')) return null;
  return start * 4 + Number(match[1]) - 1;
}

/**
 * The series of every indicator of a dataset's `quarterly-indicators` (empty when it has none):
 * groups in the order they first appear, indicators within a group likewise, each indicator's
 * quarters in time order ({@link quarterIndex}). A missing value is a gap, not a zero. The label,
 * group, unit, improvement and target come from the indicator's first row (`scpkit validate`
 * checks that its other rows agree).
 *
 * @example
 * const series = quarterlySeries(loadDataset('datasets/example-synthetic/2022-23'));
 * [series.length, series[0]!.indicator, series[0]!.periods.slice(0, 2)];
 * // => [60, 'family-contacts', ['Q1 2018/19', 'Q2 2018/19']]
 * series.find((s) => s.indicator === 'births-to-under-18s')!.gaps; // => [{ period: 'Q4 2022/23', code: '[x]' }]
 * @throws {InvalidInputError} when `dataset` is not a dataset as `parseDataset` gives it, or a
 *   quarter is not `Qn YYYY/YY` with consecutive years (naming the row).
 */
export function quarterlySeries(dataset: Dataset): QuarterlySeries[] {
  const fn = 'quarterlySeries';
  assertReportDataset(fn, 'dataset', dataset);
  const { records, lines, missing } = checkQuarterlyTables(fn, dataset);
  type Entry = { first: QuarterlyIndicator; firstRow: number; points: { at: number; period: string; value: number | null; row: number | null; code: string }[] };
  const byIndicator = new Map<string, Entry>();
  records.forEach((record, i) => {
    const at = quarterIndexUnchecked(record.period);
    if (at === null) {
      throw new InvalidInputError(fn, `dataset.tables['quarterly-indicators'][${i}].period`, record.period, 'must be a financial-year quarter "Qn YYYY/YY" with consecutive years');
    }
    let entry = byIndicator.get(record.indicator);
    if (entry === undefined) {
      entry = { first: record, firstRow: i, points: [] };
      byIndicator.set(record.indicator, entry);
    }
    entry.points.push({ at, period: record.period, value: record.value, row: (lines[i] as number | null | undefined) ?? null, code: ((missing[i] as Record<string, string> | undefined)?.['value']) ?? '' });
  });
  const groups = [...new Set([...byIndicator.values()].map((e) => e.first.group))];
  const entries = [...byIndicator.values()].sort((a, b) => groups.indexOf(a.first.group) - groups.indexOf(b.first.group) || a.firstRow - b.firstRow);
  return entries.map(({ first, points }) => {
    const ordered = [...points].sort((a, b) => a.at - b.at);
    const present = ordered.filter((p): p is typeof p & { value: number } => p.value !== null);
    return {
      indicator: first.indicator,
      label: first.label,
      group: first.group,
      unit: first.unit,
      improvement: first.improvement,
      target: first.target,
      periods: present.map((p) => p.period),
      values: present.map((p) => p.value),
      gaps: ordered.filter((p) => p.value === null).map((p) => ({ period: p.period, code: p.code })),
      rows: present.map((p) => p.row),
      section: first.section,
      quote: first.quote,
    };
  });
}

/** Internal: the quarterly-indicators records, line numbers and missing codes of `dataset`, checked as far as {@link quarterlySeries} reads them. */
function checkQuarterlyTables(fn: string, dataset: Dataset): { records: readonly QuarterlyIndicator[]; lines: readonly unknown[]; missing: readonly unknown[] } {
  const at = "dataset.tables['quarterly-indicators']";
  const records: unknown = dataset.tables['quarterly-indicators'] ?? [];
  assertArray(fn, at, records);
  records.forEach((record, i) => {
    const here = `${at}[${i}]`;
    assertObject(fn, here, record, 'a quarterly-indicators record');
    for (const field of ['indicator', 'label', 'group', 'period', 'section', 'quote']) assertString(fn, `${here}.${field}`, record[field]);
    if (record['value'] !== null) assertFiniteNumber(fn, `${here}.value`, record['value']);
    if (record['target'] !== null) assertFiniteNumber(fn, `${here}.target`, record['target']);
    assertOneOf(fn, `${here}.unit`, record['unit'], quarterlyIndicatorUnits);
    assertOneOf(fn, `${here}.improvement`, record['improvement'], ['increase', 'decrease', 'neutral'] as const);
  });
  const table = (name: 'rowNumbers' | 'missing'): readonly unknown[] => {
    const holder: unknown = dataset[name];
    if (holder === undefined || holder === null) return [];
    assertObject(fn, `dataset.${name}`, holder);
    const list = holder['quarterly-indicators'] ?? [];
    assertArray(fn, `dataset.${name}['quarterly-indicators']`, list);
    return list;
  };
  const lines = table('rowNumbers').map((line, i) => {
    if (line !== null && line !== undefined) assertFiniteNumber(fn, `dataset.rowNumbers['quarterly-indicators'][${i}]`, line);
    return line;
  });
  const missing = table('missing').map((codes, i) => {
    if (codes === null || codes === undefined) return {};
    assertObject(fn, `dataset.missing['quarterly-indicators'][${i}]`, codes);
    if (codes['value'] !== undefined) assertString(fn, `dataset.missing['quarterly-indicators'][${i}].value`, codes['value']);
    return codes;
  });
  return { records: records as readonly QuarterlyIndicator[], lines, missing };
}
