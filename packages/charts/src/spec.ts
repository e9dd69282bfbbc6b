import type { TopLevelSpec } from 'vega-lite';
import type { FigureOptions } from './figure.js';
import { analysisFunctionConfig } from './theme.js';

/** The Vega-Lite v5 JSON schema every figure declares (JupyterLab picks its renderer from it). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

/**
 * Wraps a builder's chart body with what every figure shares: `$schema`, title (and subtitle),
 * `description` (alt text) and the Analysis Function theme (with `options.labelLimit` when given).
 * The body supplies data, marks and encodings; its keys win over none of these shared ones.
 */
export function withFigureFrame(options: FigureOptions, body: Record<string, unknown>): TopLevelSpec {
  const title = options.subtitle === undefined ? { text: options.title } : { text: options.title, subtitle: options.subtitle };
  const limit = options.labelLimit;
  const config =
    limit === undefined
      ? analysisFunctionConfig
      : { ...analysisFunctionConfig, axis: { ...analysisFunctionConfig.axis, labelLimit: limit }, legend: { ...analysisFunctionConfig.legend, labelLimit: limit } };
  return {
    ...body,
    $schema: VEGA_LITE_SCHEMA,
    title,
    description: options.description,
    config,
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
