// datasets/FORMAT.md lists, per notebook, the stable ids it reads, so a partnership knows which
// names make which figure. This test keeps the list current: every id of the shipped datasets
// (measure, indicator or chart) written in a notebook's code must be listed for that notebook.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDatasets, loadDataset } from '@scpkit/core/node';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every stable id the shipped datasets define: figures ids, context indicators, chart ids. */
function knownIds(): Set<string> {
  const ids = new Set<string>();
  for (const dir of findDatasets(join(root, 'datasets'))) {
    const d = loadDataset(dir);
    for (const f of d.tables.figures ?? []) ids.add(f.id);
    for (const i of d.tables['context-indicators'] ?? []) ids.add(i.indicator);
    for (const p of d.tables['chart-series'] ?? []) ids.add(p.chart);
  }
  return ids;
}

/** Per notebook stem, the known ids its code cells write as string literals, sorted. */
export function idsReadByNotebooks(): Map<string, string[]> {
  const known = knownIds();
  const out = new Map<string, string[]>();
  const dir = join(root, 'notebooks');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ipynb')).sort()) {
    const cells = (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { cells: { cell_type: string; source: string | string[] }[] }).cells;
    const code = cells.filter((c) => c.cell_type === 'code').map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source)).join('\n');
    const ids = new Set([...code.matchAll(/['"`]([a-z0-9]+(?:-[a-z0-9]+)+)['"`]/g)].map((m) => m[1]!).filter((id) => known.has(id)));
    out.set(name.replace(/\.ipynb$/, ''), [...ids].sort());
  }
  return out;
}

/** The block of FORMAT.md between the notebook-ids markers, as it should read. */
export function renderNotebookIds(ids: Map<string, string[]>): string {
  return [...ids]
    .filter(([, list]) => list.length > 0)
    .map(([notebook, list]) => `- **${notebook}**: ${list.map((id) => `\`${id}\``).join(', ')}`)
    .join('\n');
}

describe('datasets/FORMAT.md lists the ids each notebook reads', () => {
  it('is current (regenerate the block between the notebook-ids markers from renderNotebookIds)', () => {
    const text = readFileSync(join(root, 'datasets/FORMAT.md'), 'utf8');
    const block = /<!-- notebook-ids:[^\n]*-->\n([\s\S]*?)\n<!-- \/notebook-ids -->/.exec(text)?.[1];
    expect(block).toBe(renderNotebookIds(idsReadByNotebooks()));
  });
});
