import { parseClaimReferences, type ClaimReference } from '../claims/claim-reference.js';
import type { Dataset, StandardTables } from '../dataset/dataset.js';
import { standardSchemas, type StandardResourceName } from '../dataset/schemas/index.js';
import { selectFiguresUnchecked } from '../lookup/select-figures.js';
import { protectTable } from './protect-table.js';
import { assertDisclosureDataset, resourceDisclosureUnchecked } from './resource-disclosure.js';
import { isSmallCount, resolveSmallCountRange, type SmallCountOptions, type SmallCountRange } from './small-count-range.js';
import { SUPPRESSED } from './symbols.js';
import { assertString } from '../stats/validate-input.js';

/**
 * One value {@link protectDataset} kept back, and why:
 * - `small-count`: a count from `min` to `max` (default 1 to 5), primary suppression;
 * - `complement`: a count hidden so that a small one cannot be worked out from a total
 *   (secondary suppression: the other points of a chart, the other parts of a printed total);
 * - `derived`: a figure computed from a withheld count (a share, a rate, a change, an arrow, a claim).
 *
 * `row` is the CSV line of the record (header is line 1), `field` the column withheld (a whole row
 * is withheld for `figures`, `chart-series`, `context-values` and `claims`; `context-indicators`
 * keep their label and lose only `stated_change_percent` and `arrow`; `quarterly-indicators` keep
 * the row and lose only `value`, which becomes empty with the code `[c]`). `key` is the record's
 * primary key (datasets/FORMAT.md section 3), so an output can show `[c]` where the value was; it
 * never holds the value itself.
 *
 * @example
 * const w: WithheldValue = {
 *   resource: 'figures', row: 12, field: 'value', reason: 'small-count', key: { id: 'cdop-deaths', area: null, period: '2021/22' },
 *   message: 'figures.csv line 12: "cdop-deaths" (3) is a count from 1 to 5: shown as [c]',
 * };
 * w.key['id']; // => 'cdop-deaths'
 */
export interface WithheldValue {
  readonly resource: string;
  readonly row: number;
  readonly field: string;
  /** The record's primary-key fields (e.g. `{ indicator, period }`), never its value. */
  readonly key: Readonly<Record<string, string | number | null>>;
  readonly reason: 'small-count' | 'complement' | 'derived';
  readonly message: string;
}

/** What {@link protectDataset} returns: the dataset safe to draw from, and what it kept back. */
export interface ProtectedDataset {
  readonly dataset: Dataset;
  readonly withheld: readonly WithheldValue[];
}

/** Kinds of claim whose stated value is a count (the others state a percentage, a direction or a rank). */
const COUNT_CLAIMS: ReadonlySet<string> = new Set(['count-of', 'total', 'difference', 'cross-check', 'average']);

/** Units of `figures.value` that are counts of people or events. */
const COUNT_UNITS: ReadonlySet<string> = new Set(['count']);

/** Units of `quarterly-indicators.value` computed from a count (a share, a rate): hidden with the count they are named after. */
const DERIVED_QUARTERLY_UNITS: ReadonlySet<string> = new Set(['percent', 'rate-per-10k', 'ratio']);

/** The financial year `YYYY/YY` of a quarter `Qn YYYY/YY`, or null. */
const yearOfQuarter = (period: string): string | null => (/^Q[1-4] [0-9]{4}\/[0-9]{2}$/.test(period) ? period.slice(3) : null);

