import type { TopLevelSpec } from 'vega-lite';
import type { Figure } from './figure.js';
import { sceneOf } from './lint/scene.js';
import { overwideTitleLines } from './lint/scene-rules.js';
import { withRenderedView } from './render-svg.js';
import { dejaVuSansWidth, isBoldWeight } from './text-metrics.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * `text` broken into lines at spaces so each line is at most `width` pixels wide in DejaVu Sans at
 * `fontSize` (greedy: as many words per line as fit). A word wider than `width` gets a line of its own.
 *
 * @example
 * wrapText('Percentage claims: stated against computed', 200, 16, true); // => ['Percentage claims:', 'stated against', 'computed']
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && dejaVuSansWidth(candidate, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const joined = (text: unknown): string | undefined => (typeof text === 'string' ? text : Array.isArray(text) ? text.map(String).join(' ') : undefined);
/** View-level nodes of a Vega-Lite spec (those a `title` can belong to), depth first. */
function viewNodes(node: Json, out: Json[] = []): Json[] {
  out.push(node);
  for (const key of ['layer', 'concat', 'hconcat', 'vconcat']) {
    if (Array.isArray(node[key])) for (const child of (node[key] as unknown[]).filter(isObject)) viewNodes(child, out);
  }
  if (isObject(node['spec'])) viewNodes(node['spec'], out);
  return out;
}

/**
 * The figure with every title and subtitle (the figure's and each panel's) that runs past the right
 * edge of what it titles broken into lines that fit (Vega-Lite takes an array of lines). The chart
 * is laid out once headless to measure that edge; nothing else changes, and a figure whose titles
 * fit comes back unchanged. Titles are matched to the spec by their text. This is what keeps the
 * `title-too-wide` rule of {@link lintFigure} from failing; notebooks' `report.figure` applies it.
 *
 * @example
 * const figure = rankedBars([{ category: 'Police', value: 412 }, { category: 'Schools', value: 380 }], {
 *   id: 'referrals-by-source', title: 'Referrals to children\'s social care by the agency that made them, 2021/22',
 *   description: 'Police made the most referrals.', valueTitle: 'Referrals', width: 200,
 * });
 * const fitted = await fitTitles(figure);
 * (fitted.spec.title as { text: string[] }).text; // => ["Referrals to children's social", 'care by the agency that', 'made them, 2021/22']
 */
export async function fitTitles(figure: Figure): Promise<Figure> {
  const wraps = await withRenderedView(figure.spec, async (view) => {
    const scene = sceneOf(view);
    const found = new Map<string, string[]>();
    for (const { line, right } of overwideTitleLines(scene)) {
      if (line.text === undefined) continue;
      const width = Math.max(40, right - line.box.x1);
      found.set(`${line.role}\u0000${line.text}`, wrapText(line.text, width, line.fontSize ?? 11, isBoldWeight(line.fontWeight)));
    }
    return found;
  });
  if (wraps.size === 0) return figure;
  const spec = structuredClone(figure.spec) as unknown as Json;
  for (const node of viewNodes(spec)) {
    const title = node['title'];
    if (title === undefined) continue;
    const object: Json = isObject(title) ? { ...title } : { text: title };
    const text = joined(object['text']);
    const subtitle = joined(object['subtitle']);
    const textLines = text === undefined ? undefined : wraps.get(`title-text\u0000${text}`);
    const subtitleLines = subtitle === undefined ? undefined : wraps.get(`title-subtitle\u0000${subtitle}`);
    if (textLines === undefined && subtitleLines === undefined) continue;
    if (textLines !== undefined) object['text'] = textLines;
    if (subtitleLines !== undefined) object['subtitle'] = subtitleLines;
    node['title'] = object;
  }
  return { ...figure, spec: spec as unknown as TopLevelSpec };
}
