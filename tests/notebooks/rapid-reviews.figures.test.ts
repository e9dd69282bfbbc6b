// Checks the committed figures of the rapid-reviews notebook (docs/figures/<id>.csv and the inline
// data of <id>.vl.json) against the East Sussex dataset, recomputed through @scpkit/core.
// Run the notebook (scpkit reproduce --only rapid-reviews) to refresh them.
import { describe, expect, it } from 'vitest';
import { countsConsistentWith, reportLookup, roundHalfUp, share, type FigureOptions } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { bar, expectCsvMatchesPanels, expectFigureFiles, inlineValues, panels, records, repoRoot, spec, table } from './figure-files.test-support.js';

const report = reportLookup(loadDataset(`${repoRoot}datasets/east-sussex/2021-22`));
const NOTEBOOK = 'rapid-reviews';
const OWNED = ['rapid-review-abuse-types', 'rapid-review-learning-themes', 'rapid-review-activity'];

/** The printed value of a measure (one row). */
function printed(id: string, options?: FigureOptions): number {
  const v = report.value(id, options);
  if (!v.found) throw new Error(v.reason);
  return v.value;
}
/** The chart-series points of one end-of-text chart (by chart id), in printed order. */
function chartPoints(chart: string) {
  const c = report.chart(chart);
  if (!c.found) throw new Error(c.reason);
  return c.value.points;
}

describe('figures of the rapid-reviews notebook', () => {
  it.each(OWNED)('%s has its four files, written by notebooks/rapid-reviews.ipynb', (id) => expectFigureFiles(id, NOTEBOOK));


  it('rapid-review-abuse-types: the 8 categories of the end-of-text chart, totalling 17, largest first', () => {
    const t = records(table('rapid-review-abuse-types'));
    expect(t).toHaveLength(8);
    const values = t.map((r) => Number(r['Times recorded']));
    expect(values.reduce((a, b) => a + b, 0)).toBe(17);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const expected = new Map(chartPoints('rapid-review-abuse-types').map((p) => [p.label, p.value]));
    expect(new Map(t.map((r) => [r['Primary type of abuse or neglect']!, Number(r['Times recorded'])]))).toEqual(expected);
    expect(new Map(inlineValues('rapid-review-abuse-types').map((v) => [v.category, v.value]))).toEqual(expected);
    // The five types the text of 5.1 names agree with the chart.
    expect(expected.get('Non accidental infant injury - Fractures')).toBe(printed('rapid-reviews-abuse-type-fractures-since'));
    expect(expected.get('Non accidental infant injury - Head trauma')).toBe(printed('rapid-reviews-abuse-type-head-trauma-since'));
    expect(expected.get('Suicide')).toBe(printed('rapid-reviews-abuse-type-suicide-since'));
    expect(expected.get('Neglect - basic needs')).toBe(printed('rapid-reviews-abuse-type-neglect-since'));
    expect(expected.get('Domestic Violence')).toBe(printed('rapid-reviews-abuse-type-domestic-violence-since'));
  });

  it('rapid-review-learning-themes: the 18 themes of the end-of-text chart, the three largest those the text names', () => {
    const t = records(table('rapid-review-learning-themes'));
    expect(t).toHaveLength(18);
    const expected = new Map(chartPoints('rapid-review-learning-themes').map((p) => [p.label, p.value]));
    expect(new Map(t.map((r) => [r['Learning theme']!, Number(r['Times recorded'])]))).toEqual(expected);
    expect(new Map(inlineValues('rapid-review-learning-themes').map((v) => [v.category, v.value]))).toEqual(expected);
    expect(t.map((r) => Number(r['Times recorded'])).reduce((a, b) => a + b, 0)).toBe(53);
    expect(t.slice(0, 3).map((r) => r['Learning theme']).sort()).toEqual(['Non-accidental injury', 'Parental mental health', 'Professionals information sharing']);
  });

  it('rapid-review-activity: counts as printed, under 1s only (38% of 25 is no whole number of children)', () => {
    expectCsvMatchesPanels('rapid-review-activity');
    const id = 'rapid-review-activity';
    expect(bar(id, /2021\/22/, /^Rapid reviews undertaken$/)).toBe(printed('rapid-reviews'));
    expect(bar(id, /2021\/22/, /^Progressed/)).toBe(printed('rapid-reviews-progressed-to-lcspr'));
    expect(bar(id, /2021\/22/, /^Did not/)).toBe(printed('rapid-reviews-not-progressed-to-lcspr'));
    expect(bar(id, /^Rapid reviews and LCSPRs/, /^Rapid reviews undertaken$/)).toBe(printed('rapid-reviews-cumulative'));
    expect(bar(id, /^Rapid reviews and LCSPRs/, /^LCSPRs/)).toBe(printed('rapid-reviews-lcsprs-cumulative'));
    const children = bar(id, /^Children/, /subjects/);
    const under1 = bar(id, /^Children/, /under 1/);
    expect([children, under1]).toEqual([printed('rapid-review-children-cumulative'), printed('rapid-review-children-under-1-cumulative')]);
    expect(panels(id)).toHaveLength(7);
    expect(roundHalfUp(share(under1, children), 0)).toBe(printed('rapid-review-children-under-1-percent-cumulative'));
    expect(countsConsistentWith(printed('rapid-review-children-under-2-percent-cumulative'), children)).toEqual([]);
    expect(spec(id).description).toMatch(/"38%"[^.]*no whole number of 25 children/);
  });
});
