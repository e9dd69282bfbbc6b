// Checks the committed figures of the safeguarding-context notebook (docs/figures/<id>.csv and the
// inline data of <id>.vl.json) against the dataset, recomputed through @scpkit/core (reportLookup,
// yearOnYear, auditClaims, the rate functions). Run the notebook (scpkit reproduce --only
// safeguarding-context) to refresh the figures.
import { describe, expect, it } from 'vitest';
import { auditClaims, changeShown, childProtectionPlanRate, lookedAfterChildrenRate, percentChange, referralRate, reportLookup, yearOnYear } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { expectFigureFiles, inlineValues, records, repoRoot, spec, table } from './figure-files.test-support.js';

const ds = loadDataset(`${repoRoot}datasets/east-sussex/2021-22`);
const report = reportLookup(ds);

const OWNED = ['safeguarding-context', 'context-year-on-year', 'context-rates-per-10k'] as const;

const indicators = ds.tables['context-indicators'] ?? [];
const values = ds.tables['context-values'] ?? [];
/** An indicator's value for the report's period (or the period given). */
const valueOf = (indicator: string, period?: string) => {
  const v = report.contextValue(indicator, period);
  return v.found ? v.value.value : undefined;
};
/** The two years the notebook compares: the report's and the year before, as report.contextPair finds them. */
function comparedYears(): { previous: string; current: string } {
  const pair = report.contextPair('family-contacts');
  if (!pair.found) throw new Error(pair.reason);
  return { previous: pair.value.previous.period, current: pair.value.current.period };
}

