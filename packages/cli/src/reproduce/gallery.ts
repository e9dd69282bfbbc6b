import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { csvToTable, DEFAULT_FIGURES_DIR, escapeHtml, readSkipRecord, tableToHtml, type DataTable, type SkippedFigure } from '@scpkit/charts';
import { countOf } from '../count-of.js';
import { readFigureNotebooks } from './figure-notebooks.js';

/** Folder of the figure files and the gallery, relative to the repository root (charts' {@link DEFAULT_FIGURES_DIR}). */
export const FIGURES_DIR = DEFAULT_FIGURES_DIR;

/** One figure as the gallery shows it, read back from its files. */
export interface GalleryFigure {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Notebook that wrote it (from the folder's `notebooks.json`, which `scpkit reproduce` writes), if recorded. */
  readonly notebook: string | null;
  /** Its data table from `<id>.csv`, or null when the file is missing. */
  readonly table: DataTable | null;
}

/** A figure whose files could not be read back; the gallery lists it as broken. */
export interface GalleryProblem {
  readonly file: string;
  readonly problem: string;
}

/**
 * Reads every `<id>.vl.json` in `dir` with its `<id>.csv`: title and alt text from the spec, the
 * source notebook from the folder's `notebooks.json`. Sorted by id. Unreadable files become problems.
 */
export async function readFigures(dir: string): Promise<{ figures: GalleryFigure[]; skipped: SkippedFigure[]; problems: GalleryProblem[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { figures: [], skipped: [], problems: [] };
  }
  const notebooks = await readFigureNotebooks(dir);
  const withNotebook = (s: SkippedFigure): SkippedFigure => (notebooks[s.id] === undefined ? s : { ...s, notebook: notebooks[s.id]! });
  const skipped: SkippedFigure[] = [];
  for (const name of names.filter((n) => n.endsWith('.skipped.json')).sort()) {
    const record = await readSkipRecord(join(dir, name));
    if (record === undefined) skipped.push(withNotebook({ id: name.slice(0, -'.skipped.json'.length), reason: 'its skip record is not readable' }));
    else skipped.push(withNotebook(record));
  }
  const figures: GalleryFigure[] = [];
  const problems: GalleryProblem[] = [];
  for (const name of names.filter((n) => n.endsWith('.vl.json')).sort()) {
    const id = name.slice(0, -'.vl.json'.length);
    let spec: { title?: unknown; description?: unknown };
    try {
      spec = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push({ file: name, problem: `not readable JSON: ${(error as Error).message}` });
      continue;
    }
    const text = typeof spec.title === 'string' ? spec.title : (spec.title as { text?: unknown } | undefined)?.text;
    // A title fitted to the chart's width (fitTitles) is an array of lines.
    const title = Array.isArray(text) && text.every((line) => typeof line === 'string') ? text.join(' ') : text;
    if (typeof title !== 'string' || typeof spec.description !== 'string') {
      problems.push({ file: name, problem: 'has no title text or no description (alt text)' });
      continue;
    }
    let table: DataTable | null = null;
    try {
      table = csvToTable(await readFile(join(dir, `${id}.csv`), 'utf8'), `${id}.csv`);
    } catch (error) {
      problems.push({ file: `${id}.csv`, problem: (error as Error).message });
    }
    figures.push({ id, title, description: spec.description, notebook: notebooks[id] ?? null, table });
  }
  return { figures, skipped, problems };
}

// Numbers come back from CSV as text; show those that are exactly a JavaScript number as numbers (right-aligned).
const asDisplayCell = (cell: string | number) => (typeof cell === 'string' && cell.trim() !== '' && String(Number(cell)) === cell ? Number(cell) : cell);

/**
 * The gallery page: figures grouped by source notebook (sorted; unrecorded last), each with its
 * title, alt text, the SVG (`<img>` with the alt text), its data table, its files and a link to the
 * notebook. `notebookHref` maps a root-relative notebook path to a link from the gallery. Pure and
 * deterministic: same figures, same bytes.
 */
export function galleryHtml(figures: readonly GalleryFigure[], notebookHref: (notebook: string) => string, skipped: readonly SkippedFigure[] = []): string {
  const groups = new Map<string, GalleryFigure[]>();
  for (const f of [...figures].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const key = f.notebook ?? '';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const e = escapeHtml;
  const lines: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Figures</title>',
    '<style>',
    'body { font-family: "DejaVu Sans", Arial, sans-serif; color: #0B0C0C; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }',
    'figure { margin: 0 0 3rem; } img { max-width: 100%; height: auto; border: 1px solid #E5E5E5; }',
    '.alt { color: #505A5F; } .files a { margin-right: 0.75rem; }',
    'table.scpkit-table { border-collapse: collapse; margin: 0.5rem 0; } table.scpkit-table th, table.scpkit-table td { border-bottom: 1px solid #B1B4B6; padding: 0.25rem 0.75rem; text-align: left; } table.scpkit-table td.num { text-align: right; font-variant-numeric: tabular-nums; }',
    '</style>',
    '</head>',
    '<body>',
    '<h1>Figures</h1>',
    `<p>${countOf(figures.length, 'figure')}, written by <code>scpkit reproduce</code> from the notebooks. Each has its data table and its files: SVG, PNG, Vega-Lite spec (with the data inline) and CSV.</p>`,
  ];
  if (skipped.length > 0) {
    lines.push(`<h2 id="skipped">Not drawn: ${countOf(skipped.length, 'figure')} the dataset lacks the data for</h2>`, '<ul class="skipped">');
    for (const s of skipped) {
      const from = s.notebook === undefined ? '' : ` (notebook <a href="${e(notebookHref(s.notebook))}">${e(s.notebook)}</a>)`;
      lines.push(`<li><code>${e(s.id)}</code>${from}: ${e(s.reason)}</li>`);
    }
    lines.push('</ul>');
  }
  if (figures.length > 0) {
    lines.push('<nav><ul>');
    for (const key of keys) {
      for (const f of groups.get(key)!) lines.push(`<li><a href="#${e(f.id)}">${e(f.title)}</a></li>`);
    }
    lines.push('</ul></nav>');
  }
  for (const key of keys) {
    lines.push(key === '' ? '<h2>Figures with no recorded notebook</h2>' : `<h2>From <a href="${e(notebookHref(key))}">${e(key)}</a></h2>`);
    for (const f of groups.get(key)!) {
      lines.push(`<figure id="${e(f.id)}">`);
      lines.push(`<h3>${e(f.title)}</h3>`);
      lines.push(`<img src="${e(f.id)}.svg" alt="${e(f.description)}">`);
      lines.push(`<figcaption><p class="alt">${e(f.description)}</p>`);
      lines.push(
        `<p class="files">Figure <code>${e(f.id)}</code>: ${['svg', 'png', 'vl.json', 'csv'].map((x) => `<a href="${e(f.id)}.${x}">${x === 'vl.json' ? 'Vega-Lite' : x.toUpperCase()}</a>`).join(' ')}${
          f.notebook === null ? '' : ` &middot; notebook <a href="${e(notebookHref(f.notebook))}">${e(f.notebook)}</a>`
        }</p></figcaption>`,
      );
      if (f.table === null) lines.push('<p><strong>Data table missing</strong> (no readable CSV).</p>');
      else {
        lines.push('<details open><summary>Data table</summary>');
        lines.push(tableToHtml({ columns: f.table.columns, rows: f.table.rows.map((r) => r.map(asDisplayCell)) }));
        lines.push('</details>');
      }
      lines.push('</figure>');
    }
  }
  lines.push('</body>', '</html>');
  return `${lines.join('\n')}\n`;
}

/** Where {@link writeGallery} reads and links: the figures folder, and the folder the notebooks' recorded paths are relative to. */
export interface GalleryPlace {
  /** Absolute figures folder (default `<root>/docs/figures`). */
  readonly figuresDir?: string;
  /** Absolute folder that recorded notebook paths (`notebooks/x.ipynb`) are relative to (default `root`). */
  readonly notebooksBase?: string;
  /** Absolute folder the gallery is served from, which its links to notebooks are relative to (default `figuresDir`; differs while a run is staged). */
  readonly linksFrom?: string;
}

/** Writes `index.html` in the figures folder from the figure files and skip records there; returns what it read. */
export async function writeGallery(root: string, place: GalleryPlace = {}): Promise<{ path: string; figures: GalleryFigure[]; skipped: SkippedFigure[]; problems: GalleryProblem[] }> {
  const dir = place.figuresDir ?? join(root, FIGURES_DIR);
  const base = place.notebooksBase ?? root;
  const { figures, skipped, problems } = await readFigures(dir);
  const linksFrom = place.linksFrom ?? dir;
  const fromGallery = (notebook: string) => relative(linksFrom, join(base, notebook)).split(sep).join(posix.sep);
  const path = join(dir, 'index.html');
  const html = galleryHtml(figures, fromGallery, skipped);
  let previous: string | null = null;
  try {
    previous = await readFile(path, 'utf8');
  } catch {
    previous = null;
  }
  if (previous !== html) {
    await mkdir(dir, { recursive: true });
    await writeFile(path, html);
  }
  return { path, figures, skipped, problems };
}