/**
 * Disclosure control of a whole dataset, before anything is drawn from it: in every resource whose
 * `disclosure` is `protect` (the default, see {@link resourceDisclosure}), counts from `min` to `max`
 * (default 1 to 5) are withheld, then the counts that would let a withheld one be worked out from a
 * total (secondary suppression by {@link protectTable}), then everything derived from a withheld
 * count; `published` resources pass through unchanged. Pure: the input is not changed.
 *
 * Rules, in order (docs/methods.md, "Disclosure control"):
 * 1. **primary**: a `figures` row of unit `count`, a `chart-series` point and a `context-values`
 *    value in the range are withheld (the row is removed, so a lookup finds it absent and the figure
 *    that needs it is skipped with the reason); a claim stating a count (`count-of`, `total`,
 *    `difference`, `cross-check`, `average`) whose `stated_value` is in the range is withheld; a
 *    `quarterly-indicators` value of unit `count` in the range becomes `[c]` (the row stays, as a
 *    gap in the series with the code `[c]`).
 * 2. **secondary**: each chart of `chart-series` is a 1 x n table whose total is taken as public;
 *    `protectTable` picks the complements. Each `total` or `difference` claim of the claims register
 *    ties its parts to a printed whole the same way. A quarterly count's four quarters of a
 *    financial year, when they add up exactly to a value published for that indicator id and year
 *    (a `context-values` value, or a `figures` count of the partnership), are a 1 x 4 table with
 *    that total public: `protectTable` picks the complement quarters.
 * 3. **derived**: every claim that references a withheld value is withheld, and so are the values
 *    it ties to the withheld one that are not counts (a percentage, a percent change, a rate, a
 *    score, the printed change and arrow of a context indicator). Repeated until nothing changes.
 *    A quarterly value of unit `percent`, `rate-per-10k` or `ratio` whose indicator id starts with
 *    the id of a count followed by `-` (`child-protection-plans-rate-per-10k` of
 *    `child-protection-plans`, FORMAT.md section 4) is withheld in each quarter the count is hidden
 *    (by these rules, or `[c]` already in the file).
 * 4. **text**: in the rows kept of a `protect` resource, and in the source text when any resource
 *    is `protect`, every stand-alone whole number from `min` to `max` in the quote (and in a claim's
 *    `stated` and `note`, an escalation's `reason`, `action` and `outcome`) is replaced by `[c]`
 *    ("3 of the 8 reviews" becomes "[c] of the 8 reviews"); numbers written in words are not.
 *
 * Protecting a protected dataset again changes nothing (what was hidden is gone, and nothing left is
 * in the range). Its limits: links between figures that neither a chart, the claims register nor an
 * indicator id records are not known, so a percentage of a small count printed without a claim, or
 * a quarterly percentage named after no count, stays; see docs/methods.md.
 *
 * @param dataset - a dataset as `parseDataset` gives it.
 * @param options - the suppressed range, default `{ min: 1, max: 5 }`.
 * @throws {InvalidInputError} when `dataset` is not a dataset, or the options are invalid.
 *
 * @example
 * import { loadDataset } from '@scpkit/core/node';
 * const report = loadDataset('datasets/east-sussex/2021-22'); // every resource `published`
 * protectDataset(report).withheld; // => []
 * // the same report as if none of it were public yet:
 * const unpublished = { ...report, descriptor: { ...report.descriptor,
 *   resources: report.descriptor.resources.map((r) => ({ ...r, disclosure: 'protect' as const })) } };
 * const { withheld } = protectDataset(unpublished);
 * withheld[1].message;
 * // => 'chart-series.csv line 3: chart "rapid-review-abuse-types" point 2 (3) is a count from 1 to 5: shown as [c]'
 */
export function protectDataset(dataset: Dataset, options?: SmallCountOptions): ProtectedDataset {
  const range = resolveSmallCountRange('protectDataset', options);
  assertDisclosureDataset('protectDataset', dataset);
  return protectDatasetUnchecked(dataset, range);
}

/** Withheld values by resource, keyed by record index (a whole row) or `index:field` (one field). */
type Marks = Map<string, Map<string, WithheldValue>>;

interface Part {
  readonly resource: StandardResourceName;
  readonly index: number;
  readonly value: number;
}

