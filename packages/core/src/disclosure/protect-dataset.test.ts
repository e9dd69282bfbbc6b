import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/index.js';
import { reportLookup } from '../lookup/report-lookup.js';
import { committedDataset } from '../node/committed-dataset.test-support.js';
import { findDisclosureRisks } from './find-disclosure-risks.js';
import { protectDataset, redactSmallNumbers } from './protect-dataset.js';
import { resourceDisclosure } from './resource-disclosure.js';

/** The committed dataset with every resource (or the named ones) declared `protect`. */
function asProtected(dataset: Dataset, only?: readonly string[]): Dataset {
  return {
    ...dataset,
    descriptor: {
      ...dataset.descriptor,
      resources: dataset.descriptor.resources.map((r) => (only === undefined || only.includes(r.name) ? { ...r, disclosure: 'protect' as const } : r)),
    },
  };
}

const range = { min: 1, max: 5 };

describe('resourceDisclosure', () => {
  it('reads the descriptor: the committed report is published; a resource that says nothing is protected', () => {
    const es = committedDataset();
    expect(resourceDisclosure(es, 'figures')).toBe('published');
    const { disclosure: _, ...bare } = es.descriptor.resources.find((r) => r.name === 'figures')!;
    const silent = { ...es, descriptor: { ...es.descriptor, resources: [bare] } };
    expect(resourceDisclosure(silent, 'figures')).toBe('protect');
    expect(resourceDisclosure(silent, 'no-such-resource')).toBe('protect');
  });
});

