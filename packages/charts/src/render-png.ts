import type { TopLevelSpec } from 'vega-lite';
import { renderSvg, specLabel } from './render-svg.js';
import { svgToPng } from './svg-to-png.js';
import { requirePngScale } from './validate.js';

/**
 * Options of {@link renderPng}.
 *
 * @example
 * const options: RenderPngOptions = { scale: 1 };
 * const figure = rankedBars([{ category: 'Police', value: 412 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' });
 * const [small, large] = [await renderPng(figure.spec, options), await renderPng(figure.spec)];
 * new DataView(large.buffer, large.byteOffset).getUint32(16) === 2 * new DataView(small.buffer, small.byteOffset).getUint32(16); // => true
 */
export interface RenderPngOptions {
  /** Pixel density: 2 (the default) gives a PNG twice the SVG's width and height. Between 0.1 and 10. */
  readonly scale?: number;
}

/**
 * Renders a Vega-Lite v5 spec to PNG bytes: {@link renderSvg}, then rasterised by resvg with the
 * system fonts loaded and DejaVu Sans as the default family (without system fonts resvg draws no
 * text; without the default it falls back to a serif). Same spec, same machine fonts: same bytes.
 *
 * @example
 * const figure = rankedBars([{ category: 'Police', value: 412 }, { category: 'Schools', value: 380 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' });
 * const png = await renderPng(figure.spec);
 * [...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''); // => 'PNG'
 */
export async function renderPng(spec: TopLevelSpec, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const scale = requirePngScale('renderPng', options.scale);
  return svgToPng(await renderSvg(spec), scale, specLabel(spec));
}