describe('figures of the safeguarding-context notebook', () => {
  it.each(OWNED)('%s has its four files, written by notebooks/safeguarding-context.ipynb', (id) => expectFigureFiles(id, 'safeguarding-context'));

  it('safeguarding-context: every count of the report year, by its appendix group, as in context-values', () => {
    const t = records(table('safeguarding-context'));
    const expected = indicators.filter((i) => valueOf(i.indicator) !== undefined);
    expect(t).toHaveLength(expected.length);
    expect(t).toHaveLength(22);
    for (const i of expected) {
      const row = t.find((r) => r.Indicator?.toLowerCase() === i.label.toLowerCase());
      expect(row, i.indicator).toBeDefined();
      expect(Number(row?.Count)).toBe(valueOf(i.indicator));
      expect(row?.Group).toBe(i.group ?? 'Children in the area');
    }
    const counts = t.map((r) => Number(r.Count));
    expect(Math.min(...counts)).toBe(5);
    expect(Math.max(...counts)).toBe(106575);
    // One panel per group (5 groups of 9.A and the population figures), each ranked largest first, each with its own data.
    // Small multiples in two columns: one panel (a filtered view of the inline data) per group, titles maybe wrapped in lines.
    const written = spec('safeguarding-context') as { concat: { title: { text: string | string[] } }[]; data: { values: { group: string; value: number }[] } };
    const panels = written.concat;
    expect(panels.map((p) => [p.title.text].flat().join(' '))).toEqual([...new Set(t.map((r) => r.Group))]);
    expect(panels).toHaveLength(6);
    for (const group of new Set(t.map((r) => r.Group))) {
      const v = written.data.values.filter((x) => x.group === group).map((x) => x.value);
      expect(v).toEqual([...v].sort((a, b) => b - a));
    }
    expect(written.data.values.length).toBe(expected.length);
    // The title names the report's period, from the descriptor.
    expect(JSON.stringify(spec('safeguarding-context').title)).toContain(report.period);
  });

  it('context-year-on-year: every pair of printed years, computed change beside the printed arrow/%, inconsistencies from the claims audit', () => {
    const t = records(table('context-year-on-year'));
    const years = comparedYears();
    expect(years.current).toBe(report.period);
    const previousColumn = `Previous (${years.previous})`;
    const currentColumn = `Current (${years.current})`;
    const yoy = yearOnYear(indicators, values, { previousPeriod: years.previous, currentPeriod: years.current });
    // 15 indicators with both years, plus the two commentary comparisons (privately fostered, MARAC cases).
    expect(t).toHaveLength(yoy.rows.length + 2);
    for (const r of yoy.rows) {
      const row = t.find((x) => x.Indicator === r.label);
      expect(row, r.indicator).toBeDefined();
      expect(Number(row?.[previousColumn])).toBe(r.previous);
      expect(Number(row?.[currentColumn])).toBe(r.current);
      // core's changeShown rule: a percentage only from a base of 10 or more ([z] in the table otherwise).
      if (r.percentChange !== null && changeShown(r.previous, r.current, 'count').kind === 'percent') expect(Number(row?.['Change (%)'])).toBeCloseTo(r.percentChange, 10);
      else expect(row?.['Change (%)']).toBe('[z]');
    }
    const referrals = t.find((x) => x.Indicator === 'Referrals to statutory social care');
    expect(referrals?.['Change (report)']).toBe('↑ 10%');
    expect(Number(referrals?.['Change (%)'])).toBeCloseTo(percentChange(3811, 4169), 10);
    // The two commentary comparisons, found from the claims register's from/to references.
    const audit = auditClaims(ds);
    const fosteredClaim = audit.find((a) => a.kind === 'direction' && a.references.some((x) => x.role === 'stated' && x.target === 'context-indicators:privately-fostered-children#arrow'));
    const fosteredFrom = fosteredClaim?.references.find((x) => x.role === 'from');
    expect(fosteredFrom?.selector).toEqual({ type: 'figure', id: 'context-privately-fostered-children' });
    const fosteredStart = report.printed('context-privately-fostered-children');
    if (!fosteredStart.found) throw new Error(fosteredStart.reason);
    const fostered = t.find((x) => x.Indicator?.startsWith('Privately Fostered children'));
    expect(fostered?.Indicator).toBe(`Privately Fostered children (${fosteredStart.value.period} vs Mar 2022, from the commentary)`);
    expect([fostered?.[previousColumn], fostered?.[currentColumn], fostered?.['Change (report)']]).toEqual([String(fosteredStart.value.value), String(valueOf('privately-fostered-children')), '↓']);
    const marac = t.find((x) => x.Indicator?.startsWith('MARAC cases'));
    const maracPair = report.pair('context-marac-cases');
    if (!maracPair.found) throw new Error(maracPair.reason);
    expect([marac?.[previousColumn], marac?.[currentColumn], marac?.['Change (report)']]).toEqual([String(maracPair.value.previous.value), String(maracPair.value.current.value), '↑ 12%']);
    expect([maracPair.value.previous.value, maracPair.value.current.value]).toEqual([986, 1105]);
    const maracClaim = audit.find((a) => a.kind === 'percent-change' && a.references.some((x) => x.role === 'from' && x.target === `figures:context-marac-cases@${maracPair.value.previous.period}`));
    expect(maracClaim?.statedValue).toBe(12);
    // The 9.A indicators without a count for both years (two of them charted from their commentary, above).
    const charted = new Set(t.map((x) => x.Indicator));
    expect(indicators.filter((i) => i.group !== null && !charted.has(i.label) && !yoy.rows.some((r) => r.indicator === i.indicator)).map((i) => i.indicator)).toEqual([
      'privately-fostered-children',
      'children-living-with-domestic-violence',
      'disabled-children-with-cp-plan',
      'births-to-under-18s',
    ]);
    // Highlighted rows are exactly the comparisons whose arrow or percentage claim the audit finds inconsistent.
    const flag = 'Printed arrow or % inconsistent (claims audit)';
    const flagged = t.filter((x) => x[flag] === 'yes').map((x) => x.Indicator);
    expect(flagged).toEqual(['Referrals to statutory social care', 'Children with a child protection plan', fostered?.Indicator]);
    const inconsistent = audit.filter((a) => a.status === 'inconsistent' && (a.kind === 'direction' || a.kind === 'percent-change') && a.section === '9.A');
    expect(inconsistent.map((a) => a.id).sort()).toEqual(['context-child-protection-plans-arrow', 'context-privately-fostered-children-arrow', 'context-referrals-change']);
    // Spec data agree with the table; the value axis is a log scale (values run from 5 to 19,383).
    const v = inlineValues('context-year-on-year') as { item: string; previous: number; current: number; highlight: boolean }[];
    expect(v.map((x) => [x.item, x.previous, x.current, x.highlight])).toEqual(t.map((x) => [x.Indicator, Number(x[previousColumn]), Number(x[currentColumn]), x[flag] === 'yes']));
    expect(JSON.stringify(spec('context-year-on-year'))).toContain('"type":"log"');
  });

  it('context-rates-per-10k: three rates per 10,000 with CIs from the dataset population', () => {
    const t = table('context-rates-per-10k');
    const population = valueOf('children-aged-0-17');
    expect(population).toBe(106575);
    const expected = [
      childProtectionPlanRate(valueOf('child-protection-plans') ?? -1, population ?? 0),
      lookedAfterChildrenRate(valueOf('looked-after-children') ?? -1, population ?? 0),
      referralRate(valueOf('referrals-statutory-social-care') ?? -1, population ?? 0),
    ];
    expect(t.rows).toHaveLength(3);
    expected.forEach((rate, i) => {
      const row = t.rows[i] ?? [];
      expect(Number(row[1])).toBeCloseTo(rate.value, 10);
      expect(Number(row[2])).toBeCloseTo(rate.lower, 10);
      expect(Number(row[3])).toBeCloseTo(rate.upper, 10);
    });
    // 536 / 106,575 × 10,000 = 50.29; 628 → 58.93; 4,169 → 391.18.
    expect(expected.map((r) => Number(r.value.toFixed(2)))).toEqual([50.29, 58.93, 391.18]);
    // No previous-year population is printed, so there are no previous-year rates.
    expect(report.contextPair('children-aged-0-17').found).toBe(false);
  });
});
