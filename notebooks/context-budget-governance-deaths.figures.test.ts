// Checks the committed figures of the safeguarding-context, budget, governance and child-deaths
// notebooks (docs/figures/<id>.csv and the inline data of <id>.vl.json) against the dataset,
// recomputed through @scpkit/core. Run the notebooks (scpkit reproduce) to refresh the figures.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  auditClaims,
  budgetStatements,
  budgetVariance,
  childDeathRate,
  childProtectionPlanRate,
  denominatorsConsistentWith,
  lookedAfterChildrenRate,
  modifiableFactorsShare,
  percentChange,
  reconcileBudget,
  referralRate,
  yearOnYear,
} from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import type { DataTable } from '@scpkit/charts';
import { figuresDir, inlineValues, records, repoRoot, spec, table } from './figure-files.test-support.js';

const ds = loadDataset(`${repoRoot}datasets/east-sussex/2021-22`);

const OWNED = [
  'safeguarding-context',
  'context-year-on-year',
  'context-rates-per-10k',
  'budget-2021-22',
  'budget-2022-23',
  'budget-actual-vs-projected',
  'partnership-structure',
  'board-membership',
  'child-deaths',
] as const;

/** Column `name` of a table as strings. */
function column(t: DataTable, name: string): string[] {
  const at = t.columns.indexOf(name);
  if (at === -1) throw new Error(`no column ${name} in ${t.columns.join(', ')}`);
  return t.rows.map((r) => String(r[at]));
}

const indicators = ds.tables['context-indicators'] ?? [];
const values = ds.tables['context-values'] ?? [];
const latest = [...new Set(values.map((v) => v.period))].sort().at(-1);
const valueOf = (indicator: string, period = latest) => values.find((v) => v.indicator === indicator && v.period === period)?.value;

