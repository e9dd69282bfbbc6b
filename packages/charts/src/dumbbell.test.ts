import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { dumbbell } from './dumbbell.js';
import { lintFigure } from './lint/lint-figure.js';
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

  it('draws a missing value as no point, says so in the label and writes [x], never 0', async () => {
    const figure = dumbbell(
      [
        { item: 'Probation', previous: 1434, current: null, printed: 'Not yet advised' },
        { item: 'Police', previous: 35000, current: 35000 },
      ],
      { ...options, previousLabel: '2021/22 actual', currentLabel: '2022/23 projected' },
    );
    const svg = await expectWellFormedFigure(figure);
    expect(svgTexts(svg)).toContain('no 2022/23 projected figure (report: Not yet advised)');
    expect(figure.table.rows[0]).toEqual(['Probation', 1434, '[x]', '[x]', 'Not yet advised']);
    // Three points are drawn (Probation 2021/22, Police twice), not four: no point at 0 for the missing value.
    const points = [...svg.matchAll(/aria-label="value: ([^;]*); item: ([^;]*);[^"]*" role="graphics-symbol" aria-roledescription="point"/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(points).toEqual(['Probation 1434', 'Police 35000', 'Police 35000']);
    const spec = figure.spec as unknown as { data: { values: { current: number | null }[] } };
    expect(spec.data.values[0]?.current).toBeNull();
  });

  it('highlights flagged rows in bold dark pink and records the flag in the table', async () => {
    const figure = dumbbell(
      [
        { item: 'Referrals', previous: 3811, current: 4169, change: 0.0939, printed: '↑ 10%', highlight: true },
        { item: 'Contacts', previous: 13218, current: 17011, change: 0.287, printed: '↑ 29%', highlight: false },
      ],
      { ...options, changeFormat: '+.1%', highlightTitle: 'Report disagrees' },
    );
    const svg = await expectWellFormedFigure(figure);
    const bold = [...svg.matchAll(/<text[^>]*font-weight="bold"[^>]*fill="#801650"[^>]*>([^<]*)<\/text>|<text[^>]*fill="#801650"[^>]*font-weight="bold"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? m[2]);
    expect(bold).toEqual(['+9.4% (report: ↑ 10%)']);
    expect(svgTexts(svg)).toContain('+28.7% (report: ↑ 29%)');
    expect(figure.table.columns.at(-1)).toBe('Report disagrees');
    expect(figure.table.rows.map((r) => r.at(-1))).toEqual(['yes', 'no']);
  });

  it('draws a log scale on request and refuses values it cannot place on it', async () => {
    const figure = dumbbell(
      [
        { item: 'Small', previous: 9, current: 5 },
        { item: 'Large', previous: 17452, current: 19383 },
      ],
      { ...options, valueScale: 'log' },
    );
    await expectWellFormedFigure(figure);
    expect(JSON.stringify(figure.spec)).toContain('"type":"log"');
    expect(() => dumbbell([{ item: 'a', previous: 0, current: 2 }], { ...options, valueScale: 'log' })).toThrow(/rows\[0\]\.previous.*positive/);
    expect(() => dumbbell([{ item: 'a', previous: 1, current: 2 }], { ...options, valueScale: 'sqrt' as never })).toThrow(/options\.valueScale/);
  });

  it('rejects a row with no value at all, a change beside a missing value, and a non-boolean flag', () => {
    expect(() => dumbbell([{ item: 'a', previous: null, current: null }], options)).toThrow(/rows\[0\].*neither/);
    expect(() => dumbbell([{ item: 'a', previous: null, current: 2, change: 0.1 }], options)).toThrow(/rows\[0\]\.change/);
    expect(() => dumbbell([{ item: 'a', previous: 1, current: 2, highlight: 'yes' as never }], options)).toThrow(/rows\[0\]\.highlight/);
  });

  it('with changeUnit, labels by the small-base rule, says so, splits groups into panels and passes the lint', async () => {
    // Appendix 9.C lines: Training Income £10,613 -> £7,500; IT Software & Hardware £64 -> £1,500; Sussex Police unchanged.
    const figure = dumbbell(
      [
        { item: 'Sussex Police', previous: 35_000, current: 35_000, group: 'Income' },
        { item: 'Training Income', previous: 10_613, current: 7_500, group: 'Income' },
        { item: 'IT Software & Hardware', previous: 64, current: 1_500, group: 'Expenditure' },
      ],
      { ...options, valueTitle: 'Amount (£)', valueFormat: '$,.0f', changeUnit: 'GBP', subtitle: 'Appendix 9.C' },
    );
    const texts = svgTexts(await expectWellFormedFigure(figure));
    expect(texts).toEqual(expect.arrayContaining(['no change', '-29%', '+£1,436', 'Income', 'Expenditure']));
    expect(texts.some((t) => /\+0%|2244/.test(t))).toBe(false);
    const spec = figure.spec as unknown as { title: { subtitle: string }; usermeta: { scpkit: { percentChanges: unknown[] } } };
    expect(spec.title.subtitle).toBe('Appendix 9.C; changes from a base under £1,000 are shown in pounds, not as a percentage');
    expect(spec.usermeta.scpkit.percentChanges).toEqual([{ item: 'Training Income', base: 10_613, unit: 'GBP' }]);
    expect(figure.table.columns).toEqual(['Item', 'Group', '2020/21', '2021/22', 'Difference', 'Change (%)', 'Change shown']);
    expect(figure.table.rows[2]).toEqual(['IT Software & Hardware', 'Expenditure', 64, 1_500, 1_436, '[z]', '+£1,436']);
    expect(await lintFigure(figure)).toEqual([]);
  });
});