/** Internal: {@link protectDataset} of a checked dataset. */
export function protectDatasetUnchecked(dataset: Dataset, range: SmallCountRange): ProtectedDataset {
  const isProtected = (name: string) => resourceDisclosureUnchecked(dataset, name) === 'protect';
  const tables = dataset.tables;
  const marks: Marks = new Map();
  const rowOf = (resource: string, index: number) => dataset.rowNumbers[resource]?.[index] ?? index + 2;
  const keyOf = (index: number, field?: string) => (field === undefined ? String(index) : `${index}:${field}`);
  const isWithheld = (resource: string, index: number, field?: string) => marks.get(resource)?.has(keyOf(index, field)) === true;
  /** Marks a whole record (`field` undefined) or one field of it; false when already marked or the resource is published. */
  const mark = (resource: StandardResourceName, index: number, field: string | undefined, reason: WithheldValue['reason'], what: string): boolean => {
    if (!isProtected(resource) || isWithheld(resource, index, field)) return false;
    const byKey = marks.get(resource) ?? new Map<string, WithheldValue>();
    marks.set(resource, byKey);
    const because = reason === 'small-count' ? `is a count from ${range.min} to ${range.max}` : reason === 'complement' ? 'would let a hidden count be worked out from a total' : 'is derived from a hidden count';
    const line = rowOf(resource, index);
    const record = ((tables as Record<string, readonly Record<string, unknown>[] | undefined>)[resource] ?? [])[index] ?? {};
    const key = Object.fromEntries(keyFieldsOf(resource).map((k) => [k, keyValue(record[k])]));
    byKey.set(keyOf(index, field), { resource, row: line, field: field ?? 'value', key, reason, message: `${resource}.csv line ${line}: ${what} ${because}: shown as ${SUPPRESSED}` });
    return true;
  };

  // 1. Primary suppression.
  const figures = tables.figures ?? [];
  figures.forEach((f, i) => {
    if (COUNT_UNITS.has(f.unit) && isSmallCount(f.value, range)) mark('figures', i, undefined, 'small-count', `${JSON.stringify(f.id)} (${f.value})`);
  });
  const points = tables['chart-series'] ?? [];
  points.forEach((p, i) => {
    if (isSmallCount(p.value, range)) mark('chart-series', i, undefined, 'small-count', `chart ${JSON.stringify(p.chart)} point ${p.position} (${p.value})`);
  });
  const values = tables['context-values'] ?? [];
  values.forEach((v, i) => {
    if (isSmallCount(v.value, range)) mark('context-values', i, undefined, 'small-count', `${JSON.stringify(v.indicator)} ${v.period} (${v.value})`);
  });
  const claims = tables.claims ?? [];
  claims.forEach((c, i) => {
    const stated = c.stated_value;
    if (COUNT_CLAIMS.has(c.kind) && typeof stated === 'number' && Number.isInteger(stated) && isSmallCount(stated, range)) mark('claims', i, undefined, 'small-count', `claim ${JSON.stringify(c.id)} (${stated})`);
  });
  const quarters = tables['quarterly-indicators'] ?? [];
  const quarterWhat = (i: number) => `${JSON.stringify(quarters[i]!.indicator)} ${quarters[i]!.period} (${quarters[i]!.value})`;
  quarters.forEach((q, i) => {
    if (q.unit === 'count' && q.value !== null && isSmallCount(q.value, range)) mark('quarterly-indicators', i, 'value', 'small-count', quarterWhat(i));
  });

  // 2. Secondary suppression within each chart, its total taken as public: protectTable on a 1 x n table.
  if (isProtected('chart-series')) {
    const charts = new Map<string, number[]>();
    points.forEach((p, i) => charts.set(p.chart, [...(charts.get(p.chart) ?? []), i]));
    for (const [chart, indices] of charts) {
      const table = protectTable({ rowLabels: [chart], columnLabels: indices.map(String), cells: [indices.map((i) => points[i]!.value)] }, range);
      table.cells[0]!.forEach((cell, k) => {
        const p = points[indices[k]!]!;
        if (cell === SUPPRESSED) mark('chart-series', indices[k]!, undefined, 'complement', `chart ${JSON.stringify(chart)} point ${p.position} (${p.value})`);
      });
    }
  }

  /**
   * Parts of a printed total: when exactly one is hidden, the smallest other non-zero part is hidden
   * with it (a 1 x n table with a public total, as protectTable does it); when none can be, the
   * hidden part is recoverable and the total is hidden instead. True when something was marked.
   */
  const protectParts = (parts: readonly Part[], wholes: readonly Part[], what: string): boolean => {
    const hidden = parts.filter((p) => isWithheld(p.resource, p.index));
    if (hidden.length !== 1) return false;
    const open = parts.filter((p) => !isWithheld(p.resource, p.index) && p.value > 0 && isProtected(p.resource));
    if (open.length > 0) {
      const smallest = open.reduce((a, b) => (b.value < a.value ? b : a));
      return mark(smallest.resource, smallest.index, undefined, 'complement', `${what}: a part (${smallest.value})`);
    }
    let changed = false;
    for (const w of wholes) changed = mark(w.resource, w.index, undefined, 'derived', `${what}: the total (${w.value})`) || changed;
    return changed;
  };

  // 3. Claims: totals tie parts together; a claim on a hidden value hides what is derived from it.
  const parsedClaims = claims.map((c) => {
    try {
      return parseClaimReferences(c.references);
    } catch {
      return [];
    }
  });
  const resolvedClaims = parsedClaims.map((refs) => refs.map((ref) => ({ ref, rows: resolveReference(tables, ref) })));
  const rowHidden = (r: ResolvedRow) => isWithheld(r.resource, r.index) || (r.field !== undefined && isWithheld(r.resource, r.index, r.field));
  for (let pass = 0; pass < 50; pass++) {
    let changed = false;
    claims.forEach((c, ci) => {
      const resolved = resolvedClaims[ci] ?? [];
      if (c.kind === 'total' || c.kind === 'difference') {
        const countsOf = (roles: readonly string[]) =>
          resolved.filter(({ ref }) => roles.includes(ref.role)).flatMap(({ rows }) => rows.flatMap((r) => (r.count === undefined ? [] : [{ resource: r.resource, index: r.index, value: r.count }])));
        const parts = countsOf(c.kind === 'total' ? ['part', 'item', 'other'] : ['part', 'item', 'other', 'stated']);
        const wholes = countsOf(c.kind === 'total' ? ['stated', 'whole'] : ['whole']);
        if (protectParts(parts, wholes, `the parts of claim ${JSON.stringify(c.id)}`)) changed = true;
      }
      const touchesHidden = resolved.some(({ rows }) => rows.some(rowHidden));
      if (!touchesHidden) return;
      if (mark('claims', ci, undefined, 'derived', `claim ${JSON.stringify(c.id)}`)) changed = true;
      for (const { rows } of resolved) {
        for (const r of rows) {
          if (r.count !== undefined) continue; // counts are hidden by rules 1 and 2 only
          if (r.field !== undefined) {
            const label = JSON.stringify((tables['context-indicators'] ?? [])[r.index]?.indicator);
            if (mark(r.resource, r.index, r.field, 'derived', `the printed ${r.field === 'arrow' ? 'arrow' : 'change'} of ${label}`)) changed = true;
          } else if (r.resource === 'figures') {
            const f = figures[r.index]!;
            if (mark('figures', r.index, undefined, 'derived', `${JSON.stringify(f.id)} (${f.value} ${f.unit})`)) changed = true;
          }
        }
      }
    });
    if (!changed) break;
  }
  protectQuarters(dataset, range, { isWithheld, mark, quarterWhat });

  // A hidden context value hides its indicator's printed change and arrow.
  values.forEach((v, i) => {
    if (!isWithheld('context-values', i)) return;
    const k = (tables['context-indicators'] ?? []).findIndex((ind) => ind.indicator === v.indicator);
    if (k < 0) return;
    mark('context-indicators', k, 'stated_change_percent', 'derived', `the printed change of ${JSON.stringify(v.indicator)}`);
    mark('context-indicators', k, 'arrow', 'derived', `the printed arrow of ${JSON.stringify(v.indicator)}`);
  });

  const withheld = [...marks.values()].flatMap((m) => [...m.values()]).sort((a, b) => (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : a.row - b.row || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0)));
  return { dataset: applyMarks(dataset, marks, isProtected, range), withheld };
}

