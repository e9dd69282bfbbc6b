import type { Claim } from '../../dataset/index.js';
import { distinct, findingRow, reportPeriod, type ReviewDataset, assertReviewDataset } from './review-dataset.js';
import type { Finding, FindingRow } from './finding.js';
import { parsePeriod, periodLength, showMonth, type PeriodReading } from './parse-period.js';
import { claimRow, referencedRows, type ReferencedRow } from './referenced-rows.js';

type Reading = Extract<PeriodReading, { kind: 'period' }>;

const COMPARISON_KINDS: ReadonlySet<Claim['kind']> = new Set(['percent-change', 'direction', 'comparison']);

/**
 * Periods and dates, a reviewer's checks:
 * - `invalid-period` (error): a period cell of figures, context values or budget statements that
 *   cannot be a period ({@link parsePeriod}: "2021/21", "Q5 2021/22");
 * - `outside-report-year` (caveat): a measure (figure id and area) none of whose rows overlaps the
 *   report's year (`descriptor.scpkit.period`), one finding per section and period; `unverifiable`
 *   when a row's period cannot be read;
 * - `comparison-different-lengths` / `comparison-different-points` (caveat): a claim comparing two
 *   figures (percent-change, direction, comparison) whose periods cover different numbers of months
 *   or start at different points of the year (Q1 of one year against Q2 of the next); `unverifiable`
 *   when one side is a point in time and the other a span (a count at a date or the year's total?);
 * - `event-dated-differently` (inconsistency): a cross-check claim (one quantity printed twice)
 *   whose own row (`stated=`) and the other rows carry different periods.
 * Empty period cells are not dated and never flagged.
 * @example
 * checkPeriods({ tables: { figures: [{ id: 'custody', topic: 'x', measure: 'custody', area: null, period: '2021/21', value: 11, unit: 'count', qualifier: null, section: '7.2', quote: 'In 2021/21 only' }] } });
 * // => [{ check: 'periods', kind: 'invalid-period', severity: 'error', status: 'flagged', rows: [{ resource: 'figures', line: null, key: 'custody@2021/21' }],
 * //       quotes: ['In 2021/21 only'], explanation: 'The period "2021/21" of custody is not a period: "2021/21" is not a financial year: its two years must be consecutive (2021/22).' }]
 */
export function checkPeriods(dataset: ReviewDataset): Finding[] {
  assertReviewDataset('checkPeriods', dataset);
  return [...invalidPeriods(dataset), ...outsideReportYear(dataset), ...comparisons(dataset), ...datedDifferently(dataset)];
}

function finding(kind: string, severity: Finding['severity'], rows: readonly FindingRow[], quotes: readonly string[], explanation: string, status: Finding['status'] = 'flagged'): Finding {
  return { check: 'periods', kind, severity, status, rows, quotes: distinct(quotes), explanation };
}

function invalidPeriods(dataset: ReviewDataset): Finding[] {
  const found: Finding[] = [];
  const report = (resource: string, index: number, key: string, period: string | null, quote: string, what: string) => {
    if (period === null || period.trim() === '') return;
    const reading = parsePeriod(period);
    if (reading.kind !== 'invalid') return;
    found.push(finding('invalid-period', 'error', [findingRow(dataset, resource, index, key)], [quote], `The period "${period}" of ${what} is not a period: ${reading.reason}.`));
  };
  (dataset.tables.figures ?? []).forEach((f, i) => report('figures', i, `${f.id}@${f.period ?? ''}`, f.period, f.quote, f.id));
  (dataset.tables['context-values'] ?? []).forEach((v, i) => report('context-values', i, `${v.indicator}@${v.period}`, v.period, v.quote, v.indicator));
  (dataset.tables['budget-statements'] ?? []).forEach((s, i) => report('budget-statements', i, s.statement, s.period, s.quote, `budget statement ${s.statement}`));
  return found;
}

function overlaps(reading: Reading, year: Reading): boolean {
  return (reading.start ?? -Infinity) <= (year.end ?? Infinity) && (reading.end ?? Infinity) >= (year.start ?? -Infinity);
}

