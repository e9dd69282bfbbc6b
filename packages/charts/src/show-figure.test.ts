import { afterEach, describe, expect, it } from 'vitest';
import type { DisplayData } from './display.js';
import { DisplayUnavailableError } from './errors.js';
import { rankedBars } from './ranked-bars.js';
import { renderSvg } from './render-svg.js';
import { showFigure, VEGA_LITE_MIME } from './show-figure.js';
import { showTable } from './show-table.js';
import { figureText, tslabJupyter } from './test-support.js';

const figure = rankedBars([{ category: 'Police', value: 412 }], { ...figureText('shown'), valueTitle: 'Referrals' });

afterEach(() => {
  tslabJupyter.lastWriteDisplayData = null;
});

describe('showFigure', () => {
  it('throws DisplayUnavailableError outside a notebook', async () => {
    tslabJupyter.lastWriteDisplayData = null;
    await expect(showFigure(figure)).rejects.toThrow(DisplayUnavailableError);
    await expect(showFigure(figure)).rejects.toThrow(/showFigure: no notebook display is active/);
  });

  it('emits ONE display output with the Vega-Lite spec, the SVG and a text line', async () => {
    const outputs: [DisplayData, boolean][] = [];
    tslabJupyter.lastWriteDisplayData = (d, update) => outputs.push([d, update]);
    await showFigure(figure);
    expect(outputs).toHaveLength(1);
    const [data, update] = outputs[0]!;
    expect(update).toBe(false);
    expect(Object.keys(data.data).sort()).toEqual([VEGA_LITE_MIME, 'image/svg+xml', 'text/plain'].sort());
    expect(VEGA_LITE_MIME).toBe('application/vnd.vegalite.v5+json');
    expect(data.data[VEGA_LITE_MIME]).toEqual(figure.spec);
    expect(data.data['image/svg+xml']).toBe(await renderSvg(figure.spec));
    expect(data.data['text/plain']).toBe('Figure shown: Title of shown');
  });
});

describe('showTable', () => {
  it('emits an HTML table with the CSV as plain text', () => {
    const outputs: DisplayData[] = [];
    tslabJupyter.lastWriteDisplayData = (d) => outputs.push(d);
    showTable(figure.table, 'Referrals by source');
    expect(outputs).toHaveLength(1);
    expect(outputs[0]!.data['text/html']).toContain('<caption>Referrals by source</caption>');
    expect(outputs[0]!.data['text/plain']).toBe('Category,Referrals\nPolice,412\n');
  });
});