/** The fields that name a record of `resource`: its schema's primary key (`figures`, which has none: id, area, period). */
function keyFieldsOf(resource: StandardResourceName): readonly string[] {
  const key = (standardSchemas[resource] as { readonly primaryKey?: string | readonly string[] }).primaryKey;
  return key === undefined ? ['id', 'area', 'period'] : typeof key === 'string' ? [key] : key;
}

/** A primary-key value as {@link WithheldValue.key} holds it. */
function keyValue(value: unknown): string | number | null {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

interface QuarterMarks {
  readonly isWithheld: (resource: string, index: number, field?: string) => boolean;
  readonly mark: (resource: StandardResourceName, index: number, field: string | undefined, reason: WithheldValue['reason'], what: string) => boolean;
  readonly quarterWhat: (index: number) => string;
}

/**
 * Rules 2 and 3 of {@link protectDataset} for `quarterly-indicators`: the four quarters of a year
 * that add up to a published annual value of the same id are protected as a 1 x 4 table with a
 * public total; then a share or rate named after a hidden count is hidden in the same quarter.
 */
function protectQuarters(dataset: Dataset, range: SmallCountRange, { isWithheld, mark, quarterWhat }: QuarterMarks): void {
  const tables = dataset.tables;
  const quarters = tables['quarterly-indicators'] ?? [];
  if (quarters.length === 0) return;
  const missing = dataset.missing['quarterly-indicators'] ?? [];
  /** Hidden: withheld by these rules, or `[c]` in the file already. */
  const hidden = (i: number) => isWithheld('quarterly-indicators', i, 'value') || (quarters[i]!.value === null && missing[i]?.['value'] === SUPPRESSED);

  // Published annual values by indicator id and financial year (the partnership's own, not withheld).
  const annual = new Map<string, number[]>();
  const addAnnual = (id: string, period: string | null, value: number) => {
    if (period === null) return;
    const k = `${id}\u0000${period}`;
    annual.set(k, [...(annual.get(k) ?? []), value]);
  };
  (tables['context-values'] ?? []).forEach((v, i) => {
    if (!isWithheld('context-values', i)) addAnnual(v.indicator, v.period, v.value);
  });
  (tables.figures ?? []).forEach((f, i) => {
    if (COUNT_UNITS.has(f.unit) && (f.area === null || f.area === '') && !isWithheld('figures', i)) addAnnual(f.id, f.period, f.value);
  });

  // 2. Secondary: a year of quarters whose sum is published.
  const years = new Map<string, number[]>();
  quarters.forEach((q, i) => {
    const year = yearOfQuarter(q.period);
    if (q.unit !== 'count' || year === null) return;
    const k = `${q.indicator}\u0000${year}`;
    years.set(k, [...(years.get(k) ?? []), i]);
  });
  for (const [k, indices] of years) {
    if (indices.length !== 4 || !indices.some(hidden)) continue;
    const values = indices.map((i) => quarters[i]!.value);
    if (values.some((v) => v === null || !Number.isInteger(v) || v < 0)) continue;
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    if (!(annual.get(k) ?? []).includes(sum)) continue;
    const table = protectTable({ rowLabels: [k], columnLabels: indices.map(String), cells: [values as number[]] }, range);
    table.cells[0]!.forEach((cell, n) => {
      const i = indices[n]!;
      if (cell === SUPPRESSED && !hidden(i)) mark('quarterly-indicators', i, 'value', 'complement', `${quarterWhat(i)}, a quarter of a year whose total is published,`);
    });
  }

  // 3. Derived: a share or rate named after a hidden count, in the same quarter.
  const hiddenCounts = new Set<string>();
  quarters.forEach((q, i) => {
    if (q.unit === 'count' && hidden(i)) hiddenCounts.add(`${q.indicator}\u0000${q.period}`);
  });
  if (hiddenCounts.size === 0) return;
  const countIds = [...new Set(quarters.filter((q) => q.unit === 'count').map((q) => q.indicator))];
  quarters.forEach((q, i) => {
    if (!DERIVED_QUARTERLY_UNITS.has(q.unit) || q.value === null) return;
    const from = countIds.find((id) => q.indicator.startsWith(`${id}-`) && hiddenCounts.has(`${id}\u0000${q.period}`));
    if (from !== undefined) mark('quarterly-indicators', i, 'value', 'derived', `${quarterWhat(i)}, computed from ${JSON.stringify(from)},`);
  });
}

interface ResolvedRow {
  readonly resource: StandardResourceName;
  readonly index: number;
  /** The count the row holds, when it is a count (figures of unit count, chart points, context values). */
  readonly count?: number;
  /** For context-indicators: the field referenced. */
  readonly field?: 'stated_change_percent' | 'arrow';
}

/** The rows a claim reference selects (budget and row-count references: none, they are not counts of children). */
function resolveReference(tables: StandardTables, ref: ClaimReference): ResolvedRow[] {
  const s = ref.selector;
  switch (s.type) {
    case 'figure': {
      const rows = tables.figures ?? [];
      const selected = new Set(selectFiguresUnchecked(rows, { id: s.id, ...(s.area === undefined ? {} : { area: s.area }), ...(s.period === undefined ? {} : { period: s.period }) }));
      return rows.flatMap((f, index) => (selected.has(f) ? [{ resource: 'figures' as const, index, ...(COUNT_UNITS.has(f.unit) ? { count: f.value } : {}) }] : []));
    }
    case 'context-value':
      return (tables['context-values'] ?? []).flatMap((v, index) => (v.indicator === s.indicator && v.period === s.period ? [{ resource: 'context-values' as const, index, count: v.value }] : []));
    case 'indicator-field':
      return (tables['context-indicators'] ?? []).flatMap((ind, index) =>
        ind.indicator === s.indicator ? [{ resource: 'context-indicators' as const, index, field: s.field === 'arrow' ? ('arrow' as const) : ('stated_change_percent' as const) }] : [],
      );
    case 'chart-point':
      return (tables['chart-series'] ?? []).flatMap((p, index) =>
        p.chart === s.chart && (s.positions === 'all' || (p.position >= s.positions.first && p.position <= s.positions.last)) ? [{ resource: 'chart-series' as const, index, count: p.value }] : [],
      );
    default:
      return [];
  }
}

/** A stand-alone whole number (not part of a word, a decimal, a range, a date or a percentage). */
const STANDALONE_WHOLE = /(?<![\w.,/£:-])\d+(?![\w.,/%:-]|\s*%|\s*per\s*cent)/g;

/**
 * `text` with every stand-alone whole number from `min` to `max` (default 1 to 5) replaced by `[c]`:
 * the text rule of {@link protectDataset}, also applied to notebook text drawn from protected data.
 * A number that is part of a word (`Q1`), a decimal (`5.3`), a range (`1-5`), a date or fraction
 * (`2021/22`), a time (`10:30`) or a percentage (`4%`) is left alone; numbers in words are not found.
 *
 * @throws {InvalidInputError} when `text` is not a string or the options are invalid.
 * @example
 * redactSmallNumbers('3 of the 8 reviews in Q1'); // => '[c] of the 8 reviews in Q1'
 */
export function redactSmallNumbers(text: string, options?: SmallCountOptions): string {
  const range = resolveSmallCountRange('redactSmallNumbers', options);
  assertString('redactSmallNumbers', 'text', text);
  return redactSmallNumbersUnchecked(text, range);
}

/** Internal: {@link redactSmallNumbers} with a resolved range. */
export function redactSmallNumbersUnchecked(text: string, range: SmallCountRange): string {
  return text.replace(STANDALONE_WHOLE, (digits) => (isSmallCount(Number(digits), range) ? SUPPRESSED : digits));
}

function applyMarks(dataset: Dataset, marks: Marks, isProtected: (name: string) => boolean, range: SmallCountRange): Dataset {
  const tables: Record<string, readonly Record<string, unknown>[]> = {};
  const rowNumbers: Record<string, readonly number[]> = { ...dataset.rowNumbers };
  const missing: Record<string, readonly Readonly<Record<string, string>>[]> = { ...dataset.missing };
  for (const [name, rows] of Object.entries(dataset.tables) as [string, readonly Record<string, unknown>[]][]) {
    if (!isProtected(name)) {
      tables[name] = rows;
      continue;
    }
    const byKey = marks.get(name);
    const keep: number[] = [];
    const kept: Record<string, unknown>[] = [];
    const keptMissing: Readonly<Record<string, string>>[] = [];
    rows.forEach((row, i) => {
      if (byKey?.has(String(i)) === true) return;
      const copy: Record<string, unknown> = { ...row };
      const rowMissing: Record<string, string> = { ...(dataset.missing[name]?.[i] ?? {}) };
      for (const field of Object.keys(copy)) {
        if (byKey?.has(`${i}:${field}`) === true) {
          copy[field] = null;
          rowMissing[field] = SUPPRESSED;
        }
      }
      kept.push(redactRow(copy, range));
      keptMissing.push(rowMissing);
      keep.push(i);
    });
    tables[name] = kept;
    const numbers = dataset.rowNumbers[name];
    if (numbers !== undefined) rowNumbers[name] = keep.map((i) => numbers[i] as number);
    missing[name] = keptMissing;
  }
  const anyProtected = dataset.descriptor.resources.some((r) => isProtected(r.name));
  const source = dataset.source === undefined || !anyProtected ? dataset.source : { ...dataset.source, text: redactSmallNumbersUnchecked(dataset.source.text, range) };
  return { descriptor: dataset.descriptor, tables: tables as StandardTables, otherTables: dataset.otherTables, rowNumbers, missing, source };
}

/** The text fields a row prints from the report (its quote, a claim's stated text and note, an escalation's reason, action and outcome), redacted. */
function redactRow(row: Record<string, unknown>, range: SmallCountRange): Record<string, unknown> {
  for (const field of ['quote', 'stated', 'note', 'reason', 'action', 'outcome']) {
    const text = row[field];
    if (typeof text === 'string') row[field] = redactSmallNumbersUnchecked(text, range);
  }
  return row;
}
