// Checks the committed figures of the impact-projects notebook (docs/figures/<id>.csv and the inline
// data of <id>.vl.json) against the East Sussex dataset, recomputed through @scpkit/core.
// Run the notebook (scpkit reproduce --only impact-projects) to refresh them.
import { describe, expect, it } from 'vitest';
import { countsConsistentWith, percentChange, proportionWithCI, reportLookup, roundHalfUp, type FigureOptions, changeShown } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { bar, expectCsvMatchesPanels, expectFigureFiles, inlineValues, panels, records, repoRoot, spec, table } from './figure-files.test-support.js';

const report = reportLookup(loadDataset(`${repoRoot}datasets/east-sussex/2021-22`));
const NOTEBOOK = 'impact-projects';
const OWNED = ['home-safety-referrals', 'icon-week-engagement', 'accident-prevention-training', 'home-safety-social-media'];

/** The printed value of a measure (one row). */
function printed(id: string, options?: FigureOptions): number {
  const v = report.value(id, options);
  if (!v.found) throw new Error(v.reason);
  return v.value;
}

describe('figures of the impact-projects notebook', () => {
  it.each(OWNED)('%s has its four files, written by notebooks/impact-projects.ipynb', (id) => expectFigureFiles(id, NOTEBOOK));


  it('home-safety-referrals: 303, 194, 302 with the changes computed by percentChange', () => {
    const rows = report.figures('home-safety-referrals');
    expect(rows.map((r) => r.period)).toEqual(['2019/20', '2020/21', 'end of 2021/22']);
    const [y1, y2, y3] = rows.map((r) => r.value);
    expect([y1, y2, y3]).toEqual([303, 194, 302]);
    const expected = [[y1, y2], [y2, y3], [y1, y3]].map(([a, b]) => [a!, b!, b! - a!, changeShown(a!, b!, 'count').kind === 'percent' ? percentChange(a!, b!) : Number.NaN]);
    const t = records(table('home-safety-referrals'));
    expect(t.map((r) => [Number(r['Earlier year']), Number(r['Later year']), Number(r.Difference), Number(r['Change (%)'])])).toEqual(expected);
    expect(inlineValues('home-safety-referrals').map((v) => [v.previous, v.current, v.difference, v.change])).toEqual(expected.map(([a, b, d, p]) => [a, b, d, Number.isNaN(p!) ? null : p! / 100]));
    expect(roundHalfUp(percentChange(y1!, y2!), 1)).toBe(-36);
    expect(roundHalfUp(percentChange(y2!, y3!), 1)).toBe(55.7);
    // The report's words, read by the notebook from the sentences of source.txt.
    expect(t.map((r) => r['Change (report)'])).toEqual(['reduction', 'risen', 'pre pandemic levels']);
  });

  it('icon-week-engagement: the printed increases, both ends of the downloads range in one row', () => {
    const rows = records(table('icon-week-engagement'));
    const t = new Map(rows.map((r) => [r.Measure!, Number(r['Increase during ICON week (%)'])]));
    expect(t).toEqual(
      new Map([
        ['Facebook page visits', printed('under-5s-icon-week-facebook-visits-change')],
        ["Parent's advice page traffic", printed('under-5s-icon-week-parent-advice-page-change')],
        ['Resource downloads (a range)', printed('under-5s-icon-week-resource-downloads-change-low')],
        ['Twitter engagement', printed('under-5s-icon-week-twitter-engagement-change')],
      ]),
    );
    // The range is one bar: its bottom in the value column, its top beside it.
    expect(Number(rows.find((r) => r.Measure === 'Resource downloads (a range)')?.['Increase during ICON week (%): top of range'])).toBe(printed('under-5s-icon-week-resource-downloads-change-high'));
    expect(new Map(inlineValues('icon-week-engagement').map((v) => [v.category, v.value]))).toEqual(t);
  });

  it('accident-prevention-training: self-rating 2.8 to 4.1, 97%, and HALO 82% of n = 132 (only 108 people)', () => {
    expectCsvMatchesPanels('accident-prevention-training');
    const id = 'accident-prevention-training';
    expect(bar(id, /scale 1-5/, /^Before/)).toBe(printed('home-safety-capt-knowledge-score-pre-course'));
    expect(bar(id, /scale 1-5/, /^After/)).toBe(printed('home-safety-capt-knowledge-score-post-course'));
    expect(bar(id, /%/, /^CAPT/)).toBe(printed('home-safety-capt-more-able-percent'));
    const n = printed('home-safety-halo-post-course-questionnaires');
    const halo = bar(id, /%/, new RegExp(`^HALO.*n = ${n}\\)$`));
    expect(halo).toBe(printed('home-safety-halo-confident-participants-percent'));
    const consistent = countsConsistentWith(halo, n);
    expect(consistent).toEqual([108]);
    const ci = proportionWithCI(108, n, { multiplier: 100 });
    expect(spec(id).description).toContain(`only be 108 people (95% interval ${Math.round(ci.lower)}% to ${Math.round(ci.upper)}%)`);
  });

  it('home-safety-social-media: the eight printed figures of the toolkit', () => {
    expectCsvMatchesPanels('home-safety-social-media');
    for (const metric of ['posts', 'reach', 'reactions', 'shares']) {
      const group = new RegExp(`^${metric}$`, 'i');
      expect(bar('home-safety-social-media', group, /corporate page/)).toBe(printed(`home-safety-social-media-${metric}-corporate-page`));
      expect(bar('home-safety-social-media', group, /children's services/)).toBe(printed(`home-safety-social-media-${metric}-childrens-services`));
    }
    expect(panels('home-safety-social-media')).toHaveLength(8);
  });
});
