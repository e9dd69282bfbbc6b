import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FigureWriteError } from '../errors.js';
import { writeDirFor, type SkippedFigure } from '../figure-context.js';

/** The figure file extensions {@link writeFigure} writes; a skipped figure's stale files with these are removed. */
const FIGURE_FILES = ['svg', 'png', 'vl.json', 'csv'] as const;

/**
 * `<id>.skipped.json`: the record a skipped figure leaves in the figures folder, so the gallery lists it.
 *
 * @example
 * skipRecordName('cdop-deaths'); // => 'cdop-deaths.skipped.json'
 */
export function skipRecordName(id: string): string {
  return `${id}.skipped.json`;
}

/**
 * Records in `dir` that figure `skipped.id` was skipped (`<id>.skipped.json`: id and reason; the
 * notebook is the runner's to record, so the file is the same whoever runs the notebook)
 * and removes the figure's files left by an earlier run, so the folder never shows a figure the
 * current data did not produce.
 *
 * @example
 * import { mkdtempSync, readdirSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-figures-'));
 * await writeSkipRecord(dir, { id: 'cdop-deaths', reason: 'figures.csv has no row for measure "cdop-deaths"' });
 * readdirSync(dir); // => ['cdop-deaths.skipped.json']
 * @throws {FigureWriteError} naming the path that could not be written or removed.
 */
export async function writeSkipRecord(dir: string, skipped: SkippedFigure): Promise<void> {
  const path = join(dir, skipRecordName(skipped.id));
  const target = writeDirFor(dir);
  try {
    await mkdir(target, { recursive: true });
    for (const ext of FIGURE_FILES) await rm(join(target, `${skipped.id}.${ext}`), { force: true });
    const record = { id: skipped.id, reason: skipped.reason };
    await writeFile(join(target, skipRecordName(skipped.id)), `${JSON.stringify(record, null, 2)}\n`);
  } catch (error) {
    throw new FigureWriteError(path, (error as Error).message, { cause: error });
  }
}

/**
 * Removes `<id>.skipped.json` from `dir` if present (a figure that is now drawn is no longer skipped).
 *
 * @example
 * import { mkdtempSync, readdirSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-figures-'));
 * await writeSkipRecord(dir, { id: 'cdop-deaths', reason: 'no data' });
 * await removeSkipRecord(dir, 'cdop-deaths');
 * readdirSync(dir); // => []
 */
export async function removeSkipRecord(dir: string, id: string): Promise<void> {
  const path = join(dir, skipRecordName(id));
  try {
    await rm(join(writeDirFor(dir), skipRecordName(id)), { force: true });
  } catch (error) {
    throw new FigureWriteError(path, (error as Error).message, { cause: error });
  }
}

/**
 * Reads a `<id>.skipped.json` record; `undefined` when it is not one.
 *
 * @example
 * import { mkdtempSync, readdirSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'scpkit-figures-'));
 * await writeSkipRecord(dir, { id: 'cdop-deaths', reason: 'no data' });
 * await readSkipRecord(join(dir, 'cdop-deaths.skipped.json')); // => { id: 'cdop-deaths', reason: 'no data' }
 * await readSkipRecord(join(dir, 'missing.skipped.json')); // => undefined
 */
export async function readSkipRecord(path: string): Promise<SkippedFigure | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<SkippedFigure>;
    if (typeof value.id !== 'string' || typeof value.reason !== 'string') return undefined;
    return { id: value.id, reason: value.reason };
  } catch {
    return undefined;
  }
}
