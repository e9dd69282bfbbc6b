import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInputError } from '@scpkit/core';
import { FigureLintError, FigureWriteError } from './errors.js';
import type { Figure } from './figure.js';
import { getFigureWriteContext, writeDirFor, type WrittenFigure } from './figure-context.js';
import { removeSkipRecord } from './notebook/skip-record.js';
import { protectFigure } from './protect.js';
import { lintView } from './lint/lint-figure.js';
import type { FigureLintProblem } from './lint/lint-problem.js';
import { svgOfView, withRenderedView } from './render-svg.js';
import { svgToPng } from './svg-to-png.js';
import { stableJson } from './stable-json.js';
import { checkTable, tableToCsv } from './table.js';
import { VEGA_LITE_SCHEMA } from './spec.js';
import { requireFigureId, requirePngScale, requireText } from './validate.js';

/**
 * Options of {@link writeFigure}.
 *
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { basename, join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-figures-'));
 * import { readFileSync } from 'node:fs';
 * const options: WriteFigureOptions = { scale: 1 };
 * const written = await writeFigure(rankedBars([{ category: 'Police', value: 412 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' }), dir, options);
 * [...readFileSync(written.png).subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''); // => 'PNG'
 */
export interface WriteFigureOptions {
  /** PNG pixel density (see `renderPng`). Default 2. */
  readonly scale?: number;
}

/**
 * Throws unless `figure` is complete: kebab-case id, title, alt text, a v5 spec that repeats them, a valid table.
 *
 * @example
 * const figure = rankedBars([{ category: 'Police', value: 412 }, { category: 'Schools', value: 380 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' });
 * checkFigure('myWriter', figure).id; // => 'referrals-by-source'
 * checkFigure('myWriter', { ...figure, description: '' }); // throws InvalidInputError
 */
export function checkFigure(fn: string, figure: Figure): Figure {
  if (figure === null || typeof figure !== 'object') throw new InvalidInputError(fn, 'figure', figure, 'must be a Figure');
  requireFigureId(fn, 'figure.id', figure.id);
  requireText(fn, 'figure.title', figure.title);
  requireText(fn, 'figure.description', figure.description);
  const spec = figure.spec as { $schema?: unknown; description?: unknown };
  if (spec === null || typeof spec !== 'object') throw new InvalidInputError(fn, 'figure.spec', spec, 'must be a Vega-Lite spec object');
  if (spec.$schema !== VEGA_LITE_SCHEMA) throw new InvalidInputError(fn, 'figure.spec.$schema', spec.$schema, `must be ${VEGA_LITE_SCHEMA}`);
  if (spec.description !== figure.description) {
    throw new InvalidInputError(fn, 'figure.spec.description', spec.description, 'must equal figure.description (the alt text)');
  }
  checkTable(fn, figure.table);
  return figure;
}

/**
 * THE single writer of figure files. Writes, into `dir` (created if missing):
 * `<id>.svg` (renderSvg), `<id>.png` (resvg, `scale`), `<id>.vl.json` (the full spec with inline
 * data, keys sorted, 2-space indent, trailing newline) and `<id>.csv` (tableToCsv, RFC 4180).
 * The figure first passes through {@link protectFigure} (the disclosure-control hook), then the
 * figure lint ({@link lintFigure}) on the laid-out chart: a figure that fails it is not written
 * ({@link FigureLintError} names the figure and the rules). When a
 * notebook runner set a figure-write context, the runner is told (`onWrite`, with the notebook);
 * the files never depend on it. Same figure, same bytes, whoever runs the notebook.
 *
 * @example
 * import { mkdtempSync, readdirSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-figures-'));
 * const figure = rankedBars([{ category: 'Police', value: 412 }, { category: 'Schools', value: 380 }], { id: 'referrals-by-source', title: 'Referrals by source', description: 'Police made the most referrals.', valueTitle: 'Referrals' });
 * const written = await writeFigure(figure, dir);
 * readdirSync(dir); // => ['referrals-by-source.csv', 'referrals-by-source.png', 'referrals-by-source.svg', 'referrals-by-source.vl.json']
 * written.csv === join(dir, 'referrals-by-source.csv'); // => true
 */
