import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { ChartRenderError } from './errors.js';
import { rankedBars } from './ranked-bars.js';
import { renderSvg } from './render-svg.js';
import { figureText } from './test-support.js';

/** A spec whose marks are clipped, so vega's SVG defines a clip path with a counter-based id. */
const clipped = (n: number): TopLevelSpec => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
  data: { values: [{ x: 'a', y: n }] },
  mark: { type: 'bar', clip: true },
  encoding: { x: { field: 'x', type: 'nominal' }, y: { field: 'y', type: 'quantitative', scale: { domain: [0, 1] } } },
});

describe('renderSvg', () => {
  it('gives the same bytes for the same spec, whatever was rendered before', async () => {
    const first = await renderSvg(clipped(5));
    expect(first).toMatch(/<clipPath id="clip1">/);
    await renderSvg(clipped(7));
    await renderSvg(clipped(9));
    expect(await renderSvg(clipped(5))).toBe(first);
  });

  it('contains no random ids or timestamps', async () => {
    const svg = await renderSvg(rankedBars([{ category: 'a', value: 1 }], { ...figureText('plain'), valueTitle: 'v' }).spec);
    const ids = [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    for (const id of ids) expect(id).toMatch(/^(clip|gradient_)\d+$/);
    expect(svg).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('puts the title and alt text first, XML-escaped', async () => {
    const figure = rankedBars([{ category: 'a', value: 1 }], { ...figureText('esc'), title: 'Cases < 5 & more', description: 'Alt <text> & "quotes"', valueTitle: 'v' });
    const svg = await renderSvg(figure.spec);
    expect(svg).toMatch(/^<svg [^>]*><title>Cases &lt; 5 &amp; more<\/title><desc>Alt &lt;text&gt; &amp; "quotes"<\/desc>/);
  });

  it('throws ChartRenderError naming the chart when the spec does not compile', async () => {
    const bad = { title: 'Broken chart', data: { values: [] }, mark: 'no-such-mark' } as unknown as TopLevelSpec;
    await expect(renderSvg(bad)).rejects.toThrow(ChartRenderError);
    await expect(renderSvg(bad)).rejects.toThrow(/"Broken chart"/);
  });
});
