// Checks the committed figure of the child-deaths notebook (docs/figures/child-deaths.csv and the
// inline data of its .vl.json) against the East Sussex dataset, recomputed through @scpkit/core.
// Run the notebook (scpkit reproduce --only child-deaths) to refresh it.
import { describe, expect, it } from 'vitest';
import { childDeathRate, denominatorsConsistentWith, modifiableFactorsShare, reportLookup } from '@scpkit/core';
import { loadDataset } from '@scpkit/core/node';
import { expectFigureFiles, records, repoRoot, spec, table } from './figure-files.test-support.js';

const report = reportLookup(loadDataset(`${repoRoot}datasets/east-sussex/2021-22`));
const NOTEBOOK = 'child-deaths';
const OWNED = ['child-deaths'];

/** The value of a lookup, or the test fails with its reason. */
function valueOf<T>(lookup: { found: true; value: T } | { found: false; reason: string }): T {
  if (!lookup.found) throw new Error(lookup.reason);
  return lookup.value;
}

describe('figures of the child-deaths notebook', () => {
  it.each(OWNED)('%s has its four files, written by notebooks/child-deaths.ipynb', (id) => expectFigureFiles(id, 'child-deaths'));

  it('child-deaths: rate with CI from 17 / 106,575, printed category shares, modifiable factors for the derived denominators', () => {
    const t = records(table('child-deaths'));
    const [rateRow] = t.filter((x) => x.Panel?.startsWith('Child deaths per 100,000'));
    const deaths = valueOf(report.value('cdop-deaths', { area: null }));
    const population = valueOf(report.contextValue('children-aged-0-17')).value;
    expect([deaths, population]).toEqual([17, 106575]);
    const rate = childDeathRate(deaths, population);
    const rateTitle = 'Deaths per 100,000 children aged 0-17';
    expect(Number(rateRow?.[rateTitle])).toBeCloseTo(rate.value, 10);
    expect(Number(rateRow?.['Lower 95% limit'])).toBeCloseTo(rate.lower, 10);
    expect(Number(rateRow?.['Upper 95% limit'])).toBeCloseTo(rate.upper, 10);
    expect(rate.value.toFixed(2)).toBe('15.95');
    // The wider CDOP area's row (54 deaths) is not the partnership's and is not charted.
    expect(report.figures('cdop-deaths').map((f) => [f.area, f.value])).toEqual([['Sussex', 54], [null, 17]]);
    const categories = t.filter((x) => x.Panel?.startsWith('Largest categories of death'));
    expect(categories.map((x) => Number(x['% of reviews (printed)']))).toEqual([
      valueOf(report.value('cdop-perinatal-neonatal-percent')),
      valueOf(report.value('cdop-chromosomal-genetic-congenital-percent')),
    ]);
    expect(categories.map((x) => x['Lower 95% limit'])).toEqual(['[z]', '[z]']);
    const modifiable = t.filter((x) => x.Panel?.startsWith('Reviewed deaths with modifiable factors'));
    const withFactors = valueOf(report.value('cdop-modifiable-factors-deaths'));
    const { previous, current } = valueOf(report.pair('cdop-modifiable-factors-percent'));
    expect([previous.period, current.period]).toEqual(['2019/20', '2020/21']);
    const denominators = denominatorsConsistentWith(withFactors, current.value);
    expect(denominators).toEqual([79, 80]);
    expect(modifiable).toHaveLength(denominators.length);
    denominators.forEach((n, i) => {
      const share = modifiableFactorsShare(withFactors, n, { multiplier: 100 });
      const row = modifiable[i];
      expect(row?.['Year and derived number of reviews']).toContain(`${withFactors} of ${n} reviews (derived)`);
      expect(Number(row?.['% of reviewed deaths with modifiable factors'])).toBeCloseTo(share.value, 10);
      expect(Number(row?.['Lower 95% limit'])).toBeCloseTo(share.lower, 10);
      expect(Number(row?.['Upper 95% limit'])).toBeCloseTo(share.upper, 10);
    });
    // The previous year's 45% is a reference line (no count, no interval), not a row.
    expect(JSON.stringify(spec('child-deaths'))).toContain(`"value":${previous.value}`);
    expect((spec('child-deaths').vconcat as unknown[]).length).toBe(3);
  });
});