function outsideReportYear(dataset: ReviewDataset): Finding[] {
  const period = reportPeriod(dataset);
  if (period === null) return [];
  const year = parsePeriod(period);
  if (year.kind !== 'period') return [];
  const figures = dataset.tables.figures ?? [];
  const measures = new Map<string, number[]>();
  figures.forEach((f, i) => {
    if (f.period === null || f.period.trim() === '') return;
    const key = `${f.id}~${f.area ?? ''}`;
    measures.set(key, [...(measures.get(key) ?? []), i]);
  });
  // Measures wholly outside the year, grouped by section and period so one finding covers a passage.
  const outside = new Map<string, number[]>();
  const unreadable: number[] = [];
  for (const indices of measures.values()) {
    const readings = indices.map((i) => parsePeriod(figures[i]?.period ?? ''));
    if (readings.some((r) => r.kind === 'period' && overlaps(r, year))) continue;
    if (readings.some((r) => r.kind === 'invalid')) continue; // invalid-period says it
    indices.forEach((i, j) => {
      const f = figures[i];
      if (f === undefined) return;
      if (readings[j]?.kind === 'unreadable') unreadable.push(i);
      else outside.set(`${f.section}\u0000${f.period ?? ''}`, [...(outside.get(`${f.section}\u0000${f.period ?? ''}`) ?? []), i]);
    });
  }
  const found: Finding[] = [];
  for (const [key, indices] of outside) {
    const [section = '', when = ''] = key.split('\u0000');
    const rows = indices.map((i) => figures[i]).filter((f) => f !== undefined);
    const reading = parsePeriod(when) as Reading;
    const side = (reading.end ?? Infinity) < (year.start ?? -Infinity) ? 'before' : 'after';
    found.push(
      finding(
        'outside-report-year',
        'caveat',
        indices.map((i) => findingRow(dataset, 'figures', i, `${figures[i]?.id ?? ''}${figures[i]?.area == null ? '' : `~${figures[i]?.area ?? ''}`}@${when}`)),
        rows.map((f) => f.quote),
        `${rows.length === 1 ? `The figure ${rows[0]?.id ?? ''}` : `${rows.length} figures of section ${section} (${indices.map((i) => `${figures[i]?.id ?? ''}${figures[i]?.area === null || figures[i]?.area === undefined ? '' : ` ~${figures[i]?.area ?? ''}`}`).join(', ')})`} ${rows.length === 1 ? 'is' : 'are'} dated ${when}, ${side} the report's year ${period}, and the report prints no ${period} figure of ${rows.length === 1 ? 'that measure' : 'those measures'}.`,
      ),
    );
  }
  for (const i of unreadable) {
    const f = figures[i];
    if (f === undefined) continue;
    found.push(
      finding('outside-report-year', 'caveat', [findingRow(dataset, 'figures', i, `${f.id}@${f.period ?? ''}`)], [f.quote], `Whether ${f.id} lies in the report's year ${period} cannot be told: its period "${f.period ?? ''}" names no date scpkit can read.`, 'unverifiable'),
    );
  }
  return found;
}

function describe(reading: Reading): string {
  if (reading.start === null || reading.end === null) return 'an open period';
  const months = reading.end - reading.start + 1;
  return months === 1 ? showMonth(reading.start) : `${months} months from ${showMonth(reading.start)}`;
}

/** Two sides of a comparison: a claim's from/to, or two rows of one measure printed in one sentence with "compared". */
interface Comparison {
  readonly name: string;
  readonly from: ReferencedRow;
  readonly to: ReferencedRow;
  readonly involved: readonly FindingRow[];
  readonly quotes: readonly string[];
}

function comparisons(dataset: ReviewDataset): Finding[] {
  const found: Finding[] = [];
  const pairs: Comparison[] = [];
  (dataset.tables.claims ?? []).forEach((claim, index) => {
    if (!COMPARISON_KINDS.has(claim.kind)) return;
    const rows = referencedRows(dataset, claim);
    const from = rows.find((r) => r.role === 'from');
    const to = rows.find((r) => r.role === 'to');
    if (from === undefined || to === undefined) return;
    pairs.push({ name: `Claim ${claim.id}`, from, to, involved: [claimRow(dataset, index, claim), from.row, to.row], quotes: [claim.quote, from.quote, to.quote] });
  });
  const covered = new Set(pairs.map((p) => [p.from.row.key, p.to.row.key].sort().join('\u0000')));
  for (const pair of comparedInOneLine(dataset)) {
    if (!covered.has([pair.from.row.key, pair.to.row.key].sort().join('\u0000'))) pairs.push(pair);
  }
  for (const { name, from, to, involved, quotes } of pairs) {
    if (blank(from) || blank(to)) continue;
    const a = parsePeriod(from.period ?? '');
    const b = parsePeriod(to.period ?? '');
    const sides = `"${from.period ?? ''}" with "${to.period ?? ''}"`;
    if (a.kind !== 'period' || b.kind !== 'period') {
      if (a.kind === 'unreadable' || b.kind === 'unreadable') {
        found.push(finding('comparison-different-lengths', 'caveat', involved, quotes, `${name} compares ${sides}, and scpkit cannot read ${a.kind === 'unreadable' ? `"${from.period ?? ''}"` : `"${to.period ?? ''}"`} as a date, so whether the two cover the same length of time cannot be told.`, 'unverifiable'));
      }
      continue;
    }
    const la = periodLength(a);
    const lb = periodLength(b);
    if (la === null || lb === null || a.start === null || b.start === null) continue;
    const instant = (r: Reading) => r.form === 'point' || r.form === 'month';
    if (instant(a) !== instant(b)) {
      found.push(
        finding('comparison-different-lengths', 'caveat', involved, quotes, `${name} compares ${sides}: one is a month or a point in time and the other a span, and whether that figure is a count at a date or a total over the span is not said, so whether the two sides are like for like cannot be told.`, 'unverifiable'),
      );
      continue;
    }
    if (la !== lb) {
      found.push(finding('comparison-different-lengths', 'caveat', involved, quotes, `${name} compares ${sides}, which cover different lengths of time (${describe(a)} against ${describe(b)}).`));
    } else if (a.start % 12 !== b.start % 12) {
      found.push(finding('comparison-different-points', 'caveat', involved, quotes, `${name} compares ${sides}, which cover different points of the year (${describe(a)} against ${describe(b)}), so seasonal differences are part of the change.`));
    }
  }
  return found;
}

