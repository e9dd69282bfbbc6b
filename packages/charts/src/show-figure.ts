import type { Figure } from './figure.js';
import { displayBundle, type MimeBundle } from './display.js';
import { protectFigure } from './protect.js';
import { renderSvg } from './render-svg.js';
import type { WrittenFigure } from './figure-context.js';
import { checkFigure, layOutFigure, writeLaidOutFigure } from './write-figure.js';

/**
 * MIME type under which JupyterLab renders a Vega-Lite v5 spec natively.
 *
 * @example
 * VEGA_LITE_MIME; // => 'application/vnd.vegalite.v5+json'
 */
export const VEGA_LITE_MIME = 'application/vnd.vegalite.v5+json';

/**
 * The notebook output for a figure, as one MIME bundle: the Vega-Lite spec (JupyterLab renders it
 * natively), the rendered SVG (for every other front end, GitHub and nbconvert) and a plain-text
 * line (for terminals). The figure passes through the disclosure-control hook first.
 *
 * @example
 * const figure = rankedBars([{ category: 'Police', value: 412 }, { category: 'Schools', value: 380 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' });
 * const bundle = await figureBundle(figure);
 * [Object.keys(bundle), bundle['text/plain']]; // => [['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain'], 'Figure referrals-by-source: Referrals by source']
 */
export async function figureBundle(figure: Figure): Promise<MimeBundle> {
  const safe = protectFigure(checkFigure('showFigure', figure));
  return bundleOf(safe, await renderSvg(safe.spec));
}

/** The MIME bundle of a checked, protected figure and its SVG. */
function bundleOf(safe: Figure, svg: string): MimeBundle {
  return {
    [VEGA_LITE_MIME]: safe.spec,
    'image/svg+xml': svg,
    'text/plain': `Figure ${safe.id}: ${safe.title}`,
  };
}

/**
 * Shows a figure in a tslab notebook as ONE display output carrying both the Vega-Lite spec and the
 * SVG ({@link figureBundle}). Works in Jupyter (tslab kernel) and in `scpkit reproduce`; elsewhere it
 * throws `DisplayUnavailableError`. Await it (`await showFigure(fig)`) so the output lands in its cell.
 *
 * @example
 * const figure = rankedBars([{ category: 'Police', value: 412 }, { category: 'Schools', value: 380 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' });
 * await showFigure(figure); // throws DisplayUnavailableError: outside a notebook
 */
export async function showFigure(figure: Figure): Promise<void> {
  displayBundle(await figureBundle(figure), 'showFigure');
}

/**
 * `await showFigure(figure); await writeFigure(figure, dir);` from ONE layout of the chart: the
 * figure is shown (the same output as showFigure's), then written (the same files as
 * writeFigure's, or the same FigureLintError after it is shown). A notebook's `report.figure`
 * calls it, so each figure is rendered once instead of twice. Internal.
 */
export async function showAndWriteFigure(figure: Figure, dir: string): Promise<WrittenFigure> {
  const safe = protectFigure(checkFigure('showFigure', figure));
  const laidOut = await layOutFigure(safe);
  displayBundle(bundleOf(safe, laidOut.svg), 'showFigure');
  return writeLaidOutFigure(safe, laidOut, dir);
}
