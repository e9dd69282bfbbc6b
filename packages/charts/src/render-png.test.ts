import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@scpkit/core';
import { rankedBars } from './ranked-bars.js';
import { renderPng } from './render-png.js';
import { renderSvg } from './render-svg.js';
import { figureText } from './test-support.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) }; // IHDR follows the 8-byte signature
};
const svgSize = (svg: string) => {
  const m = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
};

describe('renderPng', () => {
  const spec = rankedBars(
    [
      { category: 'Police', value: 412 },
      { category: 'Health', value: 1205 },
    ],
    { ...figureText('png'), valueTitle: 'Referrals' },
  ).spec;

  it('rasterises at twice the SVG size by default, and at the requested scale', async () => {
    const svg = svgSize(await renderSvg(spec));
    const png = await renderPng(spec);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    expect(pngSize(await renderPng(spec, { scale: 1 }))).toEqual(svg);
  });

  it('is deterministic and draws text (a chart without its labels gives other bytes)', async () => {
    const a = await renderPng(spec);
    expect(Buffer.from(await renderPng(spec)).equals(Buffer.from(a))).toBe(true);
    const unlabelled = { ...spec, config: { ...(spec as { config: object }).config, text: { opacity: 0 } } };
    expect(Buffer.from(await renderPng(unlabelled as typeof spec)).equals(Buffer.from(a))).toBe(false);
  });

  it('rejects a scale outside 0.1..10', async () => {
    await expect(renderPng(spec, { scale: 0 })).rejects.toThrow(InvalidInputError);
    await expect(renderPng(spec, { scale: Number.NaN })).rejects.toThrow(/options\.scale/);
  });
});
