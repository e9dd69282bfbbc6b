import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setFigureWriteContext, type WrittenFigure } from '@scpkit/charts';
import { startHeadlessKernel, type HeadlessKernel } from './headless-kernel.js';
import { parseNotebook, serializeNotebook, type Notebook, type NotebookOutput } from './notebook.js';
import type { TslabRuntime } from './tslab-runtime.js';

/** Where and why a notebook stopped. */
export interface NotebookFailure {
  /** 1-based position of the failing cell among all cells (as counted in the notebook), or null if the file itself is invalid. */
  readonly cell: number | null;
  /** Execution count the failing cell got (`In [n]`), or null. */
  readonly executionCount: number | null;
  /** First line of the error (exception `Name: message`, or the first line tslab printed). */
  readonly message: string;
}

/** The outcome of running one notebook. */
export interface NotebookRun {
  /** Notebook path relative to the repository root, `/`-separated. */
  readonly file: string;
  readonly codeCellsRun: number;
  readonly figuresWritten: readonly WrittenFigure[];
  readonly failure: NotebookFailure | null;
  /** Whether the notebook file's bytes changed. */
  readonly changed: boolean;
}

/** Options of {@link runNotebook}. */
export interface RunNotebookOptions {
  readonly root: string;
  readonly tslab: TslabRuntime;
  readonly cellTimeoutMs: number;
}

/**
 * Runs one notebook headlessly, cell by cell in order, in a fresh tslab executor whose working
 * directory is the notebook's folder (as in Jupyter), then stores the outputs back: code cells get
 * outputs and execution counts 1..n; after a failing cell the run stops, the failing cell keeps its
 * error output and the cells after it are cleared (outputs [], execution_count null), since they
 * did not run. Empty code cells are skipped, as Jupyter does. While it runs, `writeFigure` records
 * this notebook as the source of every figure it writes. The file is rewritten only if its bytes change.
 */
export async function runNotebook(file: string, options: RunNotebookOptions): Promise<NotebookRun> {
  const path = join(options.root, file);
  const text = await readFile(path, 'utf8');
  let notebook: Notebook;
  try {
    notebook = parseNotebook(text, file);
  } catch (error) {
    return { file, codeCellsRun: 0, figuresWritten: [], failure: { cell: null, executionCount: null, message: (error as Error).message }, changed: false };
  }
  const figuresWritten: WrittenFigure[] = [];
  let failure: NotebookFailure | null = null;
  let count = 0;
  setFigureWriteContext({ notebook: file, onWrite: (written) => figuresWritten.push(written) });
  let kernel: HeadlessKernel | undefined;
  try {
    kernel = startHeadlessKernel(options.tslab, { workDir: dirname(path), root: options.root, cellTimeoutMs: options.cellTimeoutMs });
    for (const [index, cell] of notebook.cells.entries()) {
      if (cell.cell_type !== 'code') continue;
      if (failure !== null || cell.source.trim() === '') {
        cell.outputs = [];
        cell.execution_count = null;
        continue;
      }
      count += 1;
      const result = await kernel.run(cell.source);
      cell.outputs = result.outputs;
      cell.execution_count = count;
      if (!result.ok) failure = { cell: index + 1, executionCount: count, message: firstErrorLine(result.outputs) };
    }
  } finally {
    kernel?.close();
    setFigureWriteContext(undefined);
  }
  const serialized = serializeNotebook(notebook);
  const changed = serialized !== text;
  if (changed) await writeFile(path, serialized);
  return { file, codeCellsRun: count, figuresWritten, failure, changed };
}

/** The first line that says what went wrong: an error output's `Name: message`, else the first stderr line. */
export function firstErrorLine(outputs: readonly NotebookOutput[]): string {
  for (const output of outputs) if (output.output_type === 'error') return `${output.ename}: ${output.evalue}`.split('\n')[0]!;
  for (const output of outputs) {
    if (output.output_type === 'stream' && output.name === 'stderr') {
      const line = output.text.split('\n').find((l) => l.trim() !== '');
      if (line !== undefined) return line.trim();
    }
  }
  return 'the cell failed without an error message';
}
