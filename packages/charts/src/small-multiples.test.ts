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

  it('with independent scales, each panel shows only its own categories on its own value axis', async () => {
    const mixed = [
      { group: 'Courses (number)', category: 'Courses', value: 61 },
      { group: 'Courses (number)', category: 'Participants', value: 869 },
      { group: 'Ratings (%)', category: 'Excellent', value: 63 },
      { group: 'Ratings (%)', category: 'Good', value: 35 },
    ];
    const figure = smallMultiples(mixed, { ...figureText('mixed-units'), valueTitle: 'Number or %', columns: 1, scales: 'independent' });
    const spec = figure.spec as unknown as { resolve: unknown; concat: { title: { text: string } }[] };
    expect(spec.resolve).toEqual({ scale: { x: 'independent', y: 'independent' } });
    expect(spec.concat.map((view) => view.title.text)).toEqual(['Courses (number)', 'Ratings (%)']);
    const texts = svgTexts(await expectWellFormedFigure(figure));
    // Each category label is drawn once (its own panel only), each panel has its own axis title.
    for (const category of ['Courses', 'Participants', 'Excellent', 'Good']) expect(texts.filter((t) => t === category)).toHaveLength(1);
    expect(texts.filter((t) => t === 'Number or %')).toHaveLength(2);
    const reused = smallMultiples(
      [
        { group: 'Year', category: 'Increased', value: 8 },
        { group: 'Year', category: 'Decreased', value: 20 },
        { group: 'Last months', category: 'Decreased', value: 11 },
        { group: 'Last months', category: 'Increased', value: 1 },
      ],
      { ...figureText('order'), valueTitle: 'n', scales: 'independent' },
    ).spec as unknown as { concat: { encoding: { y: { sort: string[] } } }[] };
    expect(reused.concat.map((view) => view.encoding.y.sort)).toEqual([['Increased', 'Decreased'], ['Decreased', 'Increased']]);
    const shared = svgTexts(await expectWellFormedFigure(smallMultiples(mixed, { ...figureText('shared-units'), valueTitle: 'n', columns: 1 })));
    expect(shared.filter((t) => t === 'Courses')).toHaveLength(2);
  });

  it('rejects a repeated (group, category) pair and a bad column count', () => {
    const opts = { ...figureText('bad'), valueTitle: 'n' };
    expect(() => smallMultiples([...rows, { group: '1-4', category: 'Male', value: 1 }], opts)).toThrow(/rows\[5\] repeats/);
    expect(() => smallMultiples(rows, { ...opts, columns: 0 })).toThrow(/options\.columns/);
    expect(() => smallMultiples(rows, { ...opts, scales: 'free' as never })).toThrow(/options\.scales/);
  });
});
