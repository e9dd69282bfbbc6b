// protectDataset on the quarterly dashboard resources (quarterly-indicators, escalations, format 1.1).
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/index.js';
import type { ContextValue } from '../dataset/schemas/context-value.js';
import type { Escalation } from '../dataset/schemas/escalation.js';
import type { QuarterlyIndicator } from '../dataset/schemas/quarterly-indicator.js';
import { loadDataset } from '../node/load-dataset.js';
import { quarterlySeries } from '../series/quarterly-series.js';
import { findDisclosureRisks } from './find-disclosure-risks.js';
import { protectDataset } from './protect-dataset.js';
import { SUPPRESSED } from './symbols.js';

const example = loadDataset(fileURLToPath(new URL('../../../../datasets/example-synthetic/2022-23/', import.meta.url)));
const template = example.tables['quarterly-indicators']![0]!;

/** A quarterly row of indicator `id` (unit `unit`) in quarter `period`. */
const q = (indicator: string, period: string, value: number | null, unit: QuarterlyIndicator['unit'] = 'count'): QuarterlyIndicator => ({
  ...template,
  indicator,
  label: indicator,
  period,
  value,
  unit,
  quote: `${indicator}, ${period}: ${value ?? '[x]'}`,
});
const year = (indicator: string, values: readonly (number | null)[], unit: QuarterlyIndicator['unit'] = 'count', fy = '2022/23') => values.map((v, k) => q(indicator, `Q${k + 1} ${fy}`, v, unit));

/** The synthetic example with these quarterly rows (and context values, escalations); `codes` are missing-value codes by row. */
function withRows(rows: readonly QuarterlyIndicator[], extra: { values?: readonly ContextValue[]; escalations?: readonly Escalation[]; codes?: Record<number, string>; disclosure?: 'protect' | 'published' } = {}): Dataset {
  const tables = { ...example.tables, 'quarterly-indicators': rows, ...(extra.values === undefined ? {} : { 'context-values': extra.values }), ...(extra.escalations === undefined ? {} : { escalations: extra.escalations }) };
  const missing = { ...example.missing, 'quarterly-indicators': rows.map((r, i) => (r.value === null ? { value: extra.codes?.[i] ?? '[x]' } : {})) } as Dataset['missing'];
  const rowNumbers = { ...example.rowNumbers, 'quarterly-indicators': rows.map((_, i) => i + 2) } as Dataset['rowNumbers'];
  const resources = example.descriptor.resources.map((r) => ({ ...r, disclosure: extra.disclosure ?? ('protect' as const) }));
  return { ...example, descriptor: { ...example.descriptor, resources }, tables, missing, rowNumbers };
}

const valuesOf = (d: Dataset, indicator: string) => d.tables['quarterly-indicators']!.filter((r) => r.indicator === indicator).map((r) => r.value);
const contextValue = (indicator: string, period: string, value: number): ContextValue => ({ indicator, period, value, section: '4', quote: `${indicator} ${value}` }) as ContextValue;

