// Checks the committed figures of the rapid-reviews, training, impact-projects, priority-evidence
// and assurance notebooks (docs/figures/<id>.csv and the inline data of <id>.vl.json) against the
// dataset, recomputed through @scpkit/core. Run the notebooks (scpkit reproduce) to refresh them.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countsConsistentWith, percentChange, proportionWithCI, roundHalfUp, share } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import type { DataTable } from '@scpkit/charts';
import { figuresDir, inlineValues, records, repoRoot, spec, table } from './figure-files.test-support.js';

const ds = loadDataset(`${repoRoot}datasets/east-sussex/2021-22`);

/** Each figure id of these notebooks, with the notebook that writes it. */
const OWNED: Readonly<Record<string, string>> = {
  'rapid-review-abuse-types': 'rapid-reviews',
  'rapid-review-learning-themes': 'rapid-reviews',
  'rapid-review-activity': 'rapid-reviews',
  'training-evaluation': 'training',
  'home-safety-referrals': 'impact-projects',
  'icon-week-engagement': 'impact-projects',
  'accident-prevention-training': 'impact-projects',
  'home-safety-social-media': 'impact-projects',
  'education-audit-returns': 'priority-evidence',
  'exploitation-mace': 'priority-evidence',
  'exploitation-year-on-year': 'priority-evidence',
  'under-5s-evidence': 'priority-evidence',
  'gp-late-reports': 'assurance',
};

/** The printed value of a figures.csv row. */
function printed(id: string): number {
  const row = (ds.tables.figures ?? []).find((f) => f.id === id);
  if (row === undefined) throw new Error(`figures.csv has no row ${id}`);
  return row.value;
}
/** The chart-series points of one end-of-text chart, in printed order. */
function chartPoints(chart: string) {
  return (ds.tables['chart-series'] ?? []).filter((p) => p.chart === chart).sort((a, b) => a.position - b.position);
}
/** Small-multiples rows `{ group, category, value }` from the inline data. */
function panels(id: string): { group: string; category: string; value: number }[] {
  return inlineValues(id) as { group: string; category: string; value: number }[];
}
/** The value of the bar whose category matches, in the panel whose title matches. */
function bar(id: string, group: RegExp, category: RegExp): number {
  const found = panels(id).filter((r) => group.test(r.group) && category.test(r.category));
  if (found.length !== 1) throw new Error(`${id}: ${found.length} bars match ${group} / ${category}`);
  return found[0]!.value;
}
/** The CSV agrees with the inline data of a small-multiples figure, row by row. */
function expectCsvMatchesPanels(id: string): void {
  const t = table(id);
  expect(t.columns).toHaveLength(3);
  expect(t.rows.map((r) => [r[0], r[1], Number(r[2])])).toEqual(panels(id).map((r) => [r.group, r.category, r.value]));
}

const ABUSE = 'Primary Types of Abuse/Neglect recorded in Rapid Reviews';
const THEMES = 'Key Themes for learning captured in the Rapid Reviews';

