import { percentChange } from '../../change/percent-change.js';
import { resolveClaimAuditOptions } from '../claim-audit-options.js';
import { roundsToStated } from '../compare-with-stated.js';
import { showValue } from '../show-value.js';
import { claimReferences } from './referenced-rows.js';
import { assertReviewDataset, distinct, findingRow, type ReviewDataset } from './review-dataset.js';
import type { Finding, FindingRow } from './finding.js';
import { parsePeriod } from './parse-period.js';

/** A decrease word next to a number printed with a minus: "a reduction of -36%", "an average -25% reduction". */
const SIGNED_DECREASE =
  /\b(reduction|fall|decrease|drop|decline)\s+(?:of\s+)?(?:an?\s+)?(?:average\s+)?[-−–]\s?\d[\d.,]*\s?%|[-−–]\s?\d[\d.,]*\s?%\s+(?:average\s+)?(reduction|fall|decrease|drop|decline)\b/i;

/**
 * Linked figures, a reviewer's checks:
 * - `change-against-counts` (inconsistency): a percentage change the report prints as a figure
 *   (`<measure>-change-percent` or `<measure>-reduction-percent`, unit `percent-change`) whose counts
 *   it prints elsewhere as the figure `<measure>` for the same period and the financial year before
 *   (same area), recomputed as 100 × (later − earlier) / earlier and rounded half up to the printed
 *   decimals; a change the claims register already checks against counts is left to the audit;
 * - `total-with-line-not-advised` (caveat, or inconsistency when the known lines alone exceed the
 *   total): a printed budget total whose side has a line with no amount ("Not yet advised"), checked
 *   on the known lines, saying what the total leaves out;
 * - `signed-decrease` (typo): a "reduction"/"fall"/"decrease" printed with a minus sign ("a reduction
 *   of -36%"): the word already says it fell, so the sign is a typo, not a double fall.
 * @example
 * checkLinkedFigures({ tables: { figures: [{ id: 'offenders-change-percent', topic: 'x', measure: 'offenders', area: null, period: '2021/22', value: -36, unit: 'percent-change', qualifier: null, section: '7.2', quote: 'a reduction of -36% in offenders' }] } });
 * // => [{ check: 'linked-figures', kind: 'signed-decrease', severity: 'typo', status: 'flagged', rows: [{ resource: 'figures', line: null, key: 'offenders-change-percent@2021/22' }],
 * //       quotes: ['a reduction of -36% in offenders'], explanation: '"reduction of -36%" prints a minus sign on a word that already says the figure fell: a typo for a fall of 36%, not a double fall.' }]
 */
export function checkLinkedFigures(dataset: ReviewDataset): Finding[] {
  assertReviewDataset('checkLinkedFigures', dataset);
  return [...changesAgainstCounts(dataset), ...totalsWithLinesNotAdvised(dataset), ...signedDecreases(dataset)];
}

function finding(kind: string, severity: Finding['severity'], rows: readonly FindingRow[], quotes: readonly string[], explanation: string): Finding {
  return { check: 'linked-figures', kind, severity, status: 'flagged', rows, quotes: distinct(quotes), explanation };
}

