import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setFigureWriteContext, type SkippedFigure, type WrittenFigure } from '@scpkit/charts';
import { startHeadlessKernel, type HeadlessKernel } from './headless-kernel.js';
import { parseNotebook, serializeNotebook, type Notebook, type NotebookOutput } from './notebook.js';
import type { SharedConverters } from './shared-converters.js';
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
  /** Figures the notebook skipped because the dataset lacks what they need, with the reason. */
  readonly figuresSkipped: readonly SkippedFigure[];
  readonly failure: NotebookFailure | null;
  /** Whether the notebook file's bytes changed. */
  readonly changed: boolean;
}

/** Options of {@link runNotebook}. */
export interface RunNotebookOptions {
  readonly root: string;
  readonly tslab: TslabRuntime;
  readonly cellTimeoutMs: number;
  /**
   * Values for the notebook's parameters cell (the first code cell tagged `parameters`, as in
   * papermill): run as an extra cell right after it, and stored in the output notebook as a cell
   * tagged `injected-parameters`. A notebook without a parameters cell fails.
   */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Where to store the executed notebook (absolute); default: back into the notebook file itself. */
  readonly outputPath?: string;
  /**
   * Where to write the executed notebook instead, when it differs from what is at the output path
   * (a staged file that `scpkit reproduce` moves into place at the end); default: the output path.
   */
  readonly writePath?: string;
  /** Where figure files meant for a folder really go (see `FigureWriteContext.redirectDir`); default: that folder. */
  readonly redirectDir?: (dir: string) => string;
  /** TypeScript converters kept across the notebooks of a run (see {@link SharedConverters}); default: new ones for this notebook. */
  readonly converters?: SharedConverters;
}

/** The tag papermill gives the parameters cell. */
export const PARAMETERS_TAG = 'parameters';

/** Index of the first code cell tagged {@link PARAMETERS_TAG}, or -1. */
export function parametersCellIndex(notebook: Notebook): number {
  return notebook.cells.findIndex((c) => c.cell_type === 'code' && Array.isArray(c.metadata['tags']) && (c.metadata['tags'] as unknown[]).includes(PARAMETERS_TAG));
}

/**
 * `const name = "value";` lines (JSON string literals, so any path is safe) that set the parameters.
 * tslab lets a later cell declare a name again, so the injected cell redeclares the parameters cell's constants.
 */
export function parameterAssignments(parameters: Readonly<Record<string, string>>): string {
  return Object.entries(parameters)
    .map(([name, value]) => `const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
}

/**
 * Runs one notebook headlessly, cell by cell in order, in a fresh tslab executor whose working
 * directory is the notebook's folder (as in Jupyter), then stores the outputs back: code cells get
 * outputs and execution counts 1..n; after a failing cell the run stops, the failing cell keeps its
 * error output and the cells after it are cleared (outputs [], execution_count null), since they
 * did not run. Empty code cells are skipped, as Jupyter does. While it runs, `writeFigure` reports
 * every figure it writes (and `openReport` every one it skips) to this run. The file is rewritten only if its bytes change
 * (to `writePath` when given, e.g. a staged file).
 */
export async function runNotebook(file: string, options: RunNotebookOptions): Promise<NotebookRun> {
  const path = join(options.root, file);
  const text = await readFile(path, 'utf8');
  let notebook: Notebook;
  try {
    notebook = parseNotebook(text, file);
  } catch (error) {
    return { file, codeCellsRun: 0, figuresWritten: [], figuresSkipped: [], failure: { cell: null, executionCount: null, message: (error as Error).message }, changed: false };
  }
  const figuresWritten: WrittenFigure[] = [];
  const figuresSkipped: SkippedFigure[] = [];
  let failure: NotebookFailure | null = null;
  let count = 0;
  if (options.parameters !== undefined) {
    const at = parametersCellIndex(notebook);
    if (at === -1) {
      const message = `no code cell is tagged "${PARAMETERS_TAG}", so the dataset cannot be set (tag the cell that holds the parameters)`;
      return { file, codeCellsRun: 0, figuresWritten, figuresSkipped, failure: { cell: null, executionCount: null, message }, changed: false };
    }
    notebook.cells.splice(at + 1, 0, {
      cell_type: 'code',
      id: 'injected-parameters',
      metadata: { tags: ['injected-parameters'] },
      source: `// Parameters injected by scpkit reproduce\n${parameterAssignments(options.parameters)}`,
      outputs: [],
      execution_count: null,
    });
  }
  setFigureWriteContext({
    notebook: file,
    onWrite: (written) => figuresWritten.push(written),
    onSkip: (skipped) => figuresSkipped.push(skipped),
    ...(options.redirectDir === undefined ? {} : { redirectDir: options.redirectDir }),
  });
  let kernel: HeadlessKernel | undefined;
  try {
    kernel = startHeadlessKernel(options.tslab, {
      workDir: dirname(path),
      root: options.root,
      cellTimeoutMs: options.cellTimeoutMs,
      ...(options.converters === undefined ? {} : { converters: options.converters }),
    });
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
  const target = options.outputPath ?? path;
  let previous: string | null = text;
  if (target !== path) previous = await readFile(target, 'utf8').catch(() => null);
  const changed = serialized !== previous;
  if (changed) {
    const written = options.writePath ?? target;
    await mkdir(dirname(written), { recursive: true });
    await writeFile(written, serialized);
  }
  return { file, codeCellsRun: count, figuresWritten, figuresSkipped, failure, changed };
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