describe('figures of the rapid-reviews, training, impact-projects, priority-evidence and assurance notebooks', () => {
  it.each(Object.entries(OWNED))('%s has its four files, written by notebooks/%s.ipynb', (id, notebook) => {
    for (const ext of ['svg', 'png', 'vl.json', 'csv']) expect(existsSync(`${figuresDir}${id}.${ext}`), `${id}.${ext}`).toBe(true);
    const s = spec(id);
    expect(s.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    expect(typeof s.description === 'string' && s.description.length > 80).toBe(true);
    expect((s.usermeta as { scpkit: { notebook: string } }).scpkit.notebook).toBe(`notebooks/${notebook}.ipynb`);
    const svg = readFileSync(`${figuresDir}${id}.svg`, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect([...readFileSync(`${figuresDir}${id}.png`).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(existsSync(`${repoRoot}notebooks/${notebook}.ipynb`)).toBe(true);
  });

  it('rapid-review-abuse-types: the 8 categories of the end-of-text chart, totalling 17, largest first', () => {
    const t = records(table('rapid-review-abuse-types'));
    expect(t).toHaveLength(8);
    const values = t.map((r) => Number(r['Times recorded']));
    expect(values.reduce((a, b) => a + b, 0)).toBe(17);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const expected = new Map(chartPoints(ABUSE).map((p) => [p.label, p.value]));
    expect(new Map(t.map((r) => [r['Primary type of abuse or neglect']!, Number(r['Times recorded'])]))).toEqual(expected);
    expect(new Map(inlineValues('rapid-review-abuse-types').map((v) => [v.category, v.value]))).toEqual(expected);
    // The five types the text of 5.1 names agree with the chart.
    expect(expected.get('Non accidental infant injury - Fractures')).toBe(printed('rapid-reviews-abuse-type-fractures-since-2019'));
    expect(expected.get('Non accidental infant injury - Head trauma')).toBe(printed('rapid-reviews-abuse-type-head-trauma-since-2019'));
    expect(expected.get('Suicide')).toBe(printed('rapid-reviews-abuse-type-suicide-since-2019'));
    expect(expected.get('Neglect - basic needs')).toBe(printed('rapid-reviews-abuse-type-neglect-since-2019'));
    expect(expected.get('Domestic Violence')).toBe(printed('rapid-reviews-abuse-type-domestic-violence-since-2019'));
  });

  it('rapid-review-learning-themes: the 18 themes of the end-of-text chart, the three largest those the text names', () => {
    const t = records(table('rapid-review-learning-themes'));
    expect(t).toHaveLength(18);
    const expected = new Map(chartPoints(THEMES).map((p) => [p.label, p.value]));
    expect(new Map(t.map((r) => [r['Learning theme']!, Number(r['Times recorded'])]))).toEqual(expected);
    expect(new Map(inlineValues('rapid-review-learning-themes').map((v) => [v.category, v.value]))).toEqual(expected);
    expect(t.map((r) => Number(r['Times recorded'])).reduce((a, b) => a + b, 0)).toBe(53);
    expect(t.slice(0, 3).map((r) => r['Learning theme']).sort()).toEqual(['Non-accidental injury', 'Parental mental health', 'Professionals information sharing']);
  });

  it('rapid-review-activity: counts as printed, under 1s only (38% of 25 is no whole number of children)', () => {
    expectCsvMatchesPanels('rapid-review-activity');
    const id = 'rapid-review-activity';
    expect(bar(id, /2021\/22/, /^Rapid reviews undertaken$/)).toBe(printed('rapid-reviews-2021-22'));
    expect(bar(id, /2021\/22/, /^Progressed/)).toBe(printed('rapid-reviews-progressed-to-lcspr-2021-22'));
    expect(bar(id, /2021\/22/, /^Did not/)).toBe(printed('rapid-reviews-not-progressed-to-lcspr-2021-22'));
    expect(bar(id, /^Rapid reviews and LCSPRs/, /^Rapid reviews undertaken$/)).toBe(printed('rapid-reviews-since-2019'));
    expect(bar(id, /^Rapid reviews and LCSPRs/, /^LCSPRs/)).toBe(printed('rapid-reviews-lcsprs-since-2019'));
    const children = bar(id, /^Children/, /subjects/);
    const under1 = bar(id, /^Children/, /under 1/);
    expect([children, under1]).toEqual([printed('rapid-review-children-since-2019'), printed('rapid-review-children-under-1-since-2019')]);
    expect(panels(id)).toHaveLength(7);
    expect(roundHalfUp(share(under1, children), 0)).toBe(printed('rapid-review-children-under-1-percent-since-2019'));
    expect(countsConsistentWith(printed('rapid-review-children-under-2-percent-since-2019'), children)).toEqual([]);
    expect(spec(id).description).toMatch(/"38%"[^.]*no whole number of 25 children/);
  });

  it('training-evaluation: 61 courses, 869 participants, 67% attendance, 63% + 35% = section 2\'s 98%, no invented rating', () => {
    expectCsvMatchesPanels('training-evaluation');
    const id = 'training-evaluation';
    expect(bar(id, /number/, /^Courses/)).toBe(printed('training-courses-2021-22'));
    expect(bar(id, /number/, /^Participants/)).toBe(printed('training-participants-2021-22'));
    expect(bar(id, /%/, /^Attendance rate \(denominator not printed\)$/)).toBe(printed('training-attendance-rate-percent-2021-22'));
    const excellent = bar(id, /%/, /^Rated Excellent \(/);
    const good = bar(id, /%/, /^Rated Good/);
    const excellentOrGood = bar(id, /%/, /Excellent or Good \(section 2\)/);
    expect([excellent, good, excellentOrGood]).toEqual([
      printed('training-rated-excellent-percent-2021-22'),
      printed('training-rated-good-percent-2021-22'),
      printed('key-achievements-training-rated-excellent-or-good-percent-2021-22'),
    ]);
    expect(excellent + good).toBe(excellentOrGood);
    expect(panels(id).some((r) => /other|remainder|neither/i.test(r.category))).toBe(false);
    expect([printed('key-achievements-training-courses-2021-22'), printed('key-achievements-training-attendees-2021-22')]).toEqual([61, 869]);
  });

  it('home-safety-referrals: 303, 194, 302 with the changes computed by percentChange', () => {
    const [y1, y2, y3] = [printed('home-safety-referrals-2019-20'), printed('home-safety-referrals-2020-21'), printed('home-safety-referrals-2021-22')];
    expect([y1, y2, y3]).toEqual([303, 194, 302]);
    const expected = [[y1, y2], [y2, y3], [y1, y3]].map(([a, b]) => [a!, b!, b! - a!, percentChange(a!, b!) / 100]);
    const t = records(table('home-safety-referrals'));
    expect(t.map((r) => [Number(r['Earlier year']), Number(r['Later year']), Number(r.Difference), Number(r['Change (computed)'])])).toEqual(expected);
    expect(inlineValues('home-safety-referrals').map((v) => [v.previous, v.current, v.difference, v.change])).toEqual(expected);
    expect(roundHalfUp(percentChange(y1, y2), 1)).toBe(-36);
    expect(roundHalfUp(percentChange(y2, y3), 1)).toBe(55.7);
  });

  it('icon-week-engagement: the printed increases, both ends of the downloads range', () => {
    const t = new Map(records(table('icon-week-engagement')).map((r) => [r.Measure!, Number(r['Increase during ICON week (%)'])]));
    expect(t).toEqual(
      new Map([
        ['Facebook page visits', printed('under-5s-icon-week-facebook-visits-change-2021')],
        ['Resource downloads (top of range)', printed('under-5s-icon-week-resource-downloads-change-high-2021')],
        ["Parent's advice page traffic", printed('under-5s-icon-week-parent-advice-page-change-2021')],
        ['Resource downloads (bottom of range)', printed('under-5s-icon-week-resource-downloads-change-low-2021')],
        ['Twitter engagement', printed('under-5s-icon-week-twitter-engagement-change-2021')],
      ]),
    );
    expect(new Map(inlineValues('icon-week-engagement').map((v) => [v.category, v.value]))).toEqual(t);
  });

  it('accident-prevention-training: self-rating 2.8 to 4.1, 97%, and HALO 82% of n = 132 (only 108 people)', () => {
    expectCsvMatchesPanels('accident-prevention-training');
    const id = 'accident-prevention-training';
    expect(bar(id, /scale 1-5/, /^Before/)).toBe(printed('home-safety-capt-knowledge-score-pre-course-2021-22'));
    expect(bar(id, /scale 1-5/, /^After/)).toBe(printed('home-safety-capt-knowledge-score-post-course-2021-22'));
    expect(bar(id, /%/, /^CAPT/)).toBe(printed('home-safety-capt-more-able-percent-2021-22'));
    const n = printed('home-safety-halo-post-course-questionnaires-2019-2022');
    const halo = bar(id, /%/, new RegExp(`^HALO.*n = ${n}\\)$`));
    expect(halo).toBe(printed('home-safety-halo-confident-participants-percent-2019-2022'));
    const consistent = countsConsistentWith(halo, n);
    expect(consistent).toEqual([108]);
    const ci = proportionWithCI(108, n, { multiplier: 100 });
    expect(spec(id).description).toContain(`only be 108 people (95% interval ${Math.round(ci.lower)}% to ${Math.round(ci.upper)}%)`);
  });

  it('home-safety-social-media: the eight printed figures of the toolkit', () => {
    expectCsvMatchesPanels('home-safety-social-media');
    for (const metric of ['posts', 'reach', 'reactions', 'shares']) {
      const group = new RegExp(`^${metric}$`, 'i');
      expect(bar('home-safety-social-media', group, /corporate page/)).toBe(printed(`home-safety-social-media-${metric}-corporate-page-2019-2021`));
      expect(bar('home-safety-social-media', group, /children's services/)).toBe(printed(`home-safety-social-media-${metric}-childrens-services-2019-2021`));
    }
    expect(panels('home-safety-social-media')).toHaveLength(8);
  });

  it('education-audit-returns: 182/190 and 9/34 with Wilson intervals, section 8\'s 97% as the reference', () => {
    const state = proportionWithCI(printed('education-state-funded-schools-audit-returned-2021-22'), printed('education-state-funded-schools-2021-22'), { multiplier: 100 });
    const independent = proportionWithCI(printed('education-independent-schools-audit-returned-2021-22'), printed('education-independent-schools-2021-22'), { multiplier: 100 });
    const expected = [
      ['State funded schools (182 of 190)', state.value, state.lower, state.upper],
      ['Independent schools (9 of 34)', independent.value, independent.lower, independent.upper],
    ];
    const t = table('education-audit-returns');
    expect(t.rows.map((r) => [r[0], Number(r[1]), Number(r[2]), Number(r[3])])).toEqual(expected);
    expect(inlineValues('education-audit-returns').map((v) => [v.label, v.estimate, v.lower, v.upper])).toEqual(expected);
    expect(roundHalfUp(state.value, 1)).toBe(95.8);
    const section8 = printed('assurance-schools-audit-returned-percent-2021-22');
    expect(section8).toBe(97);
    expect(roundHalfUp(state.value, 0)).not.toBe(section8);
    expect(countsConsistentWith(section8, 190)).toEqual([184, 185]);
    const layers = (spec('education-audit-returns').layer as { data?: { values: { value: number }[] } }[]).filter((l) => l.data !== undefined);
    expect(layers.map((l) => l.data!.values[0]!.value)).toEqual([section8, section8]);
  });

  it('exploitation-mace: cohort, rating changes and disruption use as printed; 59% of 12 is no whole number', () => {
    expectCsvMatchesPanels('exploitation-mace');
    const id = 'exploitation-mace';
    expect(bar(id, /cohort/, /^Discussed/)).toBe(printed('exploitation-mace-children-discussed-2021-22'));
    expect(bar(id, /cohort/, /^On the cohort/)).toBe(printed('exploitation-mace-cohort-end-march-2022'));
    expect(bar(id, /2021\/22/, /^Increased/)).toBe(printed('exploitation-mace-rating-increased-amber-to-red-2021-22'));
    expect(bar(id, /2021\/22/, /^Decreased/)).toBe(printed('exploitation-mace-rating-decreased-2021-22'));
    expect(bar(id, /last 8 months/, /^Increased/)).toBe(printed('exploitation-mace-rating-increased-last-8-months-2021-22'));
    expect(bar(id, /last 8 months/, /^Decreased/)).toBe(printed('exploitation-mace-rating-decreased-last-8-months-2021-22'));
    expect(bar(id, /disruption/, /^Before/)).toBe(printed('exploitation-disruption-use-percent-before-2021-22'));
    expect(bar(id, /disruption/, /Q3/)).toBe(printed('exploitation-disruption-use-percent-q3-2021-22'));
    expect(panels(id)).toHaveLength(8);
    expect(countsConsistentWith(printed('exploitation-mace-cohort-four-months-or-less-percent-march-2022'), printed('exploitation-mace-cohort-end-march-2022'))).toEqual([]);
  });

  it('exploitation-year-on-year: custody 26 -> 11, gangs assessments 115 -> 124, knife admissions 9 -> 15, changes computed', () => {
    const pairs = [
      ['exploitation-overnight-custody-incidences-2020-21', 'exploitation-overnight-custody-incidences-2021-22'],
      ['exploitation-gangs-assessments-2020-21', 'exploitation-gangs-assessments-2021-22'],
      ['exploitation-knife-assault-admissions-under-25-2020-21', 'exploitation-knife-assault-admissions-under-25-2021-22'],
    ].map(([before, now]) => [printed(before!), printed(now!)] as const);
    expect(pairs).toEqual([[26, 11], [115, 124], [9, 15]]);
    const expected = pairs.map(([a, b]) => [a, b, b - a, percentChange(a, b) / 100]);
    const t = table('exploitation-year-on-year');
    expect(t.columns.slice(1, 3)).toEqual(['2020/21', '2021/22']);
    expect(t.rows.map((r) => [Number(r[1]), Number(r[2]), Number(r[3]), Number(r[4])])).toEqual(expected);
    expect(inlineValues('exploitation-year-on-year').map((v) => [v.previous, v.current, v.difference, v.change])).toEqual(expected);
    // The custody pair agrees with the section 3 / 9.A indicator.
    const custody = (ds.tables['context-values'] ?? []).filter((v) => v.indicator === 'overnight-police-custody');
    expect(custody.map((v) => [v.period, v.value]).sort()).toEqual([['2020/21', 26], ['2021/22', 11]]);
  });

  it('under-5s-evidence: smoking 13.2 -> 12.2 vs England 8.5, A&E 2,507 -> 2,803 (+11.8% computed = printed), falls and poisonings', () => {
    expectCsvMatchesPanels('under-5s-evidence');
    const id = 'under-5s-evidence';
    expect(bar(id, /smoking/, /2020\/21/)).toBe(printed('under-5s-smoking-at-delivery-percent-2020-21'));
    expect(bar(id, /smoking/, /2021\/22/)).toBe(printed('under-5s-smoking-at-delivery-percent-2021-22'));
    expect(bar(id, /smoking/, /England/)).toBe(printed('under-5s-smoking-at-delivery-percent-england'));
    const before = bar(id, /^A&E attendances/, /2020\/21/);
    const after = bar(id, /^A&E attendances/, /2021\/22/);
    expect([before, after]).toEqual([printed('under-5s-ae-accident-attendances-2020-21'), printed('under-5s-ae-accident-attendances-2021-22')]);
    const computed = bar(id, /^Change/, /^Computed/);
    expect(computed).toBe(percentChange(before, after));
    expect(roundHalfUp(computed, 1)).toBe(bar(id, /^Change/, /^Printed/));
    expect(bar(id, /^Change/, /^Printed/)).toBe(printed('under-5s-ae-accident-attendances-change-percent-2021-22'));
    expect(bar(id, /^Of which/, /^Falls/)).toBe(printed('under-5s-ae-furniture-fall-attendances'));
    expect(bar(id, /^Of which/, /^Poisonings/)).toBe(printed('under-5s-ae-poisoning-attendances'));
    expect(roundHalfUp(share(511, after), 0)).toBe(18);
    expect(roundHalfUp(share(122, after), 0)).toBe(4);
  });

  it('gp-late-reports: 19 in Q1 2020/21 against 7 in Q2 2021/22, with the caveat that the quarters differ', () => {
    const [before, after] = [printed('assurance-late-gp-reports-2020-21-q1'), printed('assurance-late-gp-reports-2021-22-q2')];
    expect([before, after]).toEqual([19, 7]);
    const t = table('gp-late-reports');
    expect(t.columns.slice(1, 3)).toEqual(['Q1 2020/21', 'Q2 2021/22']);
    expect(t.rows.map((r) => [Number(r[1]), Number(r[2]), Number(r[3]), Number(r[4])])).toEqual([[before, after, after - before, percentChange(before, after) / 100]]);
    expect(spec('gp-late-reports').description).toMatch(/different quarters of different years/);
  });
});
