import { describe, expect, it } from 'vitest';
import { intervalPlot } from './interval-plot.js';
import { expectWellFormedFigure, figureText, svgTexts } from './test-support.js';

describe('intervalPlot', () => {
  const rows = [
    { label: 'Area A', estimate: 45.2, lower: 40.1, upper: 50.6 },
    { label: 'Region', estimate: 41.0, lower: 40.2, upper: 41.8 },
  ];

  it('draws estimates with their limits and a labelled reference line', async () => {
    const figure = intervalPlot(rows, { ...figureText('rates'), valueTitle: 'Rate per 10,000', reference: { value: 42.1, label: 'England' } });
    const texts = svgTexts(await expectWellFormedFigure(figure));
    expect(texts).toEqual(expect.arrayContaining(['Area A', 'Region', 'England', 'Rate per 10,000']));
    expect(figure.table).toEqual({
      columns: ['Item', 'Rate per 10,000', 'Lower 95% limit', 'Upper 95% limit'],
      rows: [
        ['Area A', 45.2, 40.1, 50.6],
        ['Region', 41, 40.2, 41.8],
      ],
    });
  });

  it('names the confidence level in the table and rejects an estimate outside its interval', () => {
    const figure = intervalPlot(rows, { ...figureText('rates'), valueTitle: 'Rate', level: 0.998 });
    expect(figure.table.columns).toEqual(['Item', 'Rate', 'Lower 99.8% limit', 'Upper 99.8% limit']);
    expect(() => intervalPlot([{ label: 'x', estimate: 5, lower: 6, upper: 7 }], { ...figureText('bad'), valueTitle: 'v' })).toThrow(
      /rows\[0\] must satisfy lower <= estimate <= upper/,
    );
    expect(() => intervalPlot(rows, { ...figureText('bad'), valueTitle: 'v', level: 1 })).toThrow(/options\.level/);
  });
});
