import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { formatFigure } from '@scpkit/core';
import { csvToTable, DEFAULT_FIGURES_DIR, escapeHtml, readSkipRecord, type DataTable, type SkippedFigure } from '@scpkit/charts';
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
  /** Pixel size of its SVG (root `width`/`height`), so the page lays out before the image loads; null when unreadable. */
  readonly size?: { readonly width: number; readonly height: number } | null;
  /** Report section the figure shows (`usermeta.scpkit.section` of its spec), if recorded. */
  readonly section?: string | null;
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
    const section = (spec as { usermeta?: { scpkit?: { section?: unknown } } }).usermeta?.scpkit?.section;
    let size: { width: number; height: number } | null = null;
    try {
      const head = (await readFile(join(dir, `${id}.svg`), 'utf8')).slice(0, 600);
      const width = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(head)?.[1];
      const height = /<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(head)?.[1];
      if (width !== undefined && height !== undefined) size = { width: Number(width), height: Number(height) };
    } catch {
      size = null;
    }
    figures.push({ id, title, description: spec.description, notebook: notebooks[id] ?? null, section: typeof section === 'string' ? section : null, size, table });
  }
  return { figures, skipped, problems };
}

// Numbers come back from CSV as text; those that are exactly a JavaScript number are numbers.
const asNumber = (cell: string | number): number | null =>
  typeof cell === 'number' ? cell : cell.trim() !== '' && String(Number(cell)) === cell ? Number(cell) : null;

/**
 * How the gallery prints the numbers of one column, as the report prints them, read from its
 * header: pounds where it says £, shares (fractions) as percentages where it is a share or a
 * computed change, otherwise counts; thousands separated, whole numbers without decimals, others
 * to one decimal (two below 1, so 0.05 is not 0.1). Printed by `@scpkit/core`'s `formatFigure`.
 */
export function galleryNumber(header: string, value: number): string {
  const fraction = /^(share|change \(computed\))$/i.test(header.trim());
  const percent = fraction || /%|percent/i.test(header);
  const unit = /£/.test(header) ? 'GBP' : percent ? 'percent' : 'count';
  const shown = fraction ? value * 100 : value;
  const digits = Number.isInteger(shown) ? 0 : Math.abs(shown) < 1 ? 2 : 1;
  return formatFigure(shown, { unit: unit === 'percent' && !fraction ? 'count' : unit, digits });
}

/** The table as HTML with a caption, numbers formatted by {@link galleryNumber} and right-aligned, text escaped. */
function galleryTable(table: DataTable, caption: string): string {
  const e = escapeHtml;
  const lines = ['<table class="scpkit-table">', `<caption>${e(caption)}</caption>`, `<thead><tr>${table.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('')}</tr></thead>`, '<tbody>'];
  for (const row of table.rows) {
    const cells = row.map((cell, i) => {
      const n = asNumber(cell);
      return n === null ? `<td>${e(String(cell))}</td>` : `<td class="num">${e(galleryNumber(table.columns[i] ?? '', n))}</td>`;
    });
    lines.push(`<tr>${cells.join('')}</tr>`);
  }
  lines.push('</tbody>', '</table>');
  return lines.join('\n');
}

/** Report sections in the report's order: numbers as numbers ("4.2" before "10"), letters as letters ("9.A" before "9.C"); none last. */
export function compareSections(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const nx = /^\d+$/.test(x) ? Number(x) : null;
    const ny = /^\d+$/.test(y) ? Number(y) : null;
    const c = nx !== null && ny !== null ? nx - ny : nx !== null ? -1 : ny !== null ? 1 : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * The gallery page: figures in the report's order (by the report section each shows, under a
 * heading per section; figures of no one section last), each with its title, the SVG (`<img>`
 * whose alt text is the description; the visible description is hidden from screen readers so it is
 * not read twice), its data table (captioned, numbers printed as the report prints them, in a
 * scrollable region so the page never overflows), its files and a link to its notebook. A legend
 * explains `[c]`, `[x]` and `[z]`. `notebookHref` maps a root-relative notebook path to a link
 * from the gallery. Pure and deterministic: same figures, same bytes.
 */
