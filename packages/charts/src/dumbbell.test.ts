import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { dumbbell } from './dumbbell.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';

const options = { ...figureText('year-on-year'), previousLabel: '2020/21', currentLabel: '2021/22', valueTitle: 'Count', valueFormat: ',.0f' };

describe('dumbbell', () => {
  it('labels each item with its computed change and, beside it, what the report printed', async () => {
    const figure = dumbbell(
      [
        { item: 'Referrals', previous: 5200, current: 5824, change: 0.12, printed: '↑ 12%' },
        { item: 'Assessments', previous: 3100, current: 2900 },
      ],
      options,
    );
    const texts = svgTexts(await expectWellFormedFigure(figure));
    expect(texts).toContain('+12% (report: ↑ 12%)');
    // Without a computed change the label is the signed difference (d3-format prints U+2212 minus).
    expect(texts).toContain('\u2212200');
    expect(texts).toEqual(expect.arrayContaining(['2020/21', '2021/22']));
    expect(figure.table).toEqual({
      columns: ['Item', '2020/21', '2021/22', 'Difference', 'Change (computed)', 'Change (report)'],
      rows: [
        ['Referrals', 5200, 5824, 624, 0.12, '↑ 12%'],
        ['Assessments', 3100, 2900, -200, '[x]', '[x]'],
      ],
    });
  });

  it('omits the change columns when no row has them, and shows a + on increases', async () => {
    const figure = dumbbell([{ item: 'Plans', previous: 420, current: 512 }], options);
    expect(figure.table.columns).toEqual(['Item', '2020/21', '2021/22', 'Difference']);
    expect(svgTexts(await expectWellFormedFigure(figure))).toContain('+92');
  });

  it('rejects equal period labels, non-finite values and repeated items', () => {
    expect(() => dumbbell([{ item: 'a', previous: 1, current: 2 }], { ...options, currentLabel: '2020/21' })).toThrow(InvalidInputError);
    expect(() => dumbbell([{ item: 'a', previous: 1, current: Number.POSITIVE_INFINITY }], options)).toThrow(/rows\[0\]\.current/);
    expect(() => dumbbell([{ item: 'a', previous: 1, current: 2, change: Number.NaN }], options)).toThrow(/rows\[0\]\.change/);
    expect(() =>
      dumbbell(
        [
          { item: 'a', previous: 1, current: 2 },
          { item: 'a', previous: 1, current: 2 },
        ],
        options,
      ),
    ).toThrow(/rows\.item\[1\]/);
  });
});
