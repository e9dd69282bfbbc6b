import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { ScpkitError } from '@scpkit/core';
import { ChartRenderError } from './errors.js';
import { vegaTextWidth } from './text-metrics.js';

/** Name of a spec for error messages: its title text, else `(untitled)`. */
export function specLabel(spec: TopLevelSpec): string {
  const title = (spec as { title?: unknown }).title;
  const text = title !== null && typeof title === 'object' && !Array.isArray(title) ? (title as { text?: unknown }).text : title;
  if (typeof text === 'string') return text;
  // A title fitted to its width (fitTitles) is an array of lines.
  if (Array.isArray(text) && text.length > 0 && text.every((line) => typeof line === 'string')) return text.join(' ');
  return '(untitled)';
}

/**
 * Resets vega's process-wide clip-path and gradient id counters (`resetSVGDefIds`, exported by
 * vega 5 but missing from its typings). Throws if this vega lacks it: output would not be stable.
 */
function resetSvgDefinitionIds(): void {
  const reset = (vega as unknown as { resetSVGDefIds?: () => void }).resetSVGDefIds;
  if (typeof reset !== 'function') {
    throw new ChartRenderError('(any)', 'this vega has no resetSVGDefIds(); SVG ids would not be deterministic (vega 5.33 expected)');
  }
  reset();
}

/**
 * Makes vega measure text with DejaVu Sans advance widths ({@link vegaTextWidth}) instead of its
 * 0.8 em per character estimate (used when no canvas is installed, as here). Process-wide, set before
 * every render because other code may load its own vega copy or reset it.
 */
function useDejaVuSansMetrics(): void {
  const metrics = (vega as unknown as { textMetrics?: { width: unknown } }).textMetrics;
  if (metrics === undefined) throw new ChartRenderError('(any)', 'this vega exports no textMetrics (vega 5.33 expected)');
  metrics.width = vegaTextWidth;
}

/**
 * Renders a Vega-Lite v5 spec to an SVG document string: compiled with vega-lite, run in a vega 5
 * `View` with the headless `none` renderer, serialised with `toSVG()`. Vega numbers its clip-path
 * and gradient ids with process-wide counters; they are reset before every render so the same spec
 * always gives the same bytes, whatever was rendered before. vega's SVG output does not carry the
 * spec's description, so the title and alt text are added as the root's `<title>` and `<desc>`
 * (the standard accessible-SVG pattern). Text is measured with DejaVu Sans metrics, so label limits
 * and the chart's size match what the PNG renderer draws. Throws {@link ChartRenderError}.
 *
 * @example
 * const figure = rankedBars([{ category: 'Police', value: 412 }, { category: 'Schools', value: 380 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' });
 * const svg = await renderSvg(figure.spec);
 * [svg.startsWith('<svg'), svg.includes('<title>Referrals by source</title>')]; // => [true, true]
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  return withRenderedView(spec, (view) => svgOfView(view, spec));
}

/** The SVG document of a laid-out `view` of `spec`, with the spec's title and alt text added. Internal. */
export async function svgOfView(view: vega.View, spec: TopLevelSpec): Promise<string> {
  return withTitleAndDescription(await view.toSVG(), spec);
}

/**
 * Compiles `spec`, runs it in a headless vega `View` (DejaVu Sans metrics, reset SVG ids, as
 * {@link renderSvg}) and calls `use` with the view after `runAsync()`, so its scenegraph (item
 * bounds) is laid out; the view is finalized afterwards. Internal: `renderSvg` and the figure lint.
 * Throws {@link ChartRenderError}.
 */
export async function withRenderedView<T>(spec: TopLevelSpec, use: (view: vega.View) => Promise<T>): Promise<T> {
  let vegaSpec;
  try {
    vegaSpec = compile(spec).spec;
  } catch (error) {
    throw new ChartRenderError(specLabel(spec), `Vega-Lite compile failed: ${(error as Error).message}`, { cause: error });
  }
  resetSvgDefinitionIds();
  useDejaVuSansMetrics();
  let view: vega.View | undefined;
  try {
    view = new vega.View(vega.parse(vegaSpec), { renderer: 'none' });
    await view.runAsync();
    return await use(view);
  } catch (error) {
    if (error instanceof ScpkitError) throw error;
    throw new ChartRenderError(specLabel(spec), `vega render failed: ${(error as Error).message}`, { cause: error });
  } finally {
    view?.finalize();
  }
}

/** Inserts `<title>` and `<desc>` (spec title and description, XML-escaped) as the root svg's first children. */
function withTitleAndDescription(svg: string, spec: TopLevelSpec): string {
  const end = svg.indexOf('>');
  if (!svg.startsWith('<svg') || end < 0) throw new ChartRenderError(specLabel(spec), 'vega returned something that is not an SVG document');
  const description = (spec as { description?: unknown }).description;
  const parts = [`<title>${escapeXml(specLabel(spec))}</title>`];
  if (typeof description === 'string') parts.push(`<desc>${escapeXml(description)}</desc>`);
  return svg.slice(0, end + 1) + parts.join('') + svg.slice(end + 1);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
