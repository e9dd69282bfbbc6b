import type { Figure } from '../../dataset/index.js';
import { showValue } from '../show-value.js';
import { assertReviewDataset, distinct, findingRow, type ReviewDataset } from './review-dataset.js';
import type { Finding } from './finding.js';
import { parsePeriod } from './parse-period.js';

/** Id endings that make a measure larger than the one it extends, not a part of it. */
const NOT_A_PART = /-(total|totals|cumulative|all|overall|combined|since|to-date|ever)(-|$)/;

/** How many times apart two per-item ratios must be to be reported (an order of magnitude). */
const RATIO_APART = 10;

/**
 * Plausibility, a reviewer's checks over the counts of `figures.csv`:
 * - `subset-exceeds-superset` (error): a count whose id extends another's id for the same area and
 *   period (`rapid-reviews-progressed-to-lcspr` is a part of `rapid-reviews`: the report format's
 *   naming, `datasets/FORMAT.md` section 4) is larger than it; an id ending in `-total`,
 *   `-cumulative`, `-all`, `-overall`, `-combined`, `-since` names a larger measure and is left out;
 *   `unverifiable` when either count is hedged ("over 200");
 * - `groups-not-nested` (unverifiable caveat): two groups printed side by side with the same
 *   measures (`...-posts-corporate-page`, `...-posts-childrens-services`, `...-reactions-...`) where
 *   one group is smaller in one measure and larger in another, so neither can be a part of the other;
 *   the report does not say whether one includes the other, and the per-item ratios (each measure
 *   per item of the first measure printed) are given where they differ by an order of magnitude.
 * @example
 * const f = (id: string, value: number) => ({ id, topic: 'x', measure: id, area: null, period: '2021/22', value, unit: 'count' as const, qualifier: null, section: '5.1', quote: `${value} ${id}` });
 * checkPlausibility({ tables: { figures: [f('rapid-reviews', 8), f('rapid-reviews-progressed-to-lcspr', 9)] } })[0]?.explanation;
 * // => 'rapid-reviews-progressed-to-lcspr (9) is a part of rapid-reviews (8) by its name, but is larger (2021/22).'
 */
export function checkPlausibility(dataset: ReviewDataset): Finding[] {
  assertReviewDataset('checkPlausibility', dataset);
  const figures = dataset.tables.figures ?? [];
  const counts = figures.map((f, i) => ({ f, i })).filter(({ f }) => f.unit === 'count');
  return [...subsets(dataset, counts), ...groups(dataset, counts)];
}

type Indexed = { readonly f: Figure; readonly i: number };

const key = (f: Figure) => `${f.id}${f.area === null ? '' : `~${f.area}`}${f.period === null ? '' : `@${f.period}`}`;

/** Whether two period cells name the same months (or are the same text, or both empty). */
function samePeriod(a: string | null, b: string | null): boolean {
  if ((a ?? '') === (b ?? '')) return true;
  const ra = parsePeriod(a ?? '');
  const rb = parsePeriod(b ?? '');
  return ra.kind === 'period' && rb.kind === 'period' && ra.start === rb.start && ra.end === rb.end;
}

function subsets(dataset: ReviewDataset, counts: readonly Indexed[]): Finding[] {
  const found: Finding[] = [];
  for (const whole of counts) {
    for (const part of counts) {
      const { f: w } = whole;
      const { f: p } = part;
      if (!p.id.startsWith(`${w.id}-`) || p.area !== w.area || !samePeriod(p.period, w.period)) continue;
      if (NOT_A_PART.test(p.id.slice(w.id.length)) || p.value <= w.value) continue;
      const hedged = p.qualifier !== null || w.qualifier !== null;
      found.push({
        check: 'plausibility',
        kind: 'subset-exceeds-superset',
        severity: 'error',
        status: hedged ? 'unverifiable' : 'flagged',
        rows: [findingRow(dataset, 'figures', part.i, key(p)), findingRow(dataset, 'figures', whole.i, key(w))],
        quotes: distinct([p.quote, w.quote]),
        explanation: hedged
          ? `${p.id} (${showValue(p.value, 'count')}) is a part of ${w.id} (${showValue(w.value, 'count')}) by its name and larger, but one of them is hedged, so whether the part can exceed the whole cannot be told.`
          : `${p.id} (${showValue(p.value, 'count')}) is a part of ${w.id} (${showValue(w.value, 'count')}) by its name, but is larger${p.period === null ? '' : ` (${p.period})`}.`,
      });
    }
  }
  return found;
}