describe('protectDataset: quarterly-indicators', () => {
  it('the committed synthetic example ("protect", no count from 1 to 5) passes unchanged', () => {
    const out = protectDataset(example);
    expect(out.withheld).toEqual([]);
    expect(out.dataset.tables['quarterly-indicators']).toEqual(example.tables['quarterly-indicators']);
    expect(out.dataset.tables.escalations).toEqual(example.tables.escalations);
  });

  it('a count from 1 to 5 becomes [c] in its quarter (the row stays, a gap coded [c]); 0 and 6 stay', () => {
    const d = withRows([...year('secure-units', [0, 3, 6, 5]), ...year('camhs-waiting-weeks', [4, 3, 2, 1], 'weeks')]);
    const out = protectDataset(d);
    expect(valuesOf(out.dataset, 'secure-units')).toEqual([0, null, 6, null]);
    expect(out.dataset.missing['quarterly-indicators']!.slice(0, 4)).toEqual([{}, { value: SUPPRESSED }, {}, { value: SUPPRESSED }]);
    // Weeks are not a count of children: kept.
    expect(valuesOf(out.dataset, 'camhs-waiting-weeks')).toEqual([4, 3, 2, 1]);
    expect(out.withheld.map((w) => [w.row, w.field, w.reason, w.key])).toEqual([
      [3, 'value', 'small-count', { indicator: 'secure-units', period: 'Q2 2022/23' }],
      [5, 'value', 'small-count', { indicator: 'secure-units', period: 'Q4 2022/23' }],
    ]);
    expect(out.withheld[0]!.message).toBe('quarterly-indicators.csv line 3: "secure-units" Q2 2022/23 (3) is a count from 1 to 5: shown as [c]');
    // The series has the hidden quarters as gaps with their code, never as values.
    const s = quarterlySeries(out.dataset).find((x) => x.indicator === 'secure-units')!;
    expect(s.values).toEqual([0, 6]);
    expect(s.gaps).toEqual([{ period: 'Q2 2022/23', code: '[c]' }, { period: 'Q4 2022/23', code: '[c]' }]);
    // A published resource passes through.
    expect(protectDataset(withRows(year('secure-units', [0, 3, 6, 5]), { disclosure: 'published' })).withheld).toEqual([]);
  });

  it('a rate or share named after a hidden count is hidden in the same quarter (also after a [c] in the file)', () => {
    const rows = [
      ...year('child-protection-plans', [40, 4, 50, null]),
      ...year('child-protection-plans-rate-per-10k', [3.9, 0.4, 4.9, 0.3], 'rate-per-10k'),
      ...year('child-protection-plans-second-time-percent', [20, 25, 22, 0], 'percent'),
      ...year('plans-rate-per-10k', [3.9, 0.4, 4.9, 0.3], 'rate-per-10k'), // named after no count: kept (the limit docs/methods.md states)
    ];
    const out = protectDataset(withRows(rows, { codes: { 3: SUPPRESSED } }));
    expect(valuesOf(out.dataset, 'child-protection-plans')).toEqual([40, null, 50, null]);
    expect(valuesOf(out.dataset, 'child-protection-plans-rate-per-10k')).toEqual([3.9, null, 4.9, null]);
    expect(valuesOf(out.dataset, 'child-protection-plans-second-time-percent')).toEqual([20, null, 22, null]);
    expect(valuesOf(out.dataset, 'plans-rate-per-10k')).toEqual([3.9, 0.4, 4.9, 0.3]);
    expect(out.withheld.filter((w) => w.reason === 'derived').map((w) => w.message)).toContain(
      'quarterly-indicators.csv line 7: "child-protection-plans-rate-per-10k" Q2 2022/23 (0.4), computed from "child-protection-plans", is derived from a hidden count: shown as [c]',
    );
  });

  it('secondary: quarters that add up to a published annual value hide a complement, so the total does not give the [c] back', () => {
    const rows = year('missing-episodes', [40, 3, 50, 60]);
    // 153 is printed for the year: 3 = 153 - 40 - 50 - 60 unless a second quarter is hidden.
    const out = protectDataset(withRows(rows, { values: [contextValue('missing-episodes', '2022/23', 153)] }));
    expect(valuesOf(out.dataset, 'missing-episodes')).toEqual([null, null, 50, 60]);
    expect(out.withheld.map((w) => [w.row, w.reason])).toEqual([[2, 'complement'], [3, 'small-count']]);
    // The published margins give back neither quarter.
    const published = { rowLabels: ['y'], columnLabels: ['Q1', 'Q2', 'Q3', 'Q4'], cells: [[SUPPRESSED, SUPPRESSED, 50, 60] as const], rowTotals: [153], columnTotals: [SUPPRESSED, SUPPRESSED, 50, 60] as const, grandTotal: 153 };
    expect(findDisclosureRisks(published as never)).toEqual([]);
    // A value for the year that is not the quarters' sum (a count at the year end) ties nothing.
    expect(valuesOf(protectDataset(withRows(rows, { values: [contextValue('missing-episodes', '2022/23', 61)] })).dataset, 'missing-episodes')).toEqual([40, null, 50, 60]);
    // Nor does a total of another year.
    expect(valuesOf(protectDataset(withRows(rows, { values: [contextValue('missing-episodes', '2021/22', 153)] })).dataset, 'missing-episodes')).toEqual([40, null, 50, 60]);
  });

  it('escalation text: small stand-alone numbers in reason, action and outcome become [c]', () => {
    const e = { ...example.tables.escalations![0]!, reason: '3 children were held overnight in Q2', action: 'Reviewed the 12 cases', outcome: 'Two were moved' };
    const out = protectDataset(withRows(example.tables['quarterly-indicators']!, { escalations: [e] }));
    expect(out.dataset.tables.escalations![0]).toMatchObject({ reason: '[c] children were held overnight in Q2', action: 'Reviewed the 12 cases', outcome: 'Two were moved' });
  });

  it('property: no quarterly count from 1 to 5 is left, a published year total gives no [c] back, and protecting again changes nothing', () => {
    const quarter = fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 80 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(quarter, { minLength: 4, maxLength: 4 }), fc.boolean()), { minLength: 1, maxLength: 4 }), (indicators) => {
        const rows = indicators.flatMap(([vs], k) => [...year(`count-${k}`, vs), ...year(`count-${k}-percent`, vs.map((v) => v / 2), 'percent')]);
        const values = indicators.flatMap(([vs, total], k) => (total ? [contextValue(`count-${k}`, '2022/23', vs.reduce((a, b) => a + b, 0))] : []));
        const once = protectDataset(withRows(rows, { values }));
        for (const r of once.dataset.tables['quarterly-indicators']!) if (r.unit === 'count') expect(r.value === null || r.value === 0 || r.value > 5).toBe(true);
        indicators.forEach(([vs, total], k) => {
          const kept = valuesOf(once.dataset, `count-${k}`);
          // A share is never shown where its count is hidden.
          valuesOf(once.dataset, `count-${k}-percent`).forEach((p, n) => expect(kept[n] === null ? p === null : p === vs[n]! / 2).toBe(true));
          const sum = vs.reduce((a, b) => a + b, 0);
          const annualKept = (once.dataset.tables['context-values'] ?? []).some((v) => v.indicator === `count-${k}`);
          if (!total || !annualKept) return;
          const cells = kept.map((v) => (v === null ? SUPPRESSED : v));
          expect(findDisclosureRisks({ rowLabels: ['y'], columnLabels: ['1', '2', '3', '4'], cells: [cells], rowTotals: [sum], columnTotals: cells, grandTotal: sum } as never)).toEqual([]);
        });
        const twice = protectDataset(once.dataset);
        expect(twice.withheld).toEqual([]);
        expect(twice.dataset.tables).toEqual(once.dataset.tables);
      }),
    );
  });
});