export async function writeFigure(figure: Figure, dir: string, options: WriteFigureOptions = {}): Promise<WrittenFigure> {
  const fn = 'writeFigure';
  if (typeof dir !== 'string' || dir === '') throw new InvalidInputError(fn, 'dir', dir, 'must be a directory path');
  const scale = requirePngScale(fn, options.scale);
  const safe = protectFigure(checkFigure(fn, figure));
  return writeSafeFigure(safe, dir, scale, () =>
    withRenderedView(safe.spec, async (view) => {
      const problems = lintView(safe.spec, view);
      if (problems.length > 0) throw new FigureLintError(safe.id, problems);
      return svgOfView(view, safe.spec);
    }),
  );
}

/** A checked and protected figure laid out once: the figure lint's problems and the SVG. Internal. */
export interface LaidOutFigure {
  readonly problems: readonly FigureLintProblem[];
  readonly svg: string;
}

/**
 * Lays out a figure that passed {@link checkFigure} and {@link protectFigure} ONCE, for both the
 * lint and the SVG, so that a notebook's `report.figure` shows and writes it from one rendering
 * (the SVG shown is the SVG written). Internal.
 */
export async function layOutFigure(safe: Figure): Promise<LaidOutFigure> {
  return withRenderedView(safe.spec, async (view) => ({ problems: lintView(safe.spec, view), svg: await svgOfView(view, safe.spec) }));
}

/**
 * {@link writeFigure} of a figure already checked, protected (`safe`) and laid out: the same files,
 * and the same {@link FigureLintError} when `laidOut` has problems. Internal.
 */
export async function writeLaidOutFigure(safe: Figure, laidOut: LaidOutFigure, dir: string): Promise<WrittenFigure> {
  const fn = 'writeFigure';
  if (typeof dir !== 'string' || dir === '') throw new InvalidInputError(fn, 'dir', dir, 'must be a directory path');
  const scale = requirePngScale(fn, undefined);
  return writeSafeFigure(safe, dir, scale, async () => {
    if (laidOut.problems.length > 0) throw new FigureLintError(safe.id, laidOut.problems);
    return laidOut.svg;
  });
}

/** The files of a checked, protected figure, its SVG from `svgOf` (which may throw the lint error). */
async function writeSafeFigure(safe: Figure, dir: string, scale: number, svgOf: () => Promise<string>): Promise<WrittenFigure> {
  const fn = 'writeFigure';
  const context = getFigureWriteContext();

  const json = stableJson(safe.spec, fn);
  const csv = tableToCsv(safe.table);
  const svg = await svgOf();
  const png = svgToPng(svg, scale, safe.id);

  const paths = {
    svg: join(dir, `${safe.id}.svg`),
    png: join(dir, `${safe.id}.png`),
    spec: join(dir, `${safe.id}.vl.json`),
    csv: join(dir, `${safe.id}.csv`),
  };
  const target = writeDirFor(dir);
  try {
    await mkdir(target, { recursive: true });
  } catch (error) {
    throw new FigureWriteError(dir, (error as Error).message, { cause: error });
  }
  const contents: [string, string, string | Uint8Array][] = [
    [paths.svg, `${safe.id}.svg`, svg],
    [paths.png, `${safe.id}.png`, png],
    [paths.spec, `${safe.id}.vl.json`, json],
    [paths.csv, `${safe.id}.csv`, csv],
  ];
  for (const [path, name, data] of contents) {
    try {
      await writeFile(join(target, name), data);
    } catch (error) {
      throw new FigureWriteError(path, (error as Error).message, { cause: error });
    }
  }
  await removeSkipRecord(dir, safe.id);
  const written: WrittenFigure = context === undefined ? { id: safe.id, ...paths } : { id: safe.id, ...paths, notebook: context.notebook };
  context?.onWrite?.(written);
  return written;
}