function groups(dataset: ReviewDataset, counts: readonly Indexed[]): Finding[] {
  // Pairs of counts whose ids differ only in their last segments: stem-measure-groupA / stem-measure-groupB.
  const byGroups = new Map<string, { a: Indexed; b: Indexed; measure: string }[]>();
  for (const [n, a] of counts.entries()) {
    for (const b of counts.slice(n + 1)) {
      if (a.f.area !== b.f.area || !samePeriod(a.f.period, b.f.period)) continue;
      const sa = a.f.id.split('-');
      const sb = b.f.id.split('-');
      let common = 0;
      while (common < Math.min(sa.length, sb.length) - 1 && sa[common] === sb[common]) common += 1;
      if (common < 2) continue;
      const ga = sa.slice(common).join('-');
      const gb = sb.slice(common).join('-');
      const measure = sa.slice(0, common).join('-');
      const pair = ga < gb ? { a, b, measure } : { a: b, b: a, measure };
      const groupKey = ga < gb ? `${ga}\u0000${gb}` : `${gb}\u0000${ga}`;
      byGroups.set(groupKey, [...(byGroups.get(groupKey) ?? []), pair]);
    }
  }
  const found: Finding[] = [];
  for (const [groupKey, pairs] of byGroups) {
    const measures = distinct(pairs.map((p) => p.measure));
    if (measures.length < 2 || measures.length !== pairs.length) continue;
    const smaller = pairs.filter((p) => p.a.f.value < p.b.f.value);
    const larger = pairs.filter((p) => p.a.f.value > p.b.f.value);
    if (smaller.length === 0 || larger.length === 0) continue;
    const [ga = '', gb = ''] = groupKey.split('\u0000');
    const sorted = [...pairs].sort((x, y) => Math.min(x.a.i, x.b.i) - Math.min(y.a.i, y.b.i));
    const items = sorted[0];
    if (items === undefined) continue;
    const ratios = sorted.slice(1).flatMap((p) => {
      if (items.a.f.value === 0 || items.b.f.value === 0) return [];
      const ra = p.a.f.value / items.a.f.value;
      const rb = p.b.f.value / items.b.f.value;
      if (ra === 0 || rb === 0 || Math.max(ra / rb, rb / ra) < RATIO_APART) return [];
      return [`${p.measure.split('-').pop() ?? p.measure} per ${items.measure.split('-').pop() ?? items.measure}: ${ra.toFixed(2)} (${ga}) against ${rb.toFixed(2)} (${gb})`];
    });
    const show = (p: (typeof pairs)[number]) => `${p.measure.split('-').pop() ?? p.measure} ${showValue(p.a.f.value, 'count')} against ${showValue(p.b.f.value, 'count')}`;
    found.push({
      check: 'plausibility',
      kind: 'groups-not-nested',
      severity: 'caveat',
      status: 'unverifiable',
      rows: sorted.flatMap((p) => [findingRow(dataset, 'figures', p.a.i, key(p.a.f)), findingRow(dataset, 'figures', p.b.i, key(p.b.f))]),
      quotes: distinct(sorted.flatMap((p) => [p.a.f.quote, p.b.f.quote])),
      explanation:
        `"${ga}" is smaller than "${gb}" in ${smaller.map(show).join(', ')} but larger in ${larger.map(show).join(', ')}, so neither can include the other; the report does not say whether one does, so which figure is wrong, if any, cannot be told` +
        (ratios.length === 0 ? '.' : ` (per-item ratios an order of magnitude apart: ${ratios.join('; ')}).`),
    });
  }
  return found;
}
