import { Resvg } from '@resvg/resvg-js';
import { ChartRenderError } from './errors.js';

/**
 * Rasterises an SVG document with resvg, `scale` times its size, with the system fonts loaded and
 * DejaVu Sans as the default family. `label` names the chart in a {@link ChartRenderError}.
 *
 * @example
 * const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 2, 'square');
 * [...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''); // => 'PNG'
 * svgToPng('not svg', 2, 'square'); // throws ChartRenderError
 */
export function svgToPng(svg: string, scale: number, label: string): Uint8Array {
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    });
    const png = resvg.render().asPng();
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
  } catch (error) {
    throw new ChartRenderError(label, `PNG rasterisation failed: ${(error as Error).message}`, { cause: error });
  }
}
