import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { rankedBars } from './ranked-bars.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';

const rows = [
  { category: 'Police', value: 412 },
  { category: 'Schools', value: 380 },
  { category: 'Health', value: 1205 },
  { category: 'Self / family', value: 99 },
];

describe('rankedBars', () => {
  it('sorts bars largest first, labels them and tabulates the same order', async () => {
    const figure = rankedBars(rows, { ...figureText('referrals-by-source'), valueTitle: 'Referrals', valueFormat: ',.0f' });
    expect(figure.table).toEqual({
      columns: ['Category', 'Referrals'],
      rows: [
        ['Health', 1205],
        ['Police', 412],
        ['Schools', 380],
        ['Self / family', 99],
      ],
    });
    const svg = await expectWellFormedFigure(figure);
    const texts = svgTexts(svg);
    for (const label of ['1,205', '412', '380', '99', 'Health', 'Self / family', 'Referrals']) expect(texts).toContain(label);
    // Category axis labels appear top to bottom in ranked order.
    const order = ['Health', 'Police', 'Schools', 'Self / family'].map((c) => texts.indexOf(c));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('sorts ascending on request and breaks ties by category name', () => {
    const figure = rankedBars(
      [
        { category: 'b', value: 1 },
        { category: 'a', value: 1 },
        { category: 'c', value: 0 },
      ],
      { ...figureText('ties'), valueTitle: 'n', order: 'ascending' },
    );
    expect(figure.table.rows.map((r) => r[0])).toEqual(['c', 'a', 'b']);
  });

  it('keeps every row and orders values monotonically (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ category: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }) }), {
          minLength: 1,
          maxLength: 20,
          selector: (r) => r.category,
        }),
        (input) => {
          const { table } = rankedBars(input, { ...figureText('prop'), valueTitle: 'v' });
          expect(table.rows).toHaveLength(input.length);
          const values = table.rows.map((r) => r[1] as number);
          for (let i = 1; i < values.length; i++) expect(values[i - 1]! >= values[i]!).toBe(true);
          expect(new Set(table.rows.map((r) => r[0]))).toEqual(new Set(input.map((r) => r.category)));
        },
      ),
    );
  });

  it('rejects bad input with a typed error naming the argument', () => {
    const opts = { ...figureText('bad'), valueTitle: 'v' };
    expect(() => rankedBars([], opts)).toThrow(InvalidInputError);
    expect(() => rankedBars([{ category: 'a', value: Number.NaN }], opts)).toThrow(/rows\[0\]\.value must be a finite number \(got NaN\)/);
    expect(() => rankedBars([{ category: 'a', value: 1 }, { category: 'a', value: 2 }], opts)).toThrow(/rows\.category\[1\]/);
    expect(() => rankedBars([{ category: 'a', value: 1 }], { ...opts, id: 'Not Kebab' })).toThrow(/options\.id/);
    expect(() => rankedBars([{ category: 'a', value: 1 }], { ...opts, description: ' ' })).toThrow(/options\.description/);
  });
});
