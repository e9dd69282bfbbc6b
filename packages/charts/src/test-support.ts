// Test-only helpers (not exported from the package).
import { createRequire } from 'node:module';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { expect } from 'vitest';
import type { DisplayData } from './display.js';
import type { Figure } from './figure.js';
import { renderSvg } from './render-svg.js';
import { ANALYSIS_FUNCTION_PALETTE, CHART_FONT } from './theme.js';

/** Compiles a spec with vega-lite, collecting every warning and error the compiler logs. */
export function compileWithLog(spec: TopLevelSpec): { warnings: string[] } {
  const warnings: string[] = [];
  interface Logger {
    level(): Logger;
    warn(...args: unknown[]): Logger;
    error(...args: unknown[]): Logger;
    info(): Logger;
    debug(): Logger;
  }
  const logger: Logger = {
    level: () => logger,
    warn: (...args) => {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    error: (...args) => {
      warnings.push(`ERROR ${args.map(String).join(' ')}`);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  compile(spec, { logger: logger as never });
  return { warnings };
}

/**
 * The checks every figure must pass: v5 schema, title and alt text in the spec, inline data,
 * Analysis Function theme, compiles without a warning, renders to SVG carrying the title and the
 * alt text (root `<title>` and `<desc>`). Returns the SVG for figure-specific checks.
 */
export async function expectWellFormedFigure(figure: Figure): Promise<string> {
  const spec = figure.spec as unknown as Record<string, unknown> & { config?: Record<string, unknown>; data?: { values?: unknown[] } };
  expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
  expect(spec.description).toBe(figure.description);
  expect((spec.title as { text: string }).text).toBe(figure.title);
  expect(Array.isArray(spec.data?.values)).toBe(true);
  expect(spec.config?.font).toBe(CHART_FONT);
  expect((spec.config?.range as { category: string[] }).category).toEqual([...ANALYSIS_FUNCTION_PALETTE]);
  expect((spec.config?.axis as { labelAngle: number }).labelAngle).toBe(0);
  expect(compileWithLog(figure.spec).warnings).toEqual([]);
  const svg = await renderSvg(figure.spec);
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain(`<title>${escapeXml(figure.title)}</title><desc>${escapeXml(figure.description)}</desc>`);
  expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  return svg;
}

/** XML-escapes element content. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text content of every `<text>` element of an SVG, in document order. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

/** Options shared by builder tests. */
export const figureText = (id: string) => ({ id, title: `Title of ${id}`, description: `Alt text of ${id}: what it shows.` });

/** The real tslab module whose `lastWriteDisplayData` the kernel (and scpkit reproduce) sets; tests set it to capture displays. */
export const tslabJupyter = createRequire(import.meta.url)('tslab/dist/jupyter') as { lastWriteDisplayData: ((d: DisplayData, update: boolean) => void) | null };

/** Runs `body` with tslab's display slot capturing every display (so `showFigure` works in a test); returns them. */
export async function captureDisplays(body: () => Promise<void>): Promise<DisplayData[]> {
  const shown: DisplayData[] = [];
  tslabJupyter.lastWriteDisplayData = (d) => shown.push(d);
  try {
    await body();
  } finally {
    tslabJupyter.lastWriteDisplayData = null;
  }
  return shown;
}