/**
 * Rows of one measure (figure id and area) whose quotes lie on one line of the text that says
 * "compared": the report compares them without a claim in the register.
 */
function comparedInOneLine(dataset: ReviewDataset): Comparison[] {
  const text = dataset.source?.text;
  if (text === undefined) return [];
  const lines = text.split(/\r?\n/);
  const figures = dataset.tables.figures ?? [];
  const lineOf = (quote: string) => lines.findIndex((l) => l.includes(quote));
  const pairs: Comparison[] = [];
  figures.forEach((a, i) => {
    figures.forEach((b, j) => {
      if (j <= i || a.id !== b.id || a.area !== b.area || a.period === b.period) return;
      const la = lineOf(a.quote);
      if (la === -1 || la !== lineOf(b.quote) || !/\bcompared\b/i.test(lines[la] ?? '')) return;
      const row = (f: typeof a, k: number, role: 'from' | 'to'): ReferencedRow => ({
        role,
        row: findingRow(dataset, 'figures', k, `${f.id}${f.area === null ? '' : `~${f.area}`}${f.period === null ? '' : `@${f.period}`}`),
        period: f.period,
        value: f.value,
        unit: f.unit,
        quote: f.quote,
        section: f.section,
      });
      const [first, second] = text.indexOf(a.quote) <= text.indexOf(b.quote) ? [row(a, i, 'from'), row(b, j, 'to')] : [row(b, j, 'from'), row(a, i, 'to')];
      pairs.push({ name: `The report (line ${la + 1})`, from: first, to: second, involved: [first.row, second.row], quotes: [first.quote, second.quote] });
    });
  });
  return pairs;
}

function blank(row: ReferencedRow): boolean {
  return row.period === null || row.period.trim() === '';
}

function datedDifferently(dataset: ReviewDataset): Finding[] {
  const found: Finding[] = [];
  (dataset.tables.claims ?? []).forEach((claim, index) => {
    if (claim.kind !== 'cross-check') return;
    const rows = referencedRows(dataset, claim);
    const own = rows.find((r) => r.role === 'stated');
    if (own === undefined || blank(own)) return;
    for (const other of rows.filter((r) => r.role === 'other' && !blank(r))) {
      const a = parsePeriod(own.period ?? '');
      const b = parsePeriod(other.period ?? '');
      if (a.kind === 'unreadable' || b.kind === 'unreadable') continue;
      const same = a.kind === 'period' && b.kind === 'period' && a.start === b.start && a.end === b.end;
      if (same) continue;
      const why =
        a.kind === 'invalid' || b.kind === 'invalid'
          ? `"${a.kind === 'invalid' ? (own.period ?? '') : (other.period ?? '')}" is not a valid period`
          : `${describe(a as Reading)} against ${describe(b as Reading)}`;
      found.push(
        finding(
          'event-dated-differently',
          'inconsistency',
          [claimRow(dataset, index, claim), own.row, other.row],
          [own.quote, other.quote],
          `Claim ${claim.id} reads ${own.row.key} and ${other.row.key} as one quantity, but the report dates it "${own.period ?? ''}" in section ${own.section} and "${other.period ?? ''}" in section ${other.section} (${why}).`,
        ),
      );
    }
  });
  return found;
}