export function galleryHtml(figures: readonly GalleryFigure[], notebookHref: (notebook: string) => string, skipped: readonly SkippedFigure[] = []): string {
  const ordered = [...figures].sort((a, b) => compareSections(a.section, b.section) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = new Map<string, GalleryFigure[]>();
  for (const f of ordered) groups.set(f.section ?? '', [...(groups.get(f.section ?? '') ?? []), f]);
  const e = escapeHtml;
  const lines: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Figures</title>',
    '<style>',
    'body { font-family: "DejaVu Sans", Arial, sans-serif; color: #0B0C0C; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; overflow-wrap: anywhere; }',
    'figure { margin: 0 0 3rem; } img { max-width: 100%; height: auto; border: 1px solid #E5E5E5; }',
    '.alt { color: #505A5F; } .files a { margin-right: 0.75rem; }',
    '.table-region { max-width: 100%; overflow-x: auto; } .table-region:focus { outline: 3px solid #FFDD00; }',
    'table.scpkit-table { border-collapse: collapse; margin: 0.5rem 0; } table.scpkit-table caption { text-align: left; font-weight: bold; padding: 0.25rem 0; } table.scpkit-table th, table.scpkit-table td { border-bottom: 1px solid #B1B4B6; padding: 0.25rem 0.75rem; text-align: left; vertical-align: top; } table.scpkit-table td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }',
    'dl.symbols { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; } dl.symbols dt { font-family: monospace; font-weight: bold; } dl.symbols dd { margin: 0; }',
    '</style>',
    '</head>',
    '<body>',
    '<main>',
    '<h1>Figures</h1>',
    `<p>${countOf(figures.length, 'figure')}, written by <code>scpkit reproduce</code> from the notebooks, in the order of the report's sections. Each has its data table and its files: SVG, PNG, Vega-Lite spec (with the data inline) and CSV.</p>`,
    '<h2 id="symbols">Symbols in the tables</h2>',
    '<dl class="symbols">',
    '<dt>[c]</dt><dd>confidential: a count from 1 to 5 (or a cell that would reveal one), not shown to protect the children it counts</dd>',
    '<dt>[x]</dt><dd>not available: the report does not print it</dd>',
    '<dt>[z]</dt><dd>not applicable: the row has no such value (for example a column of another panel)</dd>',
    '</dl>',
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
    lines.push('<nav aria-label="Figures"><ul>');
    for (const f of ordered) lines.push(`<li><a href="#${e(f.id)}">${e(f.title)}</a></li>`);
    lines.push('</ul></nav>');
  }
  for (const [section, list] of groups) {
    lines.push(section === '' ? '<h2>Across the report</h2>' : `<h2>Report section ${e(section)}</h2>`);
    for (const f of list) {
      lines.push(`<figure id="${e(f.id)}" aria-labelledby="${e(f.id)}-title">`);
      lines.push(`<h3 id="${e(f.id)}-title">${e(f.title)}</h3>`);
      const size = f.size == null ? '' : ` width="${f.size.width}" height="${f.size.height}"`;
      lines.push(`<img src="${e(f.id)}.svg"${size} alt="${e(f.description)}">`);
      lines.push(`<figcaption><p class="alt" aria-hidden="true">${e(f.description)}</p>`);
      lines.push(
        `<p class="files">Figure <code>${e(f.id)}</code>: ${['svg', 'png', 'vl.json', 'csv'].map((x) => `<a href="${e(f.id)}.${x}">${x === 'vl.json' ? 'Vega-Lite' : x.toUpperCase()}</a>`).join(' ')}${
          f.notebook === null ? '' : ` &middot; notebook <a href="${e(notebookHref(f.notebook))}">${e(f.notebook)}</a>`
        }</p></figcaption>`,
      );
      if (f.table === null) lines.push('<p><strong>Data table missing</strong> (no readable CSV).</p>');
      else {
        lines.push('<details open><summary>Data table</summary>');
        lines.push(`<div class="table-region" role="region" tabindex="0" aria-label="Data table: ${e(f.title)}">`);
        lines.push(galleryTable(f.table, `Data behind "${f.title}"`));
        lines.push('</div>', '</details>');
      }
      lines.push('</figure>');
    }
  }
  lines.push('</main>', '</body>', '</html>');
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
