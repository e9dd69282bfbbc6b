// Readers for the committed figure files in docs/figures/, shared by the notebooks' figure tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvToTable, DEFAULT_FIGURES_DIR, type DataTable } from '@scpkit/charts';

/** The repository root (with a trailing slash). */
export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
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
