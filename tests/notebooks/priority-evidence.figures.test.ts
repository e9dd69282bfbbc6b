// Checks the committed figures of the priority-evidence notebook (docs/figures/<id>.csv and the inline
// data of <id>.vl.json) against the East Sussex dataset, recomputed through @scpkit/core.
// Run the notebook (scpkit reproduce --only priority-evidence) to refresh them.
import { describe, expect, it } from 'vitest';
import { countsConsistentWith, percentChange, proportionWithCI, reportLookup, roundHalfUp, share, type FigureOptions, changeShown } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { bar, expectCsvMatchesPanels, expectFigureFiles, inlineValues, panels, repoRoot, spec, table } from './figure-files.test-support.js';

const report = reportLookup(loadDataset(`${repoRoot}datasets/east-sussex/2021-22`));
const NOTEBOOK = 'priority-evidence';
const OWNED = ['education-audit-returns', 'exploitation-mace', 'exploitation-year-on-year', 'under-5s-evidence'];

/** The printed value of a measure (one row). */
function printed(id: string, options?: FigureOptions): number {
  const v = report.value(id, options);
  if (!v.found) throw new Error(v.reason);
  return v.value;
}

describe('figures of the priority-evidence notebook', () => {
  it.each(OWNED)('%s has its four files, written by notebooks/priority-evidence.ipynb', (id) => expectFigureFiles(id, NOTEBOOK));


  it('education-audit-returns: 182/190 and 9/34 with Wilson intervals, section 8\'s 97% as the reference', () => {
    const state = proportionWithCI(printed('education-state-funded-schools-audit-returned'), printed('education-state-funded-schools'), { multiplier: 100 });
    const independent = proportionWithCI(printed('education-independent-schools-audit-returned'), printed('education-independent-schools'), { multiplier: 100 });
    const expected = [
      ['State funded schools (182 of 190)', state.value, state.lower, state.upper],
      ['Independent schools (9 of 34)', independent.value, independent.lower, independent.upper],
    ];
    const t = table('education-audit-returns');
    expect(t.rows.map((r) => [r[0], Number(r[1]), Number(r[2]), Number(r[3])])).toEqual(expected);
    expect(inlineValues('education-audit-returns').map((v) => [v.label, v.estimate, v.lower, v.upper])).toEqual(expected);
    expect(roundHalfUp(state.value, 1)).toBe(95.8);
    const section8 = printed('assurance-schools-audit-returned-percent');
    expect(section8).toBe(97);
    expect(roundHalfUp(state.value, 0)).not.toBe(section8);
    expect(countsConsistentWith(section8, 190)).toEqual([184, 185]);
    const layers = (spec('education-audit-returns').layer as { data?: { values: { value: number }[] } }[]).filter((l) => l.data !== undefined);
    expect(layers.map((l) => l.data!.values[0]!.value)).toEqual([section8, section8]);
  });

  it('exploitation-mace: cohort, rating changes and disruption use as printed; 59% of 12 is no whole number', () => {
    expectCsvMatchesPanels('exploitation-mace');
    const id = 'exploitation-mace';
    expect(bar(id, /cohort/, /^Discussed/)).toBe(printed('exploitation-mace-children-discussed'));
    expect(bar(id, /cohort/, /^On the cohort/)).toBe(printed('exploitation-mace-cohort'));
    expect(bar(id, /2021\/22/, /^Increased/)).toBe(printed('exploitation-mace-rating-increased-amber-to-red'));
    expect(bar(id, /2021\/22/, /^Decreased/)).toBe(printed('exploitation-mace-rating-decreased'));
    expect(bar(id, /last 8 months/, /^Increased/)).toBe(printed('exploitation-mace-rating-increased-last-8-months'));
    expect(bar(id, /last 8 months/, /^Decreased/)).toBe(printed('exploitation-mace-rating-decreased-last-8-months'));
    expect(bar(id, /disruption/, /^Before/)).toBe(printed('exploitation-disruption-use-percent-before'));
    expect(bar(id, /disruption/, /Q3/)).toBe(printed('exploitation-disruption-use-percent-q3'));
    expect(panels(id)).toHaveLength(8);
    expect(countsConsistentWith(printed('exploitation-mace-cohort-four-months-or-less-percent'), printed('exploitation-mace-cohort'))).toEqual([]);
  });

  it('exploitation-year-on-year: custody 26 -> 11, gangs assessments 115 -> 124, knife admissions 9 -> 15, changes computed', () => {
    const pairs = ['exploitation-overnight-custody-incidences', 'exploitation-gangs-assessments', 'exploitation-knife-assault-admissions-under-25'].map((id) => {
      const pair = report.pair(id, { area: null });
      if (!pair.found) throw new Error(pair.reason);
      return [pair.value.previous.value, pair.value.current.value] as const;
    });
    expect(pairs).toEqual([[26, 11], [115, 124], [9, 15]]);
    // The custody pair's later period is printed "2021/21" (a misprint kept as printed): pair() orders by start year.
    expect(report.figures('exploitation-overnight-custody-incidences').map((r) => r.period)).toEqual(['2020/21', '2021/21']);
    const expected = pairs.map(([a, b]) => [a, b, b - a, changeShown(a, b, 'count').kind === 'percent' ? percentChange(a, b) : Number.NaN]);
    const t = table('exploitation-year-on-year');
    expect(t.columns.slice(1, 3)).toEqual(['2020/21', '2021/22']);
    expect(t.rows.map((r) => [Number(r[1]), Number(r[2]), Number(r[3]), Number(r[4])])).toEqual(expected);
    // Labels follow core's changeShown: whole percents, and the difference on a base under 10 (knife admissions 9 -> 15).
    expect(t.rows.map((r) => r[5])).toEqual(['-58%', '+8%', '+6']);
    expect(t.rows.map((r) => r[6])).toEqual(['only 11', 'slight increase', 'increase']);
    expect(inlineValues('exploitation-year-on-year').map((v) => [v.previous, v.current, v.difference, v.change])).toEqual(expected.map(([a, b, d, p]) => [a, b, d, Number.isNaN(p!) ? null : p! / 100]));
    // The custody pair agrees with the section 3 / 9.A indicator.
    const custody = report.contextPair('overnight-police-custody');
    if (!custody.found) throw new Error(custody.reason);
    expect([[custody.value.previous.period, custody.value.previous.value], [custody.value.current.period, custody.value.current.value]]).toEqual([['2020/21', 26], ['2021/22', 11]]);
  });

  it('under-5s-evidence: smoking 13.2 -> 12.2 vs England 8.5, A&E 2,507 -> 2,803 (+11.8% computed = printed), falls and poisonings', () => {
    expectCsvMatchesPanels('under-5s-evidence');
    const id = 'under-5s-evidence';
    const smoking = 'under-5s-smoking-at-delivery-percent';
    expect(bar(id, /smoking/, /2020\/21/)).toBe(printed(smoking, { area: null, period: '2020/21' }));
    expect(bar(id, /smoking/, /2021\/22/)).toBe(printed(smoking, { area: null, period: '2021/22' }));
    expect(bar(id, /smoking/, /England/)).toBe(printed(smoking, { area: 'England' }));
    const before = bar(id, /^A&E attendances/, /2020\/21/);
    const after = bar(id, /^A&E attendances/, /2021\/22/);
    expect([before, after]).toEqual([printed('under-5s-ae-accident-attendances', { period: '2020/21' }), printed('under-5s-ae-accident-attendances', { period: '2021/22' })]);
    const computed = bar(id, /^Change/, /^Computed/);
    expect(computed).toBe(percentChange(before, after));
    expect(roundHalfUp(computed, 1)).toBe(bar(id, /^Change/, /^Printed/));
    expect(bar(id, /^Change/, /^Printed/)).toBe(printed('under-5s-ae-accident-attendances-change-percent'));
    expect(bar(id, /^Of which/, /^Falls/)).toBe(printed('under-5s-ae-furniture-fall-attendances'));
    expect(bar(id, /^Of which/, /^Poisonings/)).toBe(printed('under-5s-ae-poisoning-attendances'));
    expect(roundHalfUp(share(511, after), 0)).toBe(18);
    expect(roundHalfUp(share(122, after), 0)).toBe(4);
  });
});
