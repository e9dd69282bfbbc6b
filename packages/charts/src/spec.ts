import type { TopLevelSpec } from 'vega-lite';
import type { FigureOptions } from './figure.js';
import * as vega from 'vega';
import { analysisFunctionConfig } from './theme.js';
import { dejaVuSansWidth } from './text-metrics.js';

/** The number locale of the theme (`analysisFunctionConfig.locale.number`), for formatting as vega will. */
const THEME_LOCALE: unknown = analysisFunctionConfig.locale?.number;
/** vega's d3-format locale (its typings say it returns nothing). */
const numberLocale = vega.formatLocale as unknown as (definition: unknown) => { format(specifier: string): (n: number) => string };

/**
 * The Vega-Lite v5 JSON schema every figure declares (JupyterLab picks its renderer from it).
 *
 * @example
 * VEGA_LITE_SCHEMA; // => 'https://vega.github.io/schema/vega-lite/v5.json'
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

/**
 * Wraps a builder's chart body with what every figure shares: `$schema`, title (and subtitle),
 * `description` (alt text) and the Analysis Function theme (with `options.labelLimit` when given).
 * The body supplies data, marks and encodings; its keys win over none of these shared ones.
 * `recorded` (e.g. the percentage changes a builder labels, for the figure lint) and the report
 * `section` of the options go under `usermeta.scpkit`.
 */
export function withFigureFrame(options: FigureOptions, body: Record<string, unknown>, recorded: Record<string, unknown> = {}): TopLevelSpec {
  const title = options.subtitle === undefined ? { text: options.title } : { text: options.title, subtitle: options.subtitle };
  const limit = options.labelLimit;
  const config =
    limit === undefined
      ? analysisFunctionConfig
      : { ...analysisFunctionConfig, axis: { ...analysisFunctionConfig.axis, labelLimit: limit }, legend: { ...analysisFunctionConfig.legend, labelLimit: limit } };
  const scpkit = { ...recorded, ...(options.section === undefined ? {} : { section: options.section }) };
  return {
    ...body,
    $schema: VEGA_LITE_SCHEMA,
    title,
    description: options.description,
    config,
    ...(Object.keys(scpkit).length === 0 ? {} : { usermeta: { scpkit } }),
  } as TopLevelSpec;
}

/** Vega expression string literal for `text` (JSON string syntax is valid Vega expression syntax). */
export function expressionString(text: string): string {
  return JSON.stringify(text);
}

/**
 * The layer that prints each horizontal bar's value just right of the bar's end, formatted with
 * the d3-format `format`; layered over a bar mark that shares its `x`/`y` encoding.
 */
export function barValueLabels(field: string, format: string): Record<string, unknown> {
  return { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 }, encoding: { text: { field, type: 'quantitative', format } } };
}

/** Pixels left between neighbouring axis labels by {@link fittedTickCount}. */
const LABEL_GAP = 12;

/**
 * The largest tick count (from `most` down to 2) for which every label of a linear value axis over
 * `[low, high]` (niced as Vega-Lite nices it), formatted with the d3-format `format` in the theme's
 * locale and measured in DejaVu Sans 12 px, fits beside its neighbours with a gap on a `width`-pixel
 * axis: so vega never has to hide labels (which leaves unlabelled ticks).
 *
 * @example
 * fittedTickCount(0, 114_300, 300, '$,.0f'); // => 3 (£0, £50,000, £100,000, £150,000 would not fit at 5)
 */
export function fittedTickCount(low: number, high: number, width: number, format: string, most = 5): number {
  const lo = Math.min(low, high, 0);
  const hi = Math.max(low, high, lo === 0 ? 1 : 0);
  const label = numberLocale(THEME_LOCALE).format(format);
  for (let count = most; count > 2; count -= 1) {
    // Vega-Lite's `nice: true` nices with d3's default count (10), whatever the axis tickCount.
    const scale = vega.scale('linear')().domain([lo, hi]).nice().range([0, width]);
    let ticks: number[];
    try {
      ticks = scale.ticks(count) as number[];
    } catch {
      return most; // d3 cannot tick a span of denormal numbers; leave it to vega
    }
    // Labels are centred on their ticks, except at the axis ends (vega's labelFlush): flush left at 0, flush right at the end.
    const extents = ticks.map((t) => {
      const w = dejaVuSansWidth(label(t), 12);
      const x = scale(t) as number;
      return x <= 0.5 ? [x, x + w] : x >= width - 0.5 ? [x - w, x] : [x - w / 2, x + w / 2];
    });
    const fits = extents.every((e, i) => i === 0 || e[0]! - extents[i - 1]![1]! >= LABEL_GAP);
    if (fits) return count;
  }
  return 2;
}

/** A d3-format formatter in the theme's locale (`$` is £), as vega formats labels. */
export function d3Format(specifier: string): (n: number) => string {
  return numberLocale(THEME_LOCALE).format(specifier);
}
