import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partOfWhole } from './part-of-whole.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';

const rows = [
  { part: 'Police', value: 40 },
  { part: 'Schools', value: 30 },
  { part: 'Health', value: 20 },
  { part: 'Other', value: 3 },
];

describe('partOfWhole', () => {
  it('computes shares of the sum and labels bars with whole percents', async () => {
    const figure = partOfWhole(rows, { ...figureText('sources'), valueTitle: 'Referrals' });
    expect(figure.table.columns).toEqual(['Part', 'Referrals', 'Share']);
    expect(figure.table.rows).toEqual([
      ['Police', 40, 40 / 93],
      ['Schools', 30, 30 / 93],
      ['Health', 20, 20 / 93],
      ['Other', 3, 3 / 93],
    ]);
    const texts = svgTexts(await expectWellFormedFigure(figure));
    // 40/93 = 43.0%, 30/93 = 32.3%, 20/93 = 21.5%, 3/93 = 3.2%
    expect(texts).toEqual(expect.arrayContaining(['43%', '32%', '22%', '3%']));
  });

  it('stacks parts in the given order and leaves segments under 6% unlabelled', async () => {
    const figure = partOfWhole(rows, { ...figureText('sources-stacked'), valueTitle: 'Referrals', layout: 'stacked' });
    const texts = svgTexts(await expectWellFormedFigure(figure));
    expect(texts).toEqual(expect.arrayContaining(['43%', '32%', '22%', 'Police', 'Other']));
    expect(texts).not.toContain('3%');
  });

  it('gives shares that are each value over the total and add to 1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 12 }).filter((v) => v.some((x) => x > 0)), (values) => {
        const input = values.map((value, i) => ({ part: `p${i}`, value }));
        const { table } = partOfWhole(input, { ...figureText('prop'), valueTitle: 'n' });
        const total = values.reduce((a, b) => a + b, 0);
        for (const [part, value, share] of table.rows) {
          expect(share).toBe((value as number) / total);
          expect(input.find((r) => r.part === part)?.value).toBe(value);
        }
        expect(table.rows.reduce((s, r) => s + (r[2] as number), 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('rejects negative values, an all-zero whole and too many parts to stack', () => {
    const opts = { ...figureText('bad'), valueTitle: 'n' };
    expect(() => partOfWhole([{ part: 'a', value: -1 }], opts)).toThrow(/rows\[0\]\.value must not be negative/);
    expect(() => partOfWhole([{ part: 'a', value: 0 }], opts)).toThrow(/must not all be zero/);
    const seven = Array.from({ length: 7 }, (_, i) => ({ part: `p${i}`, value: 1 }));
    expect(() => partOfWhole(seven, { ...opts, layout: 'stacked' })).toThrow(/palette/);
    expect(partOfWhole(seven, opts).table.rows).toHaveLength(7);
  });
});