/** The financial year before `YYYY/YY`, or `null` when `period` is not one. */
function yearBefore(period: string | null): string | null {
  if (period === null) return null;
  const reading = parsePeriod(period);
  if (reading.kind !== 'period' || reading.form !== 'financial-year' || reading.start === null) return null;
  const first = Math.floor(reading.start / 12) - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

function changesAgainstCounts(dataset: ReviewDataset): Finding[] {
  const figures = dataset.tables.figures ?? [];
  const options = resolveClaimAuditOptions({}, 'checkLinkedFigures');
  // Figures the register already checks: a claim with this figure as `stated=` and both ends given.
  const checked = new Set<string>();
  for (const claim of dataset.tables.claims ?? []) {
    const references = claimReferences(claim);
    if (!references.some((r) => r.role === 'from') || !references.some((r) => r.role === 'to')) continue;
    for (const r of references) if (r.role === 'stated' && r.selector.type === 'figure') checked.add(r.selector.id);
  }
  const found: Finding[] = [];
  figures.forEach((change, index) => {
    if (change.unit !== 'percent-change' || checked.has(change.id)) return;
    const match = /^(.+)-(change|reduction)-percent$/.exec(change.id);
    const before = yearBefore(change.period);
    if (match === null || before === null) return;
    const stem = match[1] ?? '';
    const find = (period: string) => figures.findIndex((f) => f.id === stem && f.area === change.area && f.period === period && f.unit === 'count');
    const laterIndex = find(change.period ?? '');
    const earlierIndex = find(before);
    const later = figures[laterIndex];
    const earlier = figures[earlierIndex];
    if (later === undefined || earlier === undefined || earlier.value <= 0) return;
    const stated = match[2] === 'reduction' ? -Math.abs(change.value) : change.value;
    const computed = percentChange(earlier.value, later.value);
    const digits = (String(change.value).split('.')[1] ?? '').length;
    if (roundsToStated(computed, stated, digits, options)) return;
    found.push(
      finding(
        'change-against-counts',
        'inconsistency',
        [findingRow(dataset, 'figures', index, `${change.id}@${change.period ?? ''}`), findingRow(dataset, 'figures', earlierIndex, `${stem}@${before}`), findingRow(dataset, 'figures', laterIndex, `${stem}@${change.period ?? ''}`)],
        [change.quote, earlier.quote, later.quote],
        `The report prints a change of ${showValue(stated, 'percent-change', digits)} in ${change.id}, but its own counts ${showValue(earlier.value, 'count')} (${before}) and ${showValue(later.value, 'count')} (${change.period ?? ''}) give ${showValue(computed, 'percent-change', digits + 2)}.`,
      ),
    );
  });
  return found;
}

function totalsWithLinesNotAdvised(dataset: ReviewDataset): Finding[] {
  const lines = dataset.tables['budget-lines'] ?? [];
  const found: Finding[] = [];
  (dataset.tables['budget-totals'] ?? []).forEach((total, index) => {
    if (total.amount === null) return;
    const side = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.statement === total.statement && l.side === total.side);
    const missing = side.filter(({ l }) => l.amount === null);
    if (missing.length === 0) return;
    const known = side.filter(({ l }) => l.amount !== null);
    const sum = known.reduce((s, { l }) => s + (l.amount ?? 0), 0);
    const names = missing.map(({ l }) => `"${l.line.trim()}"`).join(', ');
    const rows = [findingRow(dataset, 'budget-totals', index, `${total.statement}/${total.side}`), ...missing.map(({ l, i }) => findingRow(dataset, 'budget-lines', i, `${l.statement}/${l.side}/${l.position}`))];
    const quotes = [total.quote, ...missing.map(({ l }) => l.quote)];
    const head = `The ${total.statement} ${total.side} total ${showValue(total.amount, 'GBP')} was checked on the ${known.length} lines with an amount, which sum to ${showValue(sum, 'GBP')}`;
    const allLines = missing.every(({ l }) => l.line_type === 'line') && known.every(({ l }) => (l.amount ?? 0) >= 0);
    if (sum === total.amount) {
      found.push(finding('total-with-line-not-advised', 'caveat', rows, quotes, `${head}: the total leaves out ${names}, which has no amount yet, and will change when it is given.`));
    } else if (sum > total.amount && allLines) {
      found.push(finding('total-with-line-not-advised', 'inconsistency', rows, quotes, `${head}, more than the total before ${names} (no amount yet) is even added.`));
    } else {
      found.push(finding('total-with-line-not-advised', 'caveat', rows, quotes, `${head}; the total is ${showValue(total.amount - sum, 'GBP')} ${total.amount > sum ? 'more' : 'less'}, which would be ${names} (no amount printed) if the total counts it.`));
    }
  });
  return found;
}

function signedDecreases(dataset: ReviewDataset): Finding[] {
  const byPhrase = new Map<string, { rows: FindingRow[]; quotes: string[]; magnitude: string }>();
  const add = (quote: string, row: FindingRow) => {
    const match = SIGNED_DECREASE.exec(quote);
    if (match === null) return;
    const phrase = match[0];
    const magnitude = (/\d[\d.,]*/.exec(phrase)?.[0] ?? '').replace(/[.,]$/, '');
    const entry = byPhrase.get(phrase) ?? { rows: [], quotes: [], magnitude };
    entry.rows.push(row);
    entry.quotes.push(quote);
    byPhrase.set(phrase, entry);
  };
  (dataset.tables.figures ?? []).forEach((f, i) => {
    if (f.unit === 'percent-change' && f.value < 0) add(f.quote, findingRow(dataset, 'figures', i, `${f.id}@${f.period ?? ''}`));
  });
  (dataset.tables.claims ?? []).forEach((c, i) => {
    if ((c.kind === 'percent-change' || c.kind === 'difference') && c.stated_value !== null && c.stated_value < 0 && /[-−–]/.test(c.stated)) add(c.quote, findingRow(dataset, 'claims', i, c.id));
  });
  return [...byPhrase].map(([phrase, { rows, quotes, magnitude }]) =>
    finding('signed-decrease', 'typo', rows, quotes, `"${phrase}" prints a minus sign on a word that already says the figure fell: a typo for a fall of ${magnitude}%, not a double fall.`),
  );
}
