import { describe, expect, it } from 'vitest';
import { smallMultiples } from './small-multiples.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';

describe('smallMultiples', () => {
  const rows = [
    { group: 'Under 1', category: 'Male', value: 10 },
    { group: 'Under 1', category: 'Female', value: 12 },
    { group: '1-4', category: 'Male', value: 30 },
    { group: '1-4', category: 'Female', value: 25 },
    { group: '5-9', category: 'Female', value: 38 },
  ];

  it('draws one panel per group, in first-appearance order, on one value scale', async () => {
    const figure = smallMultiples(rows, { ...figureText('by-age'), valueTitle: 'Children', columns: 2 });
    const spec = figure.spec as unknown as { facet: { sort: string[] }; columns: number };
    expect(spec.facet.sort).toEqual(['Under 1', '1-4', '5-9']);
    expect(spec.columns).toBe(2);
    const texts = svgTexts(await expectWellFormedFigure(figure));
    expect(texts).toEqual(expect.arrayContaining(['Under 1', '1-4', '5-9', '10', '12', '30', '25', '38']));
    expect(figure.table).toEqual({ columns: ['Group', 'Category', 'Children'], rows: rows.map((r) => [r.group, r.category, r.value]) });
  });

  it('rejects a repeated (group, category) pair and a bad column count', () => {
    const opts = { ...figureText('bad'), valueTitle: 'n' };
    expect(() => smallMultiples([...rows, { group: '1-4', category: 'Male', value: 1 }], opts)).toThrow(/rows\[5\] repeats/);
    expect(() => smallMultiples(rows, { ...opts, columns: 0 })).toThrow(/options\.columns/);
  });
});
