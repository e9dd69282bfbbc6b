import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stableJson } from '@scpkit/charts';

/**
 * `notebooks.json` in a figures folder: figure id -> the notebook that wrote (or skipped) it, as a
 * path relative to the repository root (`notebooks/budget.ipynb`). Written by `scpkit reproduce`
 * (the runner, which is told by `writeFigure`), read by the gallery and by `--only <figure id>`.
 * The figure files themselves never record their notebook, so a notebook run in Jupyter writes
 * exactly the bytes `scpkit reproduce` writes.
 */
export const FIGURE_NOTEBOOKS_FILE = 'notebooks.json';

/** Figure id -> notebook path (root-relative, `/`-separated). */
export type FigureNotebooks = Readonly<Record<string, string>>;

/** The record in `dir`; empty when there is none or it is not an object of strings (the gallery then shows figures as unrecorded). */
export async function readFigureNotebooks(dir: string): Promise<FigureNotebooks> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(join(dir, FIGURE_NOTEBOOKS_FILE), 'utf8'));
  } catch {
    return {};
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * The record after a run: `previous` with `ran` laid over it (the figures each notebook run wrote or
 * skipped now), kept to the ids in `present` (figures whose files are in the folder), sorted by id.
 * A figure a notebook no longer writes keeps its old entry while its files remain (the run warns of them).
 */
export function mergeFigureNotebooks(previous: FigureNotebooks, ran: FigureNotebooks, present: ReadonlySet<string>): FigureNotebooks {
  const merged: Record<string, string> = {};
  for (const id of [...new Set([...Object.keys(previous), ...Object.keys(ran)])].sort()) {
    const notebook = ran[id] ?? previous[id];
    if (notebook !== undefined && present.has(id)) merged[id] = notebook;
  }
  return merged;
}

/** Writes the record into `dir` (keys sorted, 2-space indent, trailing newline), unless it already holds these bytes (or it is empty and there is none). */
export async function writeFigureNotebooks(dir: string, record: FigureNotebooks): Promise<void> {
  const path = join(dir, FIGURE_NOTEBOOKS_FILE);
  const text = stableJson(record, 'writeFigureNotebooks');
  let previous: string | undefined;
  try {
    previous = await readFile(path, 'utf8');
  } catch {
    previous = undefined;
  }
  if (previous === undefined && Object.keys(record).length === 0) return;
  if (previous !== text) await writeFile(path, text);
}