describe('protectDataset on the committed report declared protect', () => {
  const es = committedDataset();
  const { dataset: safe, withheld } = protectDataset(asProtected(es));

  it('passes a published dataset through unchanged', () => {
    const same = protectDataset(es);
    expect(same.withheld).toEqual([]);
    expect(same.dataset.tables).toEqual(es.tables);
    expect(same.dataset.source).toEqual(es.source);
  });

  it('withholds every count from 1 to 5 (figures of unit count, chart points, context values)', () => {
    const small = (es.tables.figures ?? []).filter((f) => f.unit === 'count' && f.value >= 1 && f.value <= 5);
    expect(small.length).toBeGreaterThan(0);
    for (const f of safe.tables.figures ?? []) if (f.unit === 'count') expect(f.value === 0 || f.value > 5, `${f.id} ${f.value}`).toBe(true);
    for (const p of safe.tables['chart-series'] ?? []) expect(p.value === 0 || p.value > 5).toBe(true);
    for (const v of safe.tables['context-values'] ?? []) expect(v.value === 0 || v.value > 5).toBe(true);
    expect(withheld.filter((w) => w.reason === 'small-count' && w.resource === 'figures')).toHaveLength(small.length);
    // A withheld measure is absent from the lookup, so a figure needing it is skipped.
    const one = small[0]!;
    expect(reportLookup(safe).figures(one.id).some((f) => f.value === one.value && f.period === one.period && f.area === one.area)).toBe(false);
  });

  it('keeps rowNumbers and missing aligned with the rows kept', () => {
    for (const [name, rows] of Object.entries(safe.tables)) {
      expect(safe.rowNumbers[name]?.length, name).toBe(rows.length);
      expect(safe.missing[name]?.length, name).toBe(rows.length);
    }
    const f = safe.tables.figures![0]!;
    const line = safe.rowNumbers['figures']![0]!;
    expect(es.tables.figures![es.rowNumbers['figures']!.indexOf(line)]).toMatchObject({ id: f.id, value: f.value });
  });

  it('secondary suppression: no chart keeps exactly one hidden point beside a total (the checker finds nothing)', () => {
    const charts = new Set((es.tables['chart-series'] ?? []).map((p) => p.chart));
    for (const chart of charts) {
      const all = (es.tables['chart-series'] ?? []).filter((p) => p.chart === chart);
      const kept = new Set((safe.tables['chart-series'] ?? []).filter((p) => p.chart === chart).map((p) => p.position));
      const published = {
        rowLabels: [chart],
        columnLabels: all.map((p) => String(p.position)),
        cells: [all.map((p) => (kept.has(p.position) ? p.value : ('[c]' as const)))],
        rowTotals: [all.reduce((s, p) => s + p.value, 0)],
        columnTotals: all.map((p) => (kept.has(p.position) ? p.value : ('[c]' as const))),
        grandTotal: all.reduce((s, p) => s + p.value, 0),
      };
      expect(findDisclosureRisks(published), chart).toEqual([]);
    }
  });

  it('secondary suppression: a chart with one small point hides the smallest other point too', () => {
    const base = asProtected(es);
    const template = es.tables['chart-series']![0]!;
    const chart = [14, 3, 9, 20].map((value, k) => ({ ...template, chart: 'made-up', position: k + 1, label: `L${k + 1}`, value }));
    const variant: Dataset = { ...base, tables: { ...base.tables, 'chart-series': chart }, rowNumbers: { ...base.rowNumbers, 'chart-series': [2, 3, 4, 5] }, missing: { ...base.missing, 'chart-series': [{}, {}, {}, {}] } };
    const out = protectDataset(variant);
    expect(out.dataset.tables['chart-series']!.map((p) => p.value)).toEqual([14, 20]);
    expect(out.withheld.filter((w) => w.resource === 'chart-series').map((w) => [w.row, w.reason])).toEqual([[3, 'small-count'], [4, 'complement']]);
  });

  it('withholds what is derived from a hidden count through the claims register (shares, changes, arrows, the claims)', () => {
    expect(withheld.some((w) => w.reason === 'derived' && w.resource === 'claims')).toBe(true);
    // Every claim kept references no withheld row.
    const keptClaims = new Set((safe.tables.claims ?? []).map((c) => c.id));
    for (const w of withheld.filter((x) => x.resource === 'claims')) {
      const claim = es.tables.claims![es.rowNumbers['claims']!.indexOf(w.row)]!;
      expect(keptClaims.has(claim.id)).toBe(false);
    }
  });

  it('redacts small stand-alone numbers in the quotes and the source text, and nothing else', () => {
    for (const f of safe.tables.figures ?? []) expect(f.quote).not.toMatch(/(?<![\w.,/£:-])[1-5](?![\w.,/%:-]|\s*%)/);
    expect(safe.source?.text).not.toBe(es.source?.text);
    expect(safe.source?.text.length).toBeGreaterThan(0);
  });

  it('protects only the resources declared protect', () => {
    const part = protectDataset(asProtected(es, ['chart-series']));
    expect(part.dataset.tables.figures).toBe(es.tables.figures);
    expect(new Set(part.withheld.map((w) => w.resource))).toEqual(new Set(['chart-series']));
  });
});

describe('redactSmallNumbers', () => {
  it('replaces stand-alone whole numbers in the range, not parts of words, decimals, ranges, dates or percentages', () => {
    expect(redactSmallNumbers('3 of the 8 reviews; 5 children')).toBe('[c] of the 8 reviews; [c] children');
    expect(redactSmallNumbers('Q1 2021/22, section 5.3, scale 1-5, 4%, 2.5 days, 12 and 0', range)).toBe('Q1 2021/22, section 5.3, scale 1-5, 4%, 2.5 days, 12 and 0');
  });

  it('property: no stand-alone number from 1 to 5 is left, and the text is otherwise unchanged around it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.constantFrom('children', 'of', 'the', 'reviews')), { minLength: 1, maxLength: 12 }), (words) => {
        const out = redactSmallNumbers(words.join(' '), range).split(' ');
        out.forEach((w, i) => expect(w).toBe(/^[1-5]$/.test(words[i]!) ? '[c]' : words[i]));
      }),
    );
  });
});

describe('protectDataset: invalid input', () => {
  it('refuses what is not a dataset, and bad options', () => {
    expect(() => protectDataset(null as unknown as Dataset)).toThrow(/protectDataset: dataset must be a dataset/);
    expect(() => protectDataset(committedDataset(), { min: 0 })).toThrow(/options.min must be at least 1/);
    expect(() => redactSmallNumbers(3 as unknown as string)).toThrow(/redactSmallNumbers: text must be a string/);
  });
});
