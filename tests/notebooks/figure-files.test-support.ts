// Readers for the committed figure files in docs/figures/, shared by the notebooks' figure tests (tests/notebooks/).
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { csvToTable, DEFAULT_FIGURES_DIR, type DataTable } from '@scpkit/charts';

/** The repository root (with a trailing slash). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where `writeFigure` puts every figure's files. */
export const figuresDir = `${repoRoot}${DEFAULT_FIGURES_DIR}/`;

/** The figure's data table, read back from its CSV. */
export function table(id: string): DataTable {
  return csvToTable(readFileSync(`${figuresDir}${id}.csv`, 'utf8'), `${id}.csv`);
}

/** The figure's Vega-Lite spec. */
export function spec(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${figuresDir}${id}.vl.json`, 'utf8')) as Record<string, unknown>;
}

/** Inline data of a single-view spec (top-level `data.values`). */
export function inlineValues(id: string): Record<string, unknown>[] {
  return (spec(id).data as { values: Record<string, unknown>[] }).values;
}

/** Rows of a table as objects keyed by column. */
export function records(t: DataTable): Record<string, string>[] {
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, String(r[i])])));
}

/** The notebook that `scpkit reproduce` recorded as writing figure `id` (`docs/figures/notebooks.json`). */
export function recordedNotebook(id: string): string | undefined {
  return (JSON.parse(readFileSync(`${figuresDir}notebooks.json`, 'utf8')) as Record<string, string>)[id];
}

/** A figure's four files exist and are well formed: a v5 spec with alt text, recorded as written by `notebook`, an SVG without NaN, a PNG. */
export function expectFigureFiles(id: string, notebook: string): void {
  for (const ext of ['svg', 'png', 'vl.json', 'csv']) expect(existsSync(`${figuresDir}${id}.${ext}`), `${id}.${ext}`).toBe(true);
  const s = spec(id);
  expect(s.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
  expect(typeof s.description === 'string' && s.description.length > 80).toBe(true);
  // The files do not depend on who ran the notebook (Jupyter or scpkit reproduce): usermeta holds only what the builders
  // record about the figure itself (its report section, the percentage changes it labels, for the lint and the gallery).
  expect(Object.keys((s['usermeta'] as { scpkit?: Record<string, unknown> } | undefined)?.scpkit ?? {}).filter((k) => k !== 'section' && k !== 'percentChanges')).toEqual([]);
  expect(recordedNotebook(id)).toBe(`notebooks/${notebook}.ipynb`);
  const svg = readFileSync(`${figuresDir}${id}.svg`, 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  expect([...readFileSync(`${figuresDir}${id}.png`).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(existsSync(`${repoRoot}notebooks/${notebook}.ipynb`)).toBe(true);
}

/** Small-multiples rows `{ group, category, value }` from the inline data. */
export function panels(id: string): { group: string; category: string; value: number }[] {
  return inlineValues(id) as { group: string; category: string; value: number }[];
}

/** The value of the bar whose category matches, in the panel whose title matches. */
export function bar(id: string, group: RegExp, category: RegExp): number {
  const found = panels(id).filter((r) => group.test(r.group) && category.test(r.category));
  if (found.length !== 1) throw new Error(`${id}: ${found.length} bars match ${group} / ${category}`);
  return found[0]!.value;
}

/** The CSV agrees with the inline data of a small-multiples figure, row by row. */
export function expectCsvMatchesPanels(id: string): void {
  const t = table(id);
  // Group, category, then one value column per panel unit: each row has its value in one of them, [z] in the others.
  expect(t.columns.length).toBeGreaterThanOrEqual(3);
  for (const r of t.rows) expect(r.slice(2).filter((c) => c !== '[z]')).toHaveLength(1);
  expect(t.rows.map((r) => [r[0], r[1], Number(r.slice(2).find((c) => c !== '[z]'))])).toEqual(panels(id).map((r) => [r.group, r.category, r.value]));
}
