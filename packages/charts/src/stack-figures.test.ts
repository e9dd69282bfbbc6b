import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { intervalPlot } from './interval-plot.js';
import { rankedBars } from './ranked-bars.js';
import { stackFigures } from './stack-figures.js';
import { renderSvg } from './render-svg.js';
import { compileWithLog, escapeXml, figureText, svgTexts } from './test-support.js';

const rate = intervalPlot([{ label: 'Area', estimate: 15.95, lower: 9.29, upper: 25.54 }], {
  id: 'rate-panel',
  title: 'Rate per 100,000',
  subtitle: 'With its 95% confidence interval',
  description: 'Rate panel.',
  valueTitle: 'Rate per 100,000',
});
const shares = rankedBars(
  [
    { category: 'Perinatal', value: 38 },
    { category: 'Congenital', value: 15 },
  ],
  { id: 'shares-panel', title: 'Printed shares (%)', description: 'Shares panel.', valueTitle: 'Share (%)' },
);

describe('stackFigures', () => {
  it('stacks panels with their own titles under the figure title and alt text', async () => {
    const figure = stackFigures([rate, shares], { ...figureText('stacked'), subtitle: 'Two panels' });
    const spec = figure.spec as unknown as { vconcat: Record<string, unknown>[]; config: unknown };
    expect(spec.vconcat).toHaveLength(2);
    // Panels carry no schema, theme or alt text of their own; the stack has them once.
    for (const panel of spec.vconcat) {
      expect(panel).not.toHaveProperty('$schema');
      expect(panel).not.toHaveProperty('config');
      expect(panel).not.toHaveProperty('description');
    }
    expect(spec.vconcat[0]?.title).toEqual({ text: 'Rate per 100,000', subtitle: 'With its 95% confidence interval', fontSize: 14, anchor: 'start', frame: 'group' });
    // The panels hold the data (each its own data.values), so the single-view check of inline data does not apply.
    expect(compileWithLog(figure.spec).warnings).toEqual([]);
    const svg = await renderSvg(figure.spec);
    expect(svg).toContain(`<title>${escapeXml(figure.title)}</title><desc>${escapeXml(figure.description)}</desc>`);
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['Title of stacked', 'Two panels', 'Rate per 100,000', 'Printed shares (%)', 'Perinatal', '38']));
  });

  it('joins the panel tables under the union of their columns, [z] where a panel has no such column', () => {
    const figure = stackFigures([rate, shares], figureText('stacked'));
    expect(figure.table).toEqual({
      columns: ['Panel', 'Item', 'Rate per 100,000', 'Lower 95% limit', 'Upper 95% limit', 'Category', 'Share (%)'],
      rows: [
        ['Rate per 100,000', 'Area', 15.95, 9.29, 25.54, '[z]', '[z]'],
        ['Printed shares (%)', '[z]', '[z]', '[z]', '[z]', 'Perinatal', 38],
        ['Printed shares (%)', '[z]', '[z]', '[z]', '[z]', 'Congenital', 15],
      ],
    });
  });

  it('a single panel gives a table with the panel column first', () => {
    const one = stackFigures([shares], figureText('single'));
    expect(one.table.rows.every((r) => r.length === one.table.columns.length)).toBe(true);
    expect(one.table.rows.map((r) => r[0])).toEqual(['Printed shares (%)', 'Printed shares (%)']);
  });

  it('rejects no figures, repeated panel titles, a clashing panel column and bad spacing', () => {
    expect(() => stackFigures([], figureText('x'))).toThrow(InvalidInputError);
    expect(() => stackFigures([shares, { ...shares, id: 'other' }], figureText('x'))).toThrow(/figures\.title\[1\]/);
    expect(() => stackFigures([rate, shares], { ...figureText('x'), panelTitle: 'Item' })).toThrow(/options\.panelTitle/);
    expect(() => stackFigures([rate, shares], { ...figureText('x'), spacing: -1 })).toThrow(/options\.spacing/);
    expect(() => stackFigures([{ ...rate, description: '' }], figureText('x'))).toThrow(/figure\.description/);
  });
});