describe('figures of the context, budget, governance and child-deaths notebooks', () => {
  it.each(OWNED)('%s has its four files, written by its notebook', (id) => {
    for (const ext of ['svg', 'png', 'vl.json', 'csv']) expect(existsSync(`${figuresDir}${id}.${ext}`), `${id}.${ext}`).toBe(true);
    const s = spec(id);
    expect(s.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    expect(typeof s.description === 'string' && s.description.length > 40).toBe(true);
    expect((s.usermeta as { scpkit: { notebook: string } }).scpkit.notebook).toMatch(/^notebooks\/(safeguarding-context|budget|governance|child-deaths)\.ipynb$/);
    expect(readFileSync(`${figuresDir}${id}.svg`, 'utf8')).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('safeguarding-context: every section 3 count, by its 9.A group, as in context-values', () => {
    const t = records(table('safeguarding-context'));
    const expected = indicators.filter((i) => valueOf(i.indicator) !== undefined);
    expect(t).toHaveLength(expected.length);
    expect(t).toHaveLength(22);
    for (const i of expected) {
      const row = t.find((r) => r.Indicator?.toLowerCase() === i.label.toLowerCase());
      expect(row, i.indicator).toBeDefined();
      expect(Number(row?.Count)).toBe(valueOf(i.indicator));
      expect(row?.Group).toBe(i.group ?? 'Population (no 9.A group)');
    }
    const counts = t.map((r) => Number(r.Count));
    expect(Math.min(...counts)).toBe(5);
    expect(Math.max(...counts)).toBe(106575);
    // One panel per group (5 groups of 9.A and the population figures), each ranked largest first, each with its own data.
    const panels = (spec('safeguarding-context').vconcat as { title: { text: string }; data: { values: { value: number }[] } }[]);
    expect(panels.map((p) => p.title.text)).toEqual([...new Set(t.map((r) => r.Group))]);
    expect(panels).toHaveLength(6);
    for (const p of panels) {
      const v = p.data.values.map((x) => x.value);
      expect(v).toEqual([...v].sort((a, b) => b - a));
    }
    expect(panels.flatMap((p) => p.data.values).length).toBe(expected.length);
  });

  it('context-year-on-year: every pair of printed years, computed change beside the printed arrow/%, inconsistencies from the claims audit', () => {
    const t = records(table('context-year-on-year'));
    const yoy = yearOnYear(indicators, values);
    // 15 indicators with both years, plus the two commentary comparisons (privately fostered, MARAC cases).
    expect(t).toHaveLength(yoy.rows.length + 2);
    for (const r of yoy.rows) {
      const row = t.find((x) => x.Indicator === r.label);
      expect(row, r.indicator).toBeDefined();
      expect(Number(row?.['Previous (2020/21)'])).toBe(r.previous);
      expect(Number(row?.['Current (2021/22)'])).toBe(r.current);
      expect(Number(row?.['Change (computed)'])).toBeCloseTo((r.percentChange ?? Number.NaN) / 100, 12);
    }
    const referrals = t.find((x) => x.Indicator === 'Referrals to statutory social care');
    expect(referrals?.['Change (report)']).toBe('↑ 10%');
    expect(Number(referrals?.['Change (computed)'])).toBeCloseTo(percentChange(3811, 4169) / 100, 12);
    const fostered = t.find((x) => x.Indicator?.startsWith('Privately Fostered children'));
    expect([fostered?.['Previous (2020/21)'], fostered?.['Current (2021/22)'], fostered?.['Change (report)']]).toEqual(['22', '45', '↓']);
    const marac = t.find((x) => x.Indicator?.startsWith('MARAC cases'));
    expect([marac?.['Previous (2020/21)'], marac?.['Current (2021/22)'], marac?.['Change (report)']]).toEqual(['986', '1105', '↑ 12%']);
    // Highlighted rows are exactly the comparisons whose arrow or percentage claim the audit finds inconsistent.
    const flag = 'Printed arrow or % inconsistent (claims audit)';
    const flagged = t.filter((x) => x[flag] === 'yes').map((x) => x.Indicator);
    expect(flagged).toEqual(['Referrals to statutory social care', 'Children with a child protection plan', fostered?.Indicator]);
    const audit = auditClaims(ds);
    const inconsistent = audit.filter((a) => a.status === 'inconsistent' && (a.kind === 'direction' || a.kind === 'percent-change') && a.section === '9.A');
    expect(inconsistent.map((a) => a.id).sort()).toEqual(['context-child-protection-plans-arrow', 'context-privately-fostered-children-arrow', 'context-referrals-change']);
    // Spec data agree with the table; the value axis is a log scale (values run from 5 to 19,383).
    const v = inlineValues('context-year-on-year') as { item: string; previous: number; current: number; highlight: boolean }[];
    expect(v.map((x) => [x.item, x.previous, x.current, x.highlight])).toEqual(t.map((x) => [x.Indicator, Number(x['Previous (2020/21)']), Number(x['Current (2021/22)']), x[flag] === 'yes']));
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
  });

  const statements = budgetStatements(ds.tables['budget-statements'] ?? [], ds.tables['budget-lines'] ?? [], ds.tables['budget-totals'] ?? []);

  it.each(['2021/22', '2022/23'])('budget-%s: every line of the statement, totals re-added by reconcileBudget, a missing amount never 0', (period) => {
    const statement = statements.find((s) => s.statement.period === period);
    if (statement === undefined) throw new Error(`no ${period} statement`);
    const id = `budget-${period.replace('/', '-')}`;
    const t = records(table(id));
    const r = reconcileBudget(statement);
    const lines = t.filter((x) => x.Line !== 'Total');
    expect(lines).toHaveLength(statement.lines.length);
    for (const l of statement.lines) {
      const row = lines.find((x) => x.Line === l.line.trim() && (x.Side ?? '').startsWith(l.side === 'income' ? 'Income' : 'Expenditure'));
      expect(row, l.line).toBeDefined();
      expect(row?.['Amount (£)']).toBe(l.amount === null ? '[x]' : String(l.amount));
    }
    const totals = t.filter((x) => x.Line === 'Total').map((x) => Number(x['Amount (£)']));
    expect(totals).toEqual([r.income.total, r.expenditure.total]);
    // Both statements balance and match their printed totals (£270,300 and £234,055).
    expect(totals[0]).toBe(totals[1]);
    expect(r.income.printedTotal).toBe(totals[0]);
    const known = lines.filter((x) => x['Amount (£)'] !== '[x]').map((x) => Number(x['Amount (£)']));
    expect(known.reduce((a, b) => a + b, 0)).toBe(totals[0]! + totals[1]!);
    const data = inlineValues(id) as { line: string; amount: number | null }[];
    expect(data.filter((d) => d.amount === null).map((d) => d.line)).toEqual(statement.lines.filter((l) => l.amount === null).map((l) => l.line.trim()));
    expect(data.some((d) => d.amount === 0)).toBe(false);
  });

  it('budget-2022-23: National Probation Service is "Not yet advised": [x] in the table and text on the chart', () => {
    const t = records(table('budget-2022-23'));
    expect(t.find((x) => x.Line === 'National Probation Service')?.['Amount (£)']).toBe('[x]');
    expect(readFileSync(`${figuresDir}budget-2022-23.svg`, 'utf8')).toContain('Not yet advised');
  });

  it('budget-actual-vs-projected: every line matched by budgetVariance, actual against projected', () => {
    const actual = statements.find((s) => s.statement.basis === 'actual');
    const projected = statements.find((s) => s.statement.basis === 'projected');
    if (actual === undefined || projected === undefined) throw new Error('need both statements');
    const variance = budgetVariance(actual, projected);
    const t = table('budget-actual-vs-projected');
    expect(t.rows).toHaveLength(variance.lines.length);
    expect(variance.unmatched).toEqual({ actual: [], projected: [] });
    variance.lines.forEach((v, i) => {
      const row = t.rows[i] ?? [];
      expect(String(row[1])).toBe(v.actual === null ? '[x]' : String(v.actual));
      expect(String(row[2])).toBe(v.projected === null ? '[x]' : String(v.projected));
      expect(String(row[3])).toBe(v.difference === null ? '[x]' : String(v.difference));
    });
    const probation = records(t).find((x) => x.Line === 'Income: National Probation Service');
    expect(probation?.['Projected 2022/23']).toBe('[x]');
    expect(probation?.['Change (report)']).toBe('Not yet advised');
    // The carry-forward chain: what 2021/22 carries forward (£23,855) is what 2022/23 brings forward.
    const broughtForward = records(t).find((x) => x.Line?.startsWith('Income: ESSCP brought forward'));
    const carried = records(t).find((x) => x.Line?.startsWith('Expenditure: carry fwd'));
    expect(broughtForward?.['Projected 2022/23']).toBe(carried?.['Actual 2021/22']);
  });

  it('partnership-structure: every group once, reporting lines only where stated, the rest marked as not stated', () => {
    const groups = ds.tables['partnership-groups'] ?? [];
    const t = records(table('partnership-structure'));
    const NOT_STATED = 'Reporting line not stated in the report';
    expect(t).toHaveLength(groups.length + 1);
    for (const g of groups) {
      const row = t.find((x) => x.Group === g.group || x.Group?.startsWith(`${g.group} (`));
      expect(row, g.group).toBeDefined();
      const reportsTo = row?.['Reports to'] ?? '';
      if (g.reports_to !== null) expect(reportsTo === g.reports_to || reportsTo.startsWith(`${g.reports_to} (`)).toBe(true);
      else if (/\bBoard\b/.test(g.group)) expect(reportsTo).toBe('[z]');
      else expect(reportsTo).toBe(`${NOT_STATED}:`);
    }
    expect(t.filter((x) => x['Reports to'] === `${NOT_STATED}:`)).toHaveLength(groups.filter((g) => g.reports_to === null).length - 1);
  });

  it('board-membership: every member with a printed from/to month, the rest counted', () => {
    const members = ds.tables['board-members'] ?? [];
    const t = records(table('board-membership'));
    const dated = members.filter((m) => m.from !== null || m.to !== null);
    const undated = members.length - dated.length;
    expect(t).toHaveLength(dated.length + 1);
    for (const m of dated) {
      const row = t.find((x) => x.Member?.startsWith(`${m.name}, `));
      expect(row, m.name).toBeDefined();
      expect(row?.['From (printed)']).toBe(m.from ?? '[x]');
      expect(row?.['To (printed)']).toBe(m.to ?? '[x]');
    }
    expect(column(table('board-membership'), 'Member').at(-1)).toBe(`${undated} other members (no dates printed)`);
    expect([dated.length, undated]).toEqual([13, 31]);
  });

  it('child-deaths: rate with CI from 17 / 106,575, printed category shares, modifiable factors for the derived denominators', () => {
    const figures = ds.tables.figures ?? [];
    const value = (id: string) => figures.find((f) => f.id === id)?.value ?? Number.NaN;
    const t = records(table('child-deaths'));
    const [rateRow] = t.filter((x) => x.Panel?.startsWith('Child deaths per 100,000'));
    const rate = childDeathRate(value('cdop-deaths-east-sussex-2020-21'), valueOf('children-aged-0-17') ?? 0);
    const rateTitle = 'Deaths per 100,000 children aged 0-17';
    expect(Number(rateRow?.[rateTitle])).toBeCloseTo(rate.value, 10);
    expect(Number(rateRow?.['Lower 95% limit'])).toBeCloseTo(rate.lower, 10);
    expect(Number(rateRow?.['Upper 95% limit'])).toBeCloseTo(rate.upper, 10);
    expect(rate.value.toFixed(2)).toBe('15.95');
    const categories = t.filter((x) => x.Panel?.startsWith('Largest categories of death'));
    expect(categories.map((x) => Number(x['% of reviews (printed)']))).toEqual([value('cdop-perinatal-neonatal-percent-2020-21'), value('cdop-chromosomal-genetic-congenital-percent-2020-21')]);
    expect(categories.map((x) => x['Lower 95% limit'])).toEqual(['[z]', '[z]']);
    const modifiable = t.filter((x) => x.Panel?.startsWith('Reviewed deaths with modifiable factors'));
    const denominators = denominatorsConsistentWith(value('cdop-modifiable-factors-deaths-2020-21'), value('cdop-modifiable-factors-percent-2020-21'));
    expect(denominators).toEqual([79, 80]);
    expect(modifiable).toHaveLength(denominators.length);
    denominators.forEach((n, i) => {
      const share = modifiableFactorsShare(27, n, { multiplier: 100 });
      const row = modifiable[i];
      expect(row?.['Year and derived number of reviews']).toContain(`27 of ${n} reviews (derived)`);
      expect(Number(row?.['% of reviewed deaths with modifiable factors'])).toBeCloseTo(share.value, 10);
      expect(Number(row?.['Lower 95% limit'])).toBeCloseTo(share.lower, 10);
      expect(Number(row?.['Upper 95% limit'])).toBeCloseTo(share.upper, 10);
    });
    // The previous year's 45% is a reference line (no count, no interval), not a row.
    expect(JSON.stringify(spec('child-deaths'))).toContain(`"value":${value('cdop-modifiable-factors-percent-2019-20')}`);
    expect((spec('child-deaths').vconcat as unknown[]).length).toBe(3);
  });
});
