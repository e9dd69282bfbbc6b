// Checks the committed figures of the assurance notebook (docs/figures/<id>.csv and the inline
// data of <id>.vl.json) against the East Sussex dataset, recomputed through @scpkit/core.
// Run the notebook (scpkit reproduce --only assurance) to refresh them.
import { describe, expect, it } from 'vitest';
import { percentChange, reportLookup } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { expectFigureFiles, repoRoot, spec, table } from './figure-files.test-support.js';

const report = reportLookup(loadDataset(`${repoRoot}datasets/east-sussex/2021-22`));
const NOTEBOOK = 'assurance';
const OWNED = ['gp-late-reports'];

describe('figures of the assurance notebook', () => {
  it.each(OWNED)('%s has its four files, written by notebooks/assurance.ipynb', (id) => expectFigureFiles(id, NOTEBOOK));


  it('gp-late-reports: 19 in Q1 2020/21 against 7 in Q2 2021/22, with the caveat that the quarters differ', () => {
    const late = report.pair('assurance-late-gp-reports');
    if (!late.found) throw new Error(late.reason);
    expect([late.value.previous.period, late.value.current.period]).toEqual(['Q1 2020/21', 'Q2 2021/22']);
    const [before, after] = [late.value.previous.value, late.value.current.value];
    expect([before, after]).toEqual([19, 7]);
    const t = table('gp-late-reports');
    expect(t.columns.slice(1, 3)).toEqual(['Q1 2020/21', 'Q2 2021/22']);
    expect(t.rows.map((r) => [Number(r[1]), Number(r[2]), Number(r[3]), Number(r[4])])).toEqual([[before, after, after - before, percentChange(before, after)]]); // Change (%), x100, from changeShown's rule
    expect(spec('gp-late-reports').description).toMatch(/different quarters of different years/);
  });
});
