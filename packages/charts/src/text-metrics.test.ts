import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankedBars } from './ranked-bars.js';
import { renderSvg } from './render-svg.js';
import { figureText, svgTexts } from './test-support.js';
import { dejaVuSansWidth, isBoldWeight, vegaTextWidth } from './text-metrics.js';

/** Width resvg gives a text's ink when set in DejaVu Sans (what the PNGs are drawn with). */
function resvgInkWidth(text: string, fontSize: number, bold: boolean): number {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="10" y="60" font-family="DejaVu Sans" ` +
    `font-size="${fontSize}" font-weight="${bold ? 'bold' : 'normal'}">${escaped}</text></svg>`;
  const box = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).getBBox();
  if (box === undefined) throw new Error('resvg drew nothing');
  return box.width;
}

describe('DejaVu Sans text metrics', () => {
  const samples = [
    'Non accidental infant injury - Fractures',
    'Procedures not followed / record keeping',
    'Rapid reviews and LCSPRs, Oct 2019 - Mar 2022',
    '£270,300 (report: ↑ 12%)',
    'MMMMWWWW iiiillll 0123456789',
  ];

  it('agrees with the width resvg draws, within side bearings and kerning', () => {
    for (const text of samples) {
      for (const [size, bold] of [[12, false], [16, true], [13, false]] as const) {
        const ink = resvgInkWidth(text, size, bold);
        const advance = dejaVuSansWidth(text, size, bold);
        // The advance includes the first glyph's left and the last glyph's right side bearing.
        // Never narrower than the ink (layout never clips), wider by at most side bearings + kerning.
        expect(advance).toBeGreaterThanOrEqual(ink - 0.5);
        expect(advance - ink).toBeLessThan(0.02 * ink + 0.2 * size);
      }
    }
  });

  it('is far below vega\'s 0.8 em estimate for ordinary text', () => {
    const text = samples[0]!;
    expect(dejaVuSansWidth(text, 12)).toBeLessThan(0.6 * 0.8 * 12 * text.length + 40);
    expect(dejaVuSansWidth(text, 12, true)).toBeGreaterThan(dejaVuSansWidth(text, 12));
  });

  it('adds up over concatenation and scales with the font size', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 1, max: 40 }), fc.boolean(), (a, b, size, bold) => {
        const whole = dejaVuSansWidth(a + b, size, bold);
        expect(whole).toBeCloseTo(dejaVuSansWidth(a, size, bold) + dejaVuSansWidth(b, size, bold), 9);
        expect(dejaVuSansWidth(a, 2 * size, bold)).toBeCloseTo(2 * dejaVuSansWidth(a, size, bold), 9);
        expect(Number.isFinite(whole) && whole >= 0).toBe(true);
      }),
    );
  });

  it('reads vega text items: default size 11, bold weights, empty text', () => {
    expect(vegaTextWidth({}, 'abc')).toBeCloseTo(dejaVuSansWidth('abc', 11), 9);
    expect(vegaTextWidth({ fontSize: 12, fontWeight: 'bold' }, ' abc ')).toBeCloseTo(dejaVuSansWidth('abc', 12, true), 9);
    expect(vegaTextWidth({ fontSize: 12 }, null)).toBe(0);
    expect(vegaTextWidth({ fontSize: 0 }, 'abc')).toBe(0);
    expect([isBoldWeight('bold'), isBoldWeight(700), isBoldWeight('600'), isBoldWeight('normal'), isBoldWeight(400)]).toEqual([true, true, true, false, false]);
  });

  it('lets renderSvg draw a 40-character axis label in full and size the chart to its text', async () => {
    const label = samples[1]!;
    const figure = rankedBars([{ category: label, value: 3 }, { category: 'Short', value: 1 }], { ...figureText('labels'), valueTitle: 'n', width: 300 });
    const svg = await renderSvg(figure.spec);
    expect(svgTexts(svg)).toContain(label);
    const width = Number(/^<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    // Label column (about 240 px) + 300 px plot + value labels and padding; the 0.8 em estimate gave far more.
    expect(width).toBeLessThan(300 + dejaVuSansWidth(label, 12) + 80);
  });
});
