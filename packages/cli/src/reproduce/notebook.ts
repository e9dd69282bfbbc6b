import { NotebookFormatError } from './errors.js';
import { jupyterJson } from './jupyter-json.js';
import { splitLinesKeepEnds } from './split-lines.js';

/** A code cell output, as stored in nbformat 4 (`stream`, `display_data`, `execute_result`, `error`). */
export type NotebookOutput =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | { output_type: 'display_data'; data: Record<string, unknown>; metadata: Record<string, unknown> }
  | { output_type: 'execute_result'; data: Record<string, unknown>; metadata: Record<string, unknown>; execution_count: number | null }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

/** A notebook cell with its multi-line fields joined into strings; unknown fields are kept. */
export interface NotebookCell {
  cell_type: string;
  source: string;
  metadata: Record<string, unknown>;
  outputs?: NotebookOutput[];
  execution_count?: number | null;
  [other: string]: unknown;
}

/** An nbformat 4 notebook in memory (multi-line strings joined), unknown fields kept as read. */
export interface Notebook {
  nbformat: 4;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
  [other: string]: unknown;
}

const joined = (value: unknown): unknown => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join('') : value);

// nbformat keeps JSON MIME types (application/json, application/*+json) as JSON, never as lines.
const isJsonMime = (mime: string) => mime === 'application/json' || (mime.startsWith('application/') && mime.endsWith('+json'));

/**
 * Parses notebook JSON (nbformat 4) and joins multi-line fields (source, stream text, text MIME
 * data), as nbformat's reader does. Throws {@link NotebookFormatError} naming `file`.
 */
export function parseNotebook(text: string, file: string): Notebook {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new NotebookFormatError(file, `not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new NotebookFormatError(file, 'not a JSON object');
  const nb = raw as Record<string, unknown>;
  if (nb.nbformat !== 4) throw new NotebookFormatError(file, `nbformat must be 4 (got ${JSON.stringify(nb.nbformat)})`);
  if (typeof nb.nbformat_minor !== 'number') throw new NotebookFormatError(file, 'nbformat_minor must be a number');
  if (nb.metadata === null || typeof nb.metadata !== 'object') throw new NotebookFormatError(file, 'metadata must be an object');
  if (!Array.isArray(nb.cells)) throw new NotebookFormatError(file, 'cells must be an array');
  nb.cells.forEach((cell: unknown, i: number) => {
    const where = `cell ${i + 1}`;
    if (cell === null || typeof cell !== 'object') throw new NotebookFormatError(file, `${where} is not an object`);
    const c = cell as Record<string, unknown>;
    if (typeof c.cell_type !== 'string') throw new NotebookFormatError(file, `${where} has no cell_type`);
    c.source = joined(c.source ?? '');
    if (typeof c.source !== 'string') throw new NotebookFormatError(file, `${where} source must be a string or a list of strings`);
    if (c.metadata === undefined) c.metadata = {};
    if (c.cell_type === 'code') {
      if (!Array.isArray(c.outputs)) c.outputs = [];
      for (const output of c.outputs as Record<string, unknown>[]) {
        if (output.output_type === 'stream') output.text = joined(output.text);
        if ((output.output_type === 'display_data' || output.output_type === 'execute_result') && output.data !== null && typeof output.data === 'object') {
          const data = output.data as Record<string, unknown>;
          for (const mime of Object.keys(data)) if (!isJsonMime(mime)) data[mime] = joined(data[mime]);
        }
      }
    }
  });
  return nb as unknown as Notebook;
}

/**
 * Serialises a notebook exactly as nbformat 4 writes it: multi-line strings split into lists of
 * lines (source, stream text, `text/*`, `image/svg+xml` and `application/javascript` data), transient
 * metadata dropped (`orig_nbformat`, `signature`, cell `trusted`), keys sorted, 1-space indent,
 * trailing newline. So a notebook saved by Jupyter and by `scpkit reproduce` diff cleanly.
 */
export function serializeNotebook(notebook: Notebook): string {
  const metadata = { ...notebook.metadata };
  delete metadata.orig_nbformat;
  delete metadata.orig_nbformat_minor;
  delete metadata.signature;
  const cells = notebook.cells.map((cell) => {
    const cellMetadata = { ...cell.metadata };
    delete cellMetadata.trusted;
    const out: Record<string, unknown> = { ...cell, metadata: cellMetadata, source: splitLinesKeepEnds(cell.source) };
    if (cell.cell_type === 'code' && cell.outputs !== undefined) out.outputs = cell.outputs.map(splitOutput);
    const attachments = cell.attachments;
    if (attachments !== null && typeof attachments === 'object') {
      out.attachments = Object.fromEntries(Object.entries(attachments as Record<string, Record<string, unknown>>).map(([name, bundle]) => [name, splitBundle(bundle)]));
    }
    return out;
  });
  return `${jupyterJson({ ...notebook, metadata, cells })}\n`;
}

function splitOutput(output: NotebookOutput): Record<string, unknown> {
  if (output.output_type === 'stream') return { ...output, text: splitLinesKeepEnds(output.text) };
  if (output.output_type === 'display_data' || output.output_type === 'execute_result') return { ...output, data: splitBundle(output.data) };
  return { ...output };
}

// nbformat's writer splits `text/*`, `image/svg+xml` and `application/javascript` strings into lines.
function splitBundle(bundle: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(bundle).map(([mime, value]) =>
      typeof value === 'string' && (mime.startsWith('text/') || mime === 'image/svg+xml' || mime === 'application/javascript') ? [mime, splitLinesKeepEnds(value)] : [mime, value],
    ),
  );
}
